// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * libsquashfuse can read LZO-compressed images and so refers to liblzo2, which is GPL-2.0-or-later.
 * Our images are always zstd (build-appimage.sh), so instead of linking liblzo2 into the runtime this
 * stands in for its one function and reports every LZO block as corrupt (LZO_E_ERROR).
 */
int lzo1x_decompress_safe(
    const unsigned char *src, unsigned long src_len, unsigned char *dst, unsigned long *dst_len, void *wrkmem);

int lzo1x_decompress_safe(
    const unsigned char *src, unsigned long src_len, unsigned char *dst, unsigned long *dst_len, void *wrkmem)
{
    (void)src;
    (void)src_len;
    (void)dst;
    (void)wrkmem;
    *dst_len = 0;
    return -1;
}
