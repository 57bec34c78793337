// SPDX-License-Identifier: GPL-2.0
/*
 * The tracefs tree: what files an instance has, the top-level-only files,
 * and the instances/ directory.
 *
 * Every instance directory is built from instance_files[] below, plus
 * per_cpu/cpuN/ from percpu_files[] and options/. The top level adds
 * top_files[]. So the whole tree can be read from this file.
 *
 * Instances: mkdir makes a complete, independent instance with its own
 * buffer (trace_array_create()); rmdir refuses one whose files are open
 * (-EBUSY). Once rmdir has marked it dying, opens fail, so after
 * tracefs_remove() nothing can reach it and it is freed.
 *
 * Context: process, may sleep. trace_types_lock is never held across
 * tracefs_remove(), which waits for file operations that take it.
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kstrtox.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/tracefs.h>
#include <linux/uaccess.h>
#include "trace_array.h"

static LIST_HEAD(trace_instances);	/* under trace_types_lock */
static struct dentry *instances_dir;

/* ---- tracing_on ---- */

static ssize_t tracing_on_read(struct file *file, char __user *ubuf,
			       size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[4];
	int len;

	len = scnprintf(buf, sizeof(buf), "%d\n", tracer_tracing_is_on(tr));
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
	scoped_guard(mutex, &trace_types_lock) {
		if (val && !tracer_tracing_is_on(tr)) {
			tracer_tracing_on(tr);
			if (tr->current_trace->start)
				tr->current_trace->start(tr);
		} else if (!val && tracer_tracing_is_on(tr)) {
			tracer_tracing_off(tr);
			if (tr->current_trace->stop)
				tr->current_trace->stop(tr);
			/* Readers blocked in trace_pipe see end of file. */
			ring_buffer_wake_waiters(tr->buffer,
						 RING_BUFFER_ALL_CPUS);
		}
	}
	*ppos += cnt;
	return cnt;
}

