// SPDX-License-Identifier: GPL-2.0
/*
 * The top of the tracefs tree and tracing instances.
 *
 * An instance ("struct trace_array") is an independent tracing context:
 * the top level is one, and each directory made under instances/ is
 * another. An open file holds a reference on its instance, so rmdir of an
 * instance in use fails with -EBUSY and the instance's files never see
 * their data freed under them.
 *
 * State of this tree: an instance has only its tracing_on switch; the
 * ring buffer and the other files come with the ring-buffer issue.
 *
 * Locking: trace_instances_lock protects the instance list and each
 * instance's ref and dying fields. It is never held across
 * tracefs_remove(), which waits for file operations that take it.
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kstrtox.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/tracefs.h>
#include <linux/uaccess.h>

#define TRACE_MODE_WRITE	0640
#define TRACE_MODE_READ		0440

struct trace_array {
	struct list_head	list;
	const char		*name;		/* NULL for the top level */
	struct dentry		*dir;
	int			ref;		/* open files; under the lock */
	bool			dying;		/* rmdir in progress; under the lock */
	bool			on;
};

static DEFINE_MUTEX(trace_instances_lock);
static LIST_HEAD(trace_instances);
static struct trace_array global_trace = { .on = true };
static struct dentry *instances_dir;

/* ---- open files hold their instance ---- */

static int trace_array_open(struct inode *inode, struct file *file)
{
	struct trace_array *tr = tracefs_file_data(file);

	guard(mutex)(&trace_instances_lock);
	if (tr->dying)
		return -ENODEV;
	tr->ref++;
	file->private_data = tr;
	return 0;
}

/* Runs even after removal: uses only the pinned instance. */
static int trace_array_release(struct inode *inode, struct file *file)
{
	struct trace_array *tr = file->private_data;

	guard(mutex)(&trace_instances_lock);
	tr->ref--;
	return 0;
}

/* ---- tracing_on ---- */

static ssize_t tracing_on_read(struct file *file, char __user *ubuf,
			       size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[4];
	int len;

	len = scnprintf(buf, sizeof(buf), "%d\n", READ_ONCE(tr->on));
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

static ssize_t tracing_on_write(struct file *file, const char __user *ubuf,
				size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	unsigned long val;
	int err = kstrtoul_from_user(ubuf, cnt, 10, &val);

	if (err)
		return err;
	WRITE_ONCE(tr->on, !!val);
	if (tr == &global_trace)
		val ? tracing_on() : tracing_off();
	*ppos += cnt;
	return cnt;
}

static const struct file_operations tracing_on_fops = {
	.open		= trace_array_open,
	.read		= tracing_on_read,
	.write		= tracing_on_write,
	.llseek		= default_llseek,
	.release	= trace_array_release,
};

/* ---- README ---- */

static const char readme_text[] =
	"tracing mini-HOWTO (this tree: foundation only)\n\n"
	"# echo 0 > tracing_on : stop tracing\n"
	"# echo 1 > tracing_on : restart tracing\n"
	"# mkdir instances/foo : make an independent tracing instance\n"
	"# rmdir instances/foo : remove it (EBUSY while its files are open)\n"
	"\n"
	"  tracing_on\t\t- 0 or 1: whether this instance records\n"
	"  instances\t\t- make sub-buffers with: mkdir instances/foo\n";

static ssize_t readme_read(struct file *file, char __user *ubuf, size_t cnt,
			   loff_t *ppos)
{
	return simple_read_from_buffer(ubuf, cnt, ppos, readme_text,
				       sizeof(readme_text) - 1);
}

static const struct file_operations readme_fops = {
	.read		= readme_read,
	.llseek		= default_llseek,
};

/* ---- one instance's files, in one table ---- */

static const struct {
	const char			*name;
	umode_t				mode;
	const struct file_operations	*fops;
} instance_files[] = {
	{ "tracing_on",	TRACE_MODE_WRITE, &tracing_on_fops },
};

static int trace_array_populate(struct trace_array *tr)
{
	struct dentry *d;
	int i;

	for (i = 0; i < ARRAY_SIZE(instance_files); i++) {
		d = tracefs_create_file(instance_files[i].name,
					instance_files[i].mode, tr->dir, tr,
					instance_files[i].fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}

/* ---- instances/: mkdir and rmdir ---- */

static struct trace_array *trace_array_find(const char *name)
{
	struct trace_array *tr;

	lockdep_assert_held(&trace_instances_lock);
	list_for_each_entry(tr, &trace_instances, list)
		if (!strcmp(tr->name, name))
			return tr;
	return NULL;
}

/* Context: mkdir(2) in instances/, no VFS locks held. */
static int instance_mkdir(const char *name)
{
	struct trace_array *tr;
	int ret;

	guard(mutex)(&trace_instances_lock);
	if (trace_array_find(name))
		return -EEXIST;

	tr = kzalloc(sizeof(*tr), GFP_KERNEL);
	if (!tr)
		return -ENOMEM;
	tr->name = kstrdup(name, GFP_KERNEL);
	tr->on = true;
	tr->dir = tracefs_create_dir(name, instances_dir);
	ret = tr->name ? PTR_ERR_OR_ZERO(tr->dir) : -ENOMEM;
	if (!ret)
		ret = trace_array_populate(tr);
	if (ret) {
		if (!IS_ERR_OR_NULL(tr->dir))
			tracefs_remove(tr->dir);
		kfree(tr->name);
		kfree(tr);
		return ret;
	}
	list_add_tail(&tr->list, &trace_instances);
	return 0;
}

/* Context: rmdir(2) in instances/, no VFS locks held. */
static int instance_rmdir(const char *name)
{
	struct trace_array *tr;

	scoped_guard(mutex, &trace_instances_lock) {
		tr = trace_array_find(name);
		if (!tr)
			return -ENODEV;
		if (tr->ref)
			return -EBUSY;
		list_del(&tr->list);
		tr->dying = true;
	}
	/*
	 * Not under the lock: removal waits for opens in progress, and those
	 * take the lock, see "dying" and fail.
	 */
	tracefs_remove(tr->dir);
	kfree(tr->name);
	kfree(tr);
	return 0;
}

/* ---- mount points ---- */

static __init int trace_tracefs_init(void)
{
	struct dentry *d;

	if (!tracefs_initialized())
		return 0;

	d = tracefs_create_file("README", TRACE_MODE_READ, NULL, NULL,
				&readme_fops);
	if (IS_ERR(d))
		goto fail;
	if (trace_array_populate(&global_trace))
		goto fail;
	instances_dir = tracefs_create_instance_dir("instances", NULL,
						    instance_mkdir,
						    instance_rmdir);
	if (IS_ERR(instances_dir))
		goto fail;

	/* Old tools look under debugfs: mount tracefs there on first walk. */
	debugfs_create_automount("tracing", NULL, tracefs_automount, NULL);
	return 0;
fail:
	pr_warn("tracing: could not create the tracefs tree\n");
	return 0;
}
fs_initcall(trace_tracefs_init);
