// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * AppImage type-2 runtime for Waldur Provider Console.
 *
 * Written for this project (no upstream runtime code). The runtime is the ELF file at the start of
 * the AppImage; the SquashFS image of the AppDir follows it directly, so the image starts where the
 * ELF file ends. The runtime mounts that image read-only with FUSE (libsquashfuse's low-level
 * operations, linked statically) and runs AppRun from it; without FUSE it extracts the image to a
 * temporary directory instead. See ../README.md for the modes and the relinking instructions.
 */
#define _GNU_SOURCE

/* squashfuse's config.h sets FUSE_USE_VERSION and _POSIX_C_SOURCE, so it comes before libc. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <squashfuse/ll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNTIME_VERSION "wpc-runtime 1"

static volatile pid_t g_child = -1;

static int fail(const char *what)
{
    fprintf(stderr, "appimage runtime: %s: %s\n", what, strerror(errno));
    return -1;
}

/* The image starts where the ELF file ends: after the section headers or the last segment. */
static off_t payload_offset(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return fail(path);
    }
    Elf64_Ehdr eh;
    off_t end = -1;
    if (fread(&eh, sizeof eh, 1, f) == 1 && memcmp(eh.e_ident, ELFMAG, SELFMAG) == 0
        && eh.e_ident[EI_CLASS] == ELFCLASS64) {
        end = (off_t)(eh.e_shoff + (Elf64_Off)eh.e_shnum * eh.e_shentsize);
        for (int i = 0; i < eh.e_phnum; ++i) {
            Elf64_Phdr ph;
            if (fseeko(f, (off_t)(eh.e_phoff + (Elf64_Off)i * eh.e_phentsize), SEEK_SET) != 0
                || fread(&ph, sizeof ph, 1, f) != 1) {
                end = -1;
                break;
            }
            if ((off_t)(ph.p_offset + ph.p_filesz) > end) {
                end = (off_t)(ph.p_offset + ph.p_filesz);
            }
        }
    }
    fclose(f);
    if (end < 0) {
        fprintf(stderr, "appimage runtime: %s is not a 64-bit ELF file\n", path);
    }
    return end;
}

static int mkdir_p(char *path, mode_t mode)
{
    for (char *p = path + 1; *p; ++p) {
        if (*p == '/') {
            *p = '\0';
            int rc = mkdir(path, 0755);
            *p = '/';
            if (rc != 0 && errno != EEXIST) {
                return fail(path);
            }
        }
    }
    if (mkdir(path, mode) != 0 && errno != EEXIST) {
        return fail(path);
    }
    return chmod(path, mode) == 0 ? 0 : fail(path);
}

static int make_parent(const char *path)
{
    char parent[PATH_MAX];
    snprintf(parent, sizeof parent, "%s", path);
    char *slash = strrchr(parent, '/');
    if (!slash || slash == parent) {
        return 0;
    }
    *slash = '\0';
    return access(parent, F_OK) == 0 ? 0 : mkdir_p(parent, 0755);
}

static int write_file(sqfs *fs, sqfs_inode *inode, const char *target, mode_t mode)
{
    static char buf[1 << 16];
    unlink(target);
    int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(target);
    }
    const sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    for (sqfs_off_t pos = 0; pos < total;) {
        sqfs_off_t size = total - pos < (sqfs_off_t)sizeof buf ? total - pos : (sqfs_off_t)sizeof buf;
        if (sqfs_read_range(fs, inode, pos, &size, buf) != SQFS_OK || size <= 0) {
            fprintf(stderr, "appimage runtime: cannot read %s from the image\n", target);
            close(fd);
            return -1;
        }
        for (sqfs_off_t done = 0; done < size;) {
            ssize_t n = write(fd, buf + done, (size_t)(size - done));
            if (n < 0) {
                close(fd);
                return fail(target);
            }
            done += n;
        }
        pos += size;
    }
    if (fchmod(fd, mode) != 0 || close(fd) != 0) {
        return fail(target);
    }
    return 0;
}

