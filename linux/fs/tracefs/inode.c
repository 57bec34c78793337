// SPDX-License-Identifier: GPL-2.0
/*
 * tracefs: the pseudo filesystem that exposes the tracing framework.
 *
 * One superblock, shared by every mount (/sys/kernel/tracing and the
 * automount at /sys/kernel/debug/tracing). The tracing core creates and
 * removes entries through an internal pinned mount, like debugfs.
 *
 * Theory of operation: removal while files are open
 * --------------------------------------------------
 * The owner of a file may free its data right after tracefs_remove(). So
 * every file operation other than ->release runs inside an "active"
 * reference on the file's inode, and removal waits for those to drain:
 *
 *	tracefs_inode::active	1 (alive bias) + operations in flight;
 *				0 once removed (new operations fail)
 *
 *	operation			removal
 *	---------			-------
 *	A: inc_not_zero(active)	   	X: dec(active) drops the bias
 *	   (fails -> -ENODEV)		Y: if not zero, wait for "gone"
 *	B: real operation
 *	C: dec(active); if zero,
 *	   complete("gone")
 *
 * If X happens before A, A sees 0 and fails. If A happens first, X leaves
 * a non-zero count and Y waits until C of the last operation. The atomic
 * RMWs are fully ordered, so B's accesses to the owner's data happen
 * before removal returns. ->release skips this: it runs after removal too,
 * and owners keep only per-open state there (see linux/tracefs.h).
 *
 * Directories the user may mkdir/rmdir in ("instances") call back into the
 * owner with the VFS directory locks dropped, because the owner builds and
 * tears down the new directory with tracefs_create_*()/tracefs_remove(),
 * which take those same locks.
 */
#include <linux/completion.h>
#include <linux/fs.h>
#include <linux/fs_context.h>
#include <linux/fs_parser.h>
#include <linux/fsnotify.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/magic.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/poll.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include <linux/tracefs.h>

#define TRACEFS_DEFAULT_MODE	0700

static struct file_system_type tracefs_fs_type;
static struct vfsmount *tracefs_mount;
static int tracefs_mount_count;
static bool tracefs_registered;
static struct kmem_cache *tracefs_inode_cachep __ro_after_init;

struct tracefs_inode {
	const struct file_operations	*real_fops;
	void				*data;
	atomic_t			active;
	struct completion		gone;
	struct inode			vfs_inode;
};

/* i_private of an instances directory. */
struct tracefs_dir_ops {
	int (*mkdir)(const char *name);
	int (*rmdir)(const char *name);
};

struct tracefs_fs_info {
	kuid_t		uid;
	kgid_t		gid;
	umode_t		mode;
};

static inline struct tracefs_inode *TRACEFS_I(struct inode *inode)
{
	return container_of(inode, struct tracefs_inode, vfs_inode);
}

/* ---- active references (theory of operation above) ---- */

static bool tracefs_active_get(struct tracefs_inode *ti)
{
	return atomic_inc_not_zero(&ti->active);			/* A */
}

static void tracefs_active_put(struct tracefs_inode *ti)
{
	if (atomic_dec_and_test(&ti->active))				/* C */
		complete(&ti->gone);
}

static void tracefs_active_kill(struct tracefs_inode *ti)
{
	if (!atomic_dec_and_test(&ti->active))				/* X */
		wait_for_completion(&ti->gone);				/* Y */
}

void *tracefs_file_data(struct file *file)
{
	return TRACEFS_I(file_inode(file))->data;
}

/* ---- the proxy file operations every tracefs file gets ---- */

#define PROXY_CALL(file, ret, fail, op, args...)			\
	do {								\
		struct tracefs_inode *__ti = TRACEFS_I(file_inode(file)); \
									\
		if (!__ti->real_fops->op) {				\
			ret = fail;					\
			break;						\
		}							\
		if (!tracefs_active_get(__ti)) {			\
			ret = -ENODEV;					\
			break;						\
		}							\
		ret = __ti->real_fops->op(args);			\
		tracefs_active_put(__ti);				\
	} while (0)

static int proxy_open(struct inode *inode, struct file *file)
{
	int ret;

	PROXY_CALL(file, ret, 0, open, inode, file);
	return ret;
}

static ssize_t proxy_read(struct file *file, char __user *buf, size_t len,
			  loff_t *pos)
{
	ssize_t ret;

	PROXY_CALL(file, ret, -EINVAL, read, file, buf, len, pos);
	return ret;
}

static ssize_t proxy_write(struct file *file, const char __user *buf,
			   size_t len, loff_t *pos)
{
	ssize_t ret;

	PROXY_CALL(file, ret, -EINVAL, write, file, buf, len, pos);
	return ret;
}

