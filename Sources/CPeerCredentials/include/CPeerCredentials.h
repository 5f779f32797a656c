#ifndef C_PEER_CREDENTIALS_H
#define C_PEER_CREDENTIALS_H

#include <sys/types.h>

/// The credentials of the process at the other end of a connected Unix socket,
/// as the kernel recorded them when it connected (SO_PEERCRED).
typedef struct {
    pid_t pid;
    uid_t uid;
    gid_t gid;
} cpc_peer_credentials;

/// Reads SO_PEERCRED from `fd`. Returns 0 on success, otherwise the errno value.
/// Exists because Swift's Glibc module hides `struct ucred`.
int cpc_get_peer_credentials(int fd, cpc_peer_credentials *out);

/// The SO_PEERCRED option name, for callers (like SwiftNIO's SocketOptionProvider) that run
/// getsockopt themselves: `cpc_peer_credentials` has the layout of `struct ucred` (checked in the .c file).
int cpc_so_peercred(void);

#endif
