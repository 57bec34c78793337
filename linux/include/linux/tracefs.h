/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tracefs: the pseudo filesystem at /sys/kernel/tracing.
 *
 * The tracing core builds the tree with the calls below; users drive it
 * with open/read/write. Files are root-only unless created otherwise.
 *
 * Lifetime rule. A file's @data may be freed as soon as tracefs_remove()
 * returns: tracefs_remove() waits for every read, write, poll, ioctl, mmap
 * or llseek in progress on the removed files, and later calls fail with
 * -ENODEV. ->open runs under the same protection. ->release is always
 * called, even after removal, so it must touch only per-open state
 * (file->private_data), never @data. An operation that may block
 * indefinitely (a consuming read) must be on a file whose owner refuses
 * removal while it is open, or removal would wait for it.
 */
#ifndef _LINUX_TRACEFS_H
#define _LINUX_TRACEFS_H

#include <linux/fs.h>
#include <linux/types.h>

struct dentry;
struct file_operations;

#ifdef CONFIG_TRACING

/* Context of all calls: process context, may sleep; no tracefs locks held. */
struct dentry *tracefs_create_file(const char *name, umode_t mode,
				   struct dentry *parent, void *data,
				   const struct file_operations *fops);
struct dentry *tracefs_create_dir(const char *name, struct dentry *parent);
void tracefs_remove(struct dentry *dentry);

/*
 * tracefs_create_instance_dir - a directory in which users may mkdir and
 * rmdir. @mkdir creates the subdirectory (with tracefs_create_dir() under
 * the returned dentry); @rmdir removes it. Both are called without any
 * tracefs or VFS lock held and return 0 or a negative errno.
 */
struct dentry *tracefs_create_instance_dir(const char *name,
					   struct dentry *parent,
					   int (*mkdir)(const char *name),
					   int (*rmdir)(const char *name));

/* Data given to tracefs_create_file(), for use inside ->open. */
void *tracefs_file_data(struct file *file);

bool tracefs_initialized(void);

/* For debugfs_create_automount(): mounts tracefs at debugfs's "tracing". */
struct vfsmount *tracefs_automount(struct dentry *mntpt, void *unused);

#endif /* CONFIG_TRACING */
#endif /* _LINUX_TRACEFS_H */
