#ifndef TREDJEKRAFT_CLIBPQ_SHIM_H
#define TREDJEKRAFT_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