/* Extracts every entry whose path matches pattern (all when NULL) below dest. */
static int extract(sqfs *fs, const char *dest, const char *pattern)
{
    sqfs_traverse trv;
    sqfs_err err = SQFS_OK;
    int rc = 0;
    if (sqfs_traverse_open(&trv, fs, sqfs_inode_root(fs)) != SQFS_OK) {
        fprintf(stderr, "appimage runtime: cannot read the image's root directory\n");
        return -1;
    }
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end || (pattern && fnmatch(pattern, trv.path, 0) != 0)) {
            continue;
        }
        char target[PATH_MAX];
        sqfs_inode inode;
        if ((size_t)snprintf(target, sizeof target, "%s/%s", dest, trv.path) >= sizeof target
            || sqfs_inode_get(fs, &inode, trv.entry.inode) != SQFS_OK || make_parent(target) != 0) {
            fprintf(stderr, "appimage runtime: cannot extract %s\n", trv.path);
            rc = -1;
            break;
        }
        const mode_t mode = inode.base.mode & 0777;
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            rc = mkdir_p(target, mode | S_IRWXU);
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            rc = write_file(fs, &inode, target, mode);
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE: {
            char link[PATH_MAX];
            size_t size = sizeof link;
            unlink(target);
            if (sqfs_readlink(fs, &inode, link, &size) != SQFS_OK || symlink(link, target) != 0) {
                rc = fail(target);
            }
            break;
        }
        default: /* devices, fifos and sockets have no place in an AppDir */
            break;
        }
    }
    sqfs_traverse_close(&trv);
    if (err != SQFS_OK) {
        fprintf(stderr, "appimage runtime: the image is damaged\n");
        rc = -1;
    }
    return rc;
}

static int extract_image(const char *image, off_t offset, const char *dest, const char *pattern)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) {
        return -1;
    }
    int rc = extract(&fs, dest, pattern);
    sqfs_destroy(&fs);
    return rc;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    return (type == FTW_DP ? rmdir(path) : unlink(path)) == 0 ? 0 : fail(path);
}

static void forward_signal(int sig)
{
    if (g_child > 0) {
        kill(g_child, sig);
    }
}

/* Runs APPDIR/AppRun with the user's arguments and returns its exit status (128+N if killed). */
static int run_apprun(const char *appdir, const char *image, char *argv0, int argc, char **argv)
{
    char apprun[PATH_MAX];
    char owd[PATH_MAX];
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    setenv("APPIMAGE", image, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(owd, sizeof owd)) {
        setenv("OWD", owd, 1);
    }

    char **args = calloc((size_t)argc + 2, sizeof *args);
    if (!args) {
        return fail("calloc");
    }
    args[0] = apprun;
    for (int i = 0; i < argc; ++i) {
        args[i + 1] = argv[i];
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    pid_t pid = fork();
    if (pid == 0) {
        execv(apprun, args);
        fprintf(stderr, "appimage runtime: cannot run %s: %s\n", apprun, strerror(errno));
        _exit(127);
    }
    free(args);
    if (pid < 0) {
        return fail("fork");
    }
    g_child = pid;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return fail("waitpid");
        }
    }
    g_child = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int extract_and_run(const char *image, off_t offset, char *argv0, int argc, char **argv)
{
    const char *tmp = getenv("TMPDIR");
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/appimage_extracted_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        return fail(dir);
    }
    int rc = extract_image(image, offset, dir, NULL);
    if (rc == 0) {
        rc = run_apprun(dir, image, argv0, argc, argv);
    } else {
        rc = 1;
    }
    const char *keep = getenv("APPIMAGE_EXTRACT_AND_RUN_KEEP");
    if (keep && strcmp(keep, "1") == 0) {
        fprintf(stderr, "appimage runtime: kept %s\n", dir);
    } else {
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    return rc;
}

static void *serve(void *session)
{
    fuse_session_loop(session);
    return NULL;
}

/* Detaches the mount; the serving loop ends once the last process using it is gone. */
static void unmount_lazily(const char *mountpoint)
{
    if (umount2(mountpoint, MNT_DETACH) == 0) {
        return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        execlp("fusermount3", "fusermount3", "-u", "-z", "-q", mountpoint, (char *)NULL);
        _exit(127);
    }
    int status;
    if (pid > 0) {
        waitpid(pid, &status, 0);
    }
}

/* Mounts the image and runs AppRun from it (or, with argc < 0, serves until interrupted).
 * Returns -2 when FUSE cannot be used, so the caller can extract instead. */