static const struct file_operations tracing_on_fops = {
	.open		= tracing_open_generic_tr,
	.read		= tracing_on_read,
	.write		= tracing_on_write,
	.llseek		= default_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- current_tracer and available_tracers ---- */

static ssize_t current_tracer_read(struct file *file, char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[MAX_TRACER_SIZE + 2];
	int len;

	scoped_guard(mutex, &trace_types_lock)
		len = scnprintf(buf, sizeof(buf), "%s\n",
				tr->current_trace->name);
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

static ssize_t current_tracer_write(struct file *file,
				    const char __user *ubuf,
				    size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[MAX_TRACER_SIZE + 1];
	size_t n = min_t(size_t, cnt, MAX_TRACER_SIZE);
	int ret;

	if (copy_from_user(buf, ubuf, n))
		return -EFAULT;
	buf[n] = '\0';
	ret = tracing_update_buffers(tr);
	if (!ret)
		ret = tracing_set_tracer(tr, strim(buf));
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations current_tracer_fops = {
	.open		= tracing_open_generic_tr,
	.read		= current_tracer_read,
	.write		= current_tracer_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

static ssize_t available_tracers_read(struct file *file, char __user *ubuf,
				      size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	struct tracer *t;
	char *buf;
	int len = 0;
	ssize_t ret;

	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	scoped_guard(mutex, &trace_types_lock) {
		for (t = trace_tracers_first(); t; t = t->next) {
			if (tr != &global_trace && !t->allow_instances)
				continue;
			len += scnprintf(buf + len, PAGE_SIZE - len, "%s%s",
					 len ? " " : "", t->name);
		}
	}
	len += scnprintf(buf + len, PAGE_SIZE - len, "\n");
	ret = simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
	kfree(buf);
	return ret;
}

static const struct file_operations available_tracers_fops = {
	.open		= tracing_open_generic_tr,
	.read		= available_tracers_read,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- README ---- */

/*
 * The README. Tools grep it for the syntax of features they may use, so
 * each feature's line shows its syntax; the wording is ours.
 */
static const char readme_text[] =
	"tracing mini-HOWTO (this tree: buffer, markers, trace_printk, function tracer)\n\n"
	"# echo 0 > tracing_on : stop recording (the buffer is kept)\n"
	"# echo 1 > tracing_on : record again\n"
	"# echo > trace        : empty the buffer\n\n"
	" Files of every instance:\n"
	"  trace\t\t\t- everything recorded, oldest first, not consumed\n"
	"  trace_pipe\t\t- read and remove records, waiting for more\n"
	"  trace_marker\t\t- write a line of text into the buffer\n"
	"  trace_marker_raw\t- write <u32 id><binary data> into the buffer\n"
	"  current_tracer\t- the tracer in use\n"
	"  available_tracers\t- the tracers current_tracer accepts\n"
	"  buffer_size_kb\t- KB of buffer per cpu\n"
	"  buffer_total_size_kb\t- KB of buffer over all cpus\n"
	"  buffer_percent\t- fill level (0-100) that wakes trace_pipe_raw readers\n"
	"  free_buffer\t\t- on close, shrink the buffer to its minimum\n"
	"  trace_clock\t\t- time stamp source, one of:\n"
	"\t\t\t  local global counter uptime perf mono mono_raw\n"
	"\t\t\t  boot tai x86-tsc\n"
	"  tracing_cpumask\t- hex mask of the cpus that record\n"
	"  trace_options\t\t- output options; write 'name' or 'noname'\n"
	"  options\t\t- the same, one 0/1 file per option\n"
	"  error_log\t\t- why recent commands failed\n"
	"  per_cpu\t\t- cpuN/: trace, trace_pipe, trace_pipe_raw, stats,\n"
	"\t\t\t  buffer_size_kb of one cpu\n"
	"  instances\t\t- mkdir instances/foo makes a separate buffer; rmdir removes it\n"
	"  set_ftrace_filter\t- functions the function tracer records: names,\n"
	"\t\t\t  globs (tcp_*, *lock*, *_fn), !name removes, N is line N\n"
	"\t\t\t  of available_filter_functions; empty means all\n"
	"\t\t\t  modules: <glob>:mod:<module-name> (also not yet loaded)\n"
	"\t\t\t  commands: <function>:<trigger>[:count], trigger one of\n"
	"\t\t\t  traceon traceoff snapshot stacktrace dump cpudump\n"
	"\t\t\t  enable_event:<system>:<event> disable_event:<system>:<event>\n"
	"\t\t\t  remove: '!<function>:<trigger>' ('...:0' if counted)\n"
	"\t\t\t  a write with a bad name fails and changes nothing\n"
	"  set_ftrace_notrace\t- functions never recorded (same syntax, no commands)\n"
	"  set_ftrace_pid\t- only these pids are function traced\n"
	"  set_ftrace_notrace_pid\t- these pids are never function traced\n\n"
	" Top level only:\n"
	"  printk_formats\t- trace_printk() formats of the kernel and modules\n"
	"  saved_cmdlines\t- pid to comm map of recorded tasks\n"
	"  saved_cmdlines_size\t- how many pids saved_cmdlines keeps\n"
	"  saved_tgids\t\t- pid to tgid map (with the record-tgid option)\n"
	"  available_filter_functions\t- functions set_ftrace_filter accepts\n"
	"  available_filter_functions_addrs\t- the same with their call sites\n"
	"  enabled_functions\t- functions with callbacks now, and how many\n"
	"  touched_functions\t- functions that ever had a callback\n"
	"  function_profile_enabled\t- 1 counts calls in trace_stat/function<cpu>\n"
	"  stack_trace\t\t- deepest kernel stack seen (kernel.stack_tracer_enabled)\n"
	"  stack_max_size\t- its size; stack_trace_filter limits what is checked\n";

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

/* ---- the tables ---- */

struct trace_file_desc {
	const char			*name;
	umode_t				mode;
	const struct file_operations	*fops;
	bool				per_handle;	/* data: handle, not tr */
};

/* Every instance, the top level included. */
static const struct trace_file_desc instance_files[] = {
	{ "available_tracers",	TRACE_MODE_READ,  &available_tracers_fops },
	{ "current_tracer",	TRACE_MODE_WRITE, &current_tracer_fops },
	{ "tracing_cpumask",	TRACE_MODE_WRITE, &tracing_cpumask_fops },
	{ "trace_options",	TRACE_MODE_WRITE, &trace_options_fops },
	{ "trace",		TRACE_MODE_WRITE, &trace_fops, true },
	{ "trace_pipe",		TRACE_MODE_READ,  &trace_pipe_fops, true },
	{ "buffer_size_kb",	TRACE_MODE_WRITE, &buffer_size_fops, true },
	{ "buffer_total_size_kb", TRACE_MODE_READ, &buffer_total_size_fops },
	{ "free_buffer",	0200,		  &free_buffer_fops },
	{ "trace_marker",	0220,		  &trace_marker_fops },
	{ "trace_marker_raw",	0220,		  &trace_marker_raw_fops },
	{ "trace_clock",	TRACE_MODE_WRITE, &trace_clock_fops },
	{ "tracing_on",		TRACE_MODE_WRITE, &tracing_on_fops },
	{ "buffer_percent",	TRACE_MODE_WRITE, &buffer_percent_fops },
	{ "error_log",		TRACE_MODE_WRITE, &tracing_err_log_fops },
};

/* per_cpu/cpuN/ of every instance; data is the cpu's handle. */
static const struct trace_file_desc percpu_files[] = {
	{ "trace_pipe",		TRACE_MODE_READ,  &trace_pipe_fops, true },
	{ "trace",		TRACE_MODE_WRITE, &trace_fops, true },
	{ "trace_pipe_raw",	TRACE_MODE_READ,  &trace_pipe_raw_fops, true },
	{ "stats",		TRACE_MODE_READ,  &stats_fops, true },
	{ "buffer_size_kb",	TRACE_MODE_WRITE, &buffer_size_fops, true },
};

static int create_files(const struct trace_file_desc *files, int n,
			struct dentry *dir, struct trace_array *tr, int cpu)
{
	struct dentry *d;
	int i;

	for (i = 0; i < n; i++) {
		void *data = files[i].per_handle ? (void *)tr_handle(tr, cpu) :
						   (void *)tr;

		d = tracefs_create_file(files[i].name, files[i].mode, dir, data,
					files[i].fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}

static int create_percpu_dirs(struct trace_array *tr)
{
	struct dentry *percpu, *d;
	char name[16];
	int cpu, ret;

	percpu = tracefs_create_dir("per_cpu", tr->dir);
	if (IS_ERR(percpu))
		return PTR_ERR(percpu);
	for_each_possible_cpu(cpu) {
		snprintf(name, sizeof(name), "cpu%d", cpu);
		d = tracefs_create_dir(name, percpu);
		if (IS_ERR(d))
			return PTR_ERR(d);
		ret = create_files(percpu_files, ARRAY_SIZE(percpu_files), d,
				   tr, cpu);
		if (ret)
			return ret;
	}
	return 0;
}

/* Build @tr's directory contents. Context: process, may sleep. */
static int trace_array_populate(struct trace_array *tr)
{
	int ret;

	ret = create_files(instance_files, ARRAY_SIZE(instance_files), tr->dir,
			   tr, RING_BUFFER_ALL_CPUS);
	if (!ret)
		ret = create_percpu_dirs(tr);
	if (!ret)
		ret = trace_options_create_dir(tr);
	if (!ret)
		ret = ftrace_instance_create(tr);
	if (!ret)
		ret = event_instance_create(tr);
	return ret;
}

/* ---- instances/: mkdir and rmdir ---- */

static struct trace_array *instance_find(const char *name)
{
	struct trace_array *tr;

	lockdep_assert_held(&trace_types_lock);
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

	guard(mutex)(&trace_types_lock);
	if (instance_find(name))
		return -EEXIST;
	tr = trace_array_create(name);
	if (IS_ERR(tr))
		return PTR_ERR(tr);
	tr->dir = tracefs_create_dir(name, instances_dir);
	ret = PTR_ERR_OR_ZERO(tr->dir);
	if (!ret)
		ret = trace_array_populate(tr);
	if (ret) {
		/*
		 * Nobody has seen the new directory's files yet except
		 * through lookups that fail on "dying".
		 */
		tr->dying = true;
		if (!IS_ERR_OR_NULL(tr->dir))
			tracefs_remove(tr->dir);
		trace_array_destroy(tr);
		return ret;
	}
	list_add_tail(&tr->list, &trace_instances);
	return 0;
}

void trace_array_for_each(void (*fn)(struct trace_array *tr, void *data),
			  void *data)
{
	struct trace_array *tr;

	guard(mutex)(&trace_types_lock);
	fn(&global_trace, data);
	list_for_each_entry(tr, &trace_instances, list)
		fn(tr, data);
}

/* Context: rmdir(2) in instances/, no VFS locks held. */
static int instance_rmdir(const char *name)
{
	struct trace_array *tr;

	scoped_guard(mutex, &trace_types_lock) {
		tr = instance_find(name);
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
	guard(mutex)(&trace_types_lock);
	trace_array_destroy(tr);
	return 0;
}

/* ---- the top level ---- */

static __init int trace_tracefs_init(void)
{
	struct dentry *d;

	if (!tracefs_initialized())
		return 0;

	global_trace.dir = NULL;	/* the tracefs root */
	d = tracefs_create_file("README", TRACE_MODE_READ, NULL, NULL,
				&readme_fops);
	if (IS_ERR(d) || trace_array_populate(&global_trace) ||
	    trace_cmdlines_init_tracefs(NULL) ||
	    trace_printk_init_tracefs(NULL) || ftrace_init_tracefs_top() ||
	    event_init_tracefs_top())
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
