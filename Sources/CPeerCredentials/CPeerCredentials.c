#define _GNU_SOURCE
#include <errno.h>
#include <sys/socket.h>
#include <stddef.h>
#include "CPeerCredentials.h"

#ifdef SO_PEERCRED
_Static_assert(sizeof(cpc_peer_credentials) == sizeof(struct ucred), "layout must match struct ucred");
_Static_assert(offsetof(cpc_peer_credentials, pid) == offsetof(struct ucred, pid), "pid offset");
_Static_assert(offsetof(cpc_peer_credentials, uid) == offsetof(struct ucred, uid), "uid offset");
_Static_assert(offsetof(cpc_peer_credentials, gid) == offsetof(struct ucred, gid), "gid offset");
#endif

int cpc_so_peercred(void) {
#ifdef SO_PEERCRED
    return SO_PEERCRED;
#else
    return -1;
#endif
}

int cpc_get_peer_credentials(int fd, cpc_peer_credentials *out) {
#ifdef SO_PEERCRED
    struct ucred cred;
    socklen_t len = sizeof(cred);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
        return errno;
    }
    out->pid = cred.pid;
    out->uid = cred.uid;
    out->gid = cred.gid;
    return 0;
#else
    (void)fd;
    (void)out;
    return ENOTSUP;
#endif
}