static int mount_and_run(const char *image, off_t offset, char *argv0, int argc, char **argv)
{
    int probe = open("/dev/fuse", O_RDWR | O_CLOEXEC);
    if (probe < 0) {
        fprintf(stderr, "appimage runtime: FUSE is not usable (/dev/fuse: %s)\n", strerror(errno));
        return -2;
    }
    close(probe);

    const char *tmp = getenv("TMPDIR");
    char mountpoint[PATH_MAX];
    snprintf(mountpoint, sizeof mountpoint, "%s/.mount_wpcXXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(mountpoint)) {
        return fail(mountpoint);
    }
    sqfs_ll *ll = sqfs_ll_open(image, (size_t)offset);
    if (!ll) {
        rmdir(mountpoint);
        return 1;
    }
    fcntl(ll->fs.fd, F_SETFD, FD_CLOEXEC);

    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.lookup = sqfs_ll_op_lookup;
    ops.forget = sqfs_ll_op_forget;
    ops.getattr = sqfs_ll_op_getattr;
    ops.readlink = sqfs_ll_op_readlink;
    ops.open = sqfs_ll_op_open;
    ops.read = sqfs_ll_op_read;
    ops.release = sqfs_ll_op_release;
    ops.opendir = sqfs_ll_op_opendir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.statfs = stfs_ll_op_statfs;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.listxattr = sqfs_ll_op_listxattr;

    char *fuse_argv[] = { argv0, "-o", "ro,nodev,nosuid,subtype=appimage", NULL };
    struct fuse_args args = FUSE_ARGS_INIT(3, fuse_argv);
    struct fuse_session *se = fuse_session_new(&args, &ops, sizeof ops, ll);
    if (!se || fuse_session_mount(se, mountpoint) != 0) {
        rmdir(mountpoint);
        return -2;
    }
    fcntl(fuse_session_fd(se), F_SETFD, FD_CLOEXEC);

    int rc = 0;
    if (argc < 0) {
        printf("%s\n", mountpoint);
        fflush(stdout);
        if (fuse_set_signal_handlers(se) == 0) {
            fuse_session_loop(se);
        }
        unmount_lazily(mountpoint);
    } else {
        pthread_t thread;
        if (pthread_create(&thread, NULL, serve, se) != 0) {
            unmount_lazily(mountpoint);
            rmdir(mountpoint);
            return 1;
        }
        rc = run_apprun(mountpoint, image, argv0, argc, argv);
        fuse_session_exit(se);
        unmount_lazily(mountpoint);
        pthread_join(thread, NULL);
    }
    rmdir(mountpoint);
    return rc;
}

static void usage(FILE *out)
{
    fputs("This AppImage's runtime understands, as the first argument:\n"
          "  --appimage-extract [PATTERN]       extract the files (matching PATTERN) to ./squashfs-root\n"
          "  --appimage-extract-and-run [ARGS]  run without FUSE from a temporary copy (also:\n"
          "                                     APPIMAGE_EXTRACT_AND_RUN=1)\n"
          "  --appimage-mount                   mount the image, print the mount point, wait for Ctrl+C\n"
          "  --appimage-offset                  print the image's offset in this file\n"
          "  --appimage-version                 print the runtime's version\n"
          "  --appimage-help                    print this help\n"
          "Every other argument goes to the application.\n",
        out);
}

int main(int argc, char *argv[])
{
    char image[PATH_MAX];
    if (!realpath("/proc/self/exe", image)) {
        fail("/proc/self/exe");
        return 1;
    }
    const char *mode = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] + 11 : NULL;
    if (mode && strcmp(mode, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (mode && strcmp(mode, "version") == 0) {
        puts(RUNTIME_VERSION);
        return 0;
    }
    const off_t offset = payload_offset(image);
    if (offset < 0) {
        return 1;
    }
    if (!mode) {
        const char *env = getenv("APPIMAGE_EXTRACT_AND_RUN");
        if (env && strcmp(env, "1") == 0) {
            return extract_and_run(image, offset, argv[0], argc - 1, argv + 1);
        }
        int rc = mount_and_run(image, offset, argv[0], argc - 1, argv + 1);
        if (rc != -2) {
            return rc;
        }
        fprintf(stderr, "appimage runtime: running from a temporary copy instead\n");
        return extract_and_run(image, offset, argv[0], argc - 1, argv + 1);
    }
    if (strcmp(mode, "offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (strcmp(mode, "extract") == 0) {
        char dest[] = "squashfs-root";
        if (mkdir_p(dest, 0755) != 0) {
            return 1;
        }
        return extract_image(image, offset, dest, argc > 2 ? argv[2] : NULL) == 0 ? 0 : 1;
    }
    if (strcmp(mode, "extract-and-run") == 0) {
        return extract_and_run(image, offset, argv[0], argc - 2, argv + 2);
    }
    if (strcmp(mode, "mount") == 0) {
        int rc = mount_and_run(image, offset, argv[0], -1, NULL);
        return rc == -2 ? 1 : rc;
    }
    fprintf(stderr, "appimage runtime: unknown option --appimage-%s\n", mode);
    usage(stderr);
    return 2;
}