static loff_t proxy_llseek(struct file *file, loff_t off, int whence)
{
	loff_t ret;

	PROXY_CALL(file, ret, -ESPIPE, llseek, file, off, whence);
	return ret;
}

static __poll_t proxy_poll(struct file *file, struct poll_table_struct *wait)
{
	struct tracefs_inode *ti = TRACEFS_I(file_inode(file));
	__poll_t ret;

	if (!ti->real_fops->poll)
		return DEFAULT_POLLMASK;
	if (!tracefs_active_get(ti))
		return EPOLLHUP | EPOLLERR;
	ret = ti->real_fops->poll(file, wait);
	tracefs_active_put(ti);
	return ret;
}

static long proxy_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	long ret;

	PROXY_CALL(file, ret, -ENOTTY, unlocked_ioctl, file, cmd, arg);
	return ret;
}

static int proxy_mmap(struct file *file, struct vm_area_struct *vma)
{
	int ret;

	PROXY_CALL(file, ret, -ENODEV, mmap, file, vma);
	return ret;
}

static ssize_t proxy_splice_read(struct file *file, loff_t *ppos,
				 struct pipe_inode_info *pipe, size_t len,
				 unsigned int flags)
{
	ssize_t ret;

	PROXY_CALL(file, ret, -EINVAL, splice_read, file, ppos, pipe, len,
		   flags);
	return ret;
}

/* Always called, even after removal: see linux/tracefs.h. */
static int proxy_release(struct inode *inode, struct file *file)
{
	const struct file_operations *real = TRACEFS_I(inode)->real_fops;

	return real->release ? real->release(inode, file) : 0;
}

static const struct file_operations tracefs_proxy_fops = {
	.open		= proxy_open,
	.read		= proxy_read,
	.write		= proxy_write,
	.llseek		= proxy_llseek,
	.poll		= proxy_poll,
	.unlocked_ioctl	= proxy_ioctl,
	.mmap		= proxy_mmap,
	.splice_read	= proxy_splice_read,
	.release	= proxy_release,
};

/* ---- inodes ---- */

static struct inode *tracefs_alloc_inode(struct super_block *sb)
{
	struct tracefs_inode *ti;

	ti = alloc_inode_sb(sb, tracefs_inode_cachep, GFP_KERNEL);
	if (!ti)
		return NULL;
	ti->real_fops = NULL;
	ti->data = NULL;
	atomic_set(&ti->active, 1);
	init_completion(&ti->gone);
	return &ti->vfs_inode;
}

static void tracefs_free_inode(struct inode *inode)
{
	if (S_ISDIR(inode->i_mode))
		kfree(inode->i_private);	/* tracefs_dir_ops, or NULL */
	kmem_cache_free(tracefs_inode_cachep, TRACEFS_I(inode));
}

static void tracefs_inode_once(void *p)
{
	inode_init_once(&((struct tracefs_inode *)p)->vfs_inode);
}

static struct inode *tracefs_new_inode(struct super_block *sb, umode_t mode)
{
	struct tracefs_fs_info *fsi = sb->s_fs_info;
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_ino = get_next_ino();
	inode->i_mode = mode;
	inode->i_uid = fsi->uid;
	inode->i_gid = fsi->gid;
	simple_inode_init_ts(inode);
	return inode;
}

/* ---- creating and removing entries ---- */

/*
 * Lock @parent (default: the root) and return a negative dentry for @name,
 * holding a pin on the internal mount. On error nothing is held.
 */
static struct dentry *tracefs_start_creating(const char *name,
					     struct dentry *parent)
{
	struct dentry *dentry;
	int err;

	err = simple_pin_fs(&tracefs_fs_type, &tracefs_mount,
			    &tracefs_mount_count);
	if (err)
		return ERR_PTR(err);
	if (!parent)
		parent = tracefs_mount->mnt_root;

	inode_lock(d_inode(parent));
	dentry = lookup_one_len(name, parent, strlen(name));
	if (!IS_ERR(dentry) && d_really_is_positive(dentry)) {
		dput(dentry);
		dentry = ERR_PTR(-EEXIST);
	}
	if (IS_ERR(dentry)) {
		inode_unlock(d_inode(parent));
		simple_release_fs(&tracefs_mount, &tracefs_mount_count);
	}
	return dentry;
}

static struct dentry *tracefs_fail_creating(struct dentry *dentry)
{
	inode_unlock(d_inode(dentry->d_parent));
	dput(dentry);
	simple_release_fs(&tracefs_mount, &tracefs_mount_count);
	return ERR_PTR(-ENOMEM);
}

/* The reference from lookup_one_len() stays as the entry's pin. */
static struct dentry *tracefs_end_creating(struct dentry *dentry)
{
	inode_unlock(d_inode(dentry->d_parent));
	return dentry;
}

/*
 * Make the inode of a new entry. On success the parent stays locked and
 * the caller fills the inode in, then calls tracefs_publish().
 */
static struct dentry *tracefs_prepare(const char *name, struct dentry *parent,
				      umode_t mode, struct inode **inodep)
{
	struct dentry *dentry;

	if (!tracefs_registered)
		return ERR_PTR(-ENODEV);
	dentry = tracefs_start_creating(name, parent);
	if (IS_ERR(dentry))
		return dentry;
	*inodep = tracefs_new_inode(dentry->d_sb, mode);
	return *inodep ? dentry : tracefs_fail_creating(dentry);
}

/* Make the prepared entry visible and unlock the parent. */
static struct dentry *tracefs_publish(struct dentry *dentry, struct inode *inode)
{
	struct inode *dir = d_inode(dentry->d_parent);

	if (S_ISDIR(inode->i_mode)) {
		inc_nlink(inode);	/* its "." */
		inc_nlink(dir);		/* its ".." */
	}
	d_instantiate(dentry, inode);
	if (S_ISDIR(inode->i_mode))
		fsnotify_mkdir(dir, dentry);
	else
		fsnotify_create(dir, dentry);
	return tracefs_end_creating(dentry);
}

/**
 * tracefs_create_file - create a file
 * @name:	file name
 * @mode:	permission bits; the tracing core uses 0440 and 0640
 * @parent:	directory, or NULL for the root
 * @data:	owner's data, for ->open (tracefs_file_data()) and i_private
 * @fops:	the owner's operations, called through tracefs' proxy
 *
 * Context: process context, may sleep.
 * Return: the new dentry, or ERR_PTR(-EEXIST), ERR_PTR(-ENOMEM), or
 * ERR_PTR(-ENODEV) if tracefs is not registered.
 */
struct dentry *tracefs_create_file(const char *name, umode_t mode,
				   struct dentry *parent, void *data,
				   const struct file_operations *fops)
{
	struct inode *inode;
	struct dentry *dentry;

	dentry = tracefs_prepare(name, parent, S_IFREG | (mode & 0777), &inode);
	if (IS_ERR(dentry))
		return dentry;
	TRACEFS_I(inode)->real_fops = fops;
	TRACEFS_I(inode)->data = data;
	inode->i_private = data;
	inode->i_fop = &tracefs_proxy_fops;
	return tracefs_publish(dentry, inode);
}

static struct dentry *tracefs_make_dir(const char *name, struct dentry *parent,
				       const struct inode_operations *iops,
				       struct tracefs_dir_ops *ops)
{
	struct inode *inode;
	struct dentry *dentry;

	dentry = tracefs_prepare(name, parent, S_IFDIR | 0755, &inode);
	if (IS_ERR(dentry))
		return dentry;
	inode->i_op = iops;
	inode->i_fop = &simple_dir_operations;
	inode->i_private = ops;
	return tracefs_publish(dentry, inode);
}

/**
 * tracefs_create_dir - create a directory
 * @name:	directory name
 * @parent:	parent directory, or NULL for the root
 *
 * Context: process context, may sleep.
 * Return: the new dentry, or an ERR_PTR as for tracefs_create_file().
 */
struct dentry *tracefs_create_dir(const char *name, struct dentry *parent)
{
	return tracefs_make_dir(name, parent, &simple_dir_inode_operations,
				NULL);
}

/*
 * Run the owner's mkdir or rmdir callback for @dentry. The owner builds or
 * tears down the directory with tracefs_create_*()/tracefs_remove(), which
 * take the locks the VFS holds here: on @dir, and for rmdir on @victim.
 * So they are dropped around the call and retaken as the VFS took them.
 */
static int tracefs_call_owner(int (*op)(const char *name), struct inode *dir,
			      struct dentry *dentry, struct inode *victim)
{
	char *name = kstrdup(dentry->d_name.name, GFP_KERNEL);
	int ret;

	if (!name)
		return -ENOMEM;
	inode_unlock(dir);
	if (victim)
		inode_unlock(victim);
	ret = op(name);
	inode_lock_nested(dir, I_MUTEX_PARENT);
	if (victim)
		inode_lock(victim);
	kfree(name);
	return ret;
}

static int tracefs_instance_mkdir(struct mnt_idmap *idmap, struct inode *dir,
				  struct dentry *dentry, umode_t mode)
{
	struct tracefs_dir_ops *ops = dir->i_private;

	return tracefs_call_owner(ops->mkdir, dir, dentry, NULL);
}

static int tracefs_instance_rmdir(struct inode *dir, struct dentry *dentry)
{
	struct tracefs_dir_ops *ops = dir->i_private;

	return tracefs_call_owner(ops->rmdir, dir, dentry, d_inode(dentry));
}

static const struct inode_operations tracefs_instance_dir_iops = {
	.lookup		= simple_lookup,
	.mkdir		= tracefs_instance_mkdir,
	.rmdir		= tracefs_instance_rmdir,
};

struct dentry *tracefs_create_instance_dir(const char *name,
					   struct dentry *parent,
					   int (*mkdir)(const char *name),
					   int (*rmdir)(const char *name))
{
	struct tracefs_dir_ops *ops;
	struct dentry *dentry;

	ops = kmalloc(sizeof(*ops), GFP_KERNEL);
	if (!ops)
		return ERR_PTR(-ENOMEM);
	ops->mkdir = mkdir;
	ops->rmdir = rmdir;
	dentry = tracefs_make_dir(name, parent, &tracefs_instance_dir_iops, ops);
	if (IS_ERR(dentry))
		kfree(ops);
	return dentry;
}

/* Called for each entry being removed, parent locked. */
static void tracefs_remove_one(struct dentry *dentry)
{
	struct inode *inode = d_inode(dentry);

	if (inode && S_ISREG(inode->i_mode))
		tracefs_active_kill(TRACEFS_I(inode));
	simple_release_fs(&tracefs_mount, &tracefs_mount_count);
}

/**
 * tracefs_remove - remove a file, or a directory and all below it
 * @dentry: what tracefs_create_*() returned; NULL or ERR_PTR is ignored
 *
 * Waits for operations in progress on the removed files. Must not be
 * called from an operation on a file it removes.
 * Context: process context, may sleep.
 */
void tracefs_remove(struct dentry *dentry)
{
	if (IS_ERR_OR_NULL(dentry))
		return;
	if (simple_pin_fs(&tracefs_fs_type, &tracefs_mount,
			  &tracefs_mount_count))
		return;
	simple_recursive_removal(dentry, tracefs_remove_one);
	simple_release_fs(&tracefs_mount, &tracefs_mount_count);
}

/**
 * tracefs_automount - debugfs automount callback that mounts tracefs
 * @mntpt:	the debugfs directory being walked into
 * @unused:	callback data
 *
 * The extra reference keeps the automount from ever expiring.
 * Context: path walk, process context, may sleep.
 */
struct vfsmount *tracefs_automount(struct dentry *mntpt, void *unused)
{
	struct vfsmount *mnt = vfs_submount(mntpt, &tracefs_fs_type, "tracefs",
					    NULL);

	return IS_ERR(mnt) ? NULL : mntget(mnt);
}

bool tracefs_initialized(void)
{
	return tracefs_registered;
}

/* ---- superblock and mount options ---- */

enum tracefs_option { TRACEFS_OPT_UID, TRACEFS_OPT_GID, TRACEFS_OPT_MODE };

/* Mount options: uid=, gid= (owner of the root) and mode= (its mode). */
static const struct fs_parameter_spec tracefs_mount_params[] = {
	fsparam_u32("uid", TRACEFS_OPT_UID),
	fsparam_u32("gid", TRACEFS_OPT_GID),
	fsparam_u32oct("mode", TRACEFS_OPT_MODE),
	{}
};

static int tracefs_mount_option(struct fs_context *fc,
				struct fs_parameter *param)
{
	struct tracefs_fs_info *want = fc->s_fs_info;
	struct fs_parse_result val;
	int which = fs_parse(fc, tracefs_mount_params, param, &val);
	kuid_t uid;
	kgid_t gid;

	if (which == TRACEFS_OPT_MODE) {
		want->mode = val.uint_32 & S_IALLUGO;
	} else if (which == TRACEFS_OPT_UID) {
		uid = make_kuid(current_user_ns(), val.uint_32);
		if (!uid_valid(uid))
			return invalfc(fc, "uid %u is not mapped", val.uint_32);
		want->uid = uid;
	} else if (which == TRACEFS_OPT_GID) {
		gid = make_kgid(current_user_ns(), val.uint_32);
		if (!gid_valid(gid))
			return invalfc(fc, "gid %u is not mapped", val.uint_32);
		want->gid = gid;
	}
	return which < 0 ? which : 0;
}

static void tracefs_apply_root(struct super_block *sb)
{
	struct tracefs_fs_info *fsi = sb->s_fs_info;
	struct inode *root = d_inode(sb->s_root);

	inode_lock(root);
	root->i_mode = S_IFDIR | fsi->mode;
	root->i_uid = fsi->uid;
	root->i_gid = fsi->gid;
	inode_unlock(root);
}

static int tracefs_show_options(struct seq_file *m, struct dentry *root)
{
	struct tracefs_fs_info *fsi = root->d_sb->s_fs_info;

	if (!uid_eq(fsi->uid, GLOBAL_ROOT_UID))
		seq_printf(m, ",uid=%u", from_kuid_munged(&init_user_ns, fsi->uid));
	if (!gid_eq(fsi->gid, GLOBAL_ROOT_GID))
		seq_printf(m, ",gid=%u", from_kgid_munged(&init_user_ns, fsi->gid));
	if (fsi->mode != TRACEFS_DEFAULT_MODE)
		seq_printf(m, ",mode=%o", fsi->mode);
	return 0;
}

static const struct super_operations tracefs_super_ops = {
	.alloc_inode	= tracefs_alloc_inode,
	.free_inode	= tracefs_free_inode,
	.statfs		= simple_statfs,
	.show_options	= tracefs_show_options,
	.drop_inode	= generic_delete_inode,
};

static int tracefs_fill_super(struct super_block *sb, struct fs_context *fc)
{
	static const struct tree_descr none[] = { {""} };
	int err;

	err = simple_fill_super(sb, TRACEFS_MAGIC, none);
	if (err)
		return err;
	/* sget_fc() already moved fc->s_fs_info to sb->s_fs_info. */
	sb->s_op = &tracefs_super_ops;
	tracefs_apply_root(sb);
	return 0;
}

static int tracefs_get_tree(struct fs_context *fc)
{
	return get_tree_single(fc, tracefs_fill_super);
}

/* A later mount with options changes the shared superblock's root. */
static int tracefs_reconfigure(struct fs_context *fc)
{
	struct tracefs_fs_info *fsi = fc->root->d_sb->s_fs_info;

	*fsi = *(struct tracefs_fs_info *)fc->s_fs_info;
	tracefs_apply_root(fc->root->d_sb);
	return 0;
}

static void tracefs_free_fc(struct fs_context *fc)
{
	kfree(fc->s_fs_info);	/* NULL once sget_fc() took it */
}

static const struct fs_context_operations tracefs_context_ops = {
	.parse_param	= tracefs_mount_option,
	.get_tree	= tracefs_get_tree,
	.reconfigure	= tracefs_reconfigure,
	.free		= tracefs_free_fc,
};

/* Root-only unless mounted with other options. */
static const struct tracefs_fs_info tracefs_default_opts = {
	.uid	= GLOBAL_ROOT_UID,
	.gid	= GLOBAL_ROOT_GID,
	.mode	= TRACEFS_DEFAULT_MODE,
};

static int tracefs_init_fs_context(struct fs_context *fc)
{
	fc->s_fs_info = kmemdup(&tracefs_default_opts,
				sizeof(tracefs_default_opts), GFP_KERNEL);
	fc->ops = &tracefs_context_ops;
	return fc->s_fs_info ? 0 : -ENOMEM;
}

static void tracefs_kill_sb(struct super_block *sb)
{
	struct tracefs_fs_info *fsi = sb->s_fs_info;

	kill_litter_super(sb);
	kfree(fsi);
}

static struct file_system_type tracefs_fs_type = {
	.owner			= THIS_MODULE,
	.name			= "tracefs",
	.init_fs_context	= tracefs_init_fs_context,
	.parameters		= tracefs_mount_params,
	.kill_sb		= tracefs_kill_sb,
};
MODULE_ALIAS_FS("tracefs");

static int __init tracefs_init(void)
{
	int err;

	tracefs_inode_cachep = kmem_cache_create("tracefs_inode_cache",
						 sizeof(struct tracefs_inode),
						 0, SLAB_RECLAIM_ACCOUNT |
						 SLAB_ACCOUNT,
						 tracefs_inode_once);
	if (!tracefs_inode_cachep)
		return -ENOMEM;

	/* The mount point /sys/kernel/tracing. */
	err = sysfs_create_mount_point(kernel_kobj, "tracing");
	if (err)
		return err;

	err = register_filesystem(&tracefs_fs_type);
	if (err) {
		sysfs_remove_mount_point(kernel_kobj, "tracing");
		return err;
	}
	tracefs_registered = true;
	return 0;
}
core_initcall(tracefs_init);
