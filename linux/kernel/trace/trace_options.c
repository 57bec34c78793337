// SPDX-License-Identifier: GPL-2.0
/*
 * Output and recording options: the trace_options file ("name" or
 * "noname" per line, one write sets one option) and the options/
 * directory (one 0/1 file per option).
 *
 * The names and their order are ABI; enum trace_opt_bit in trace_array.h
 * follows this table. Some options exist only at the top level: an
 * instance neither lists nor accepts them. After them come the options
 * of the instance's current tracer (struct tracer_own_opt), as upstream
 * lists them: func_stack_trace only while "function" is current.
 *
 * Context: process, may sleep; changes take trace_types_lock.
 */
#include <linux/fs.h>
#include <linux/kstrtox.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include "trace_array.h"

static const char * const trace_opt_names[TOPT_NR] = {
	[TOPT_PRINT_PARENT]	= "print-parent",
	[TOPT_SYM_OFFSET]	= "sym-offset",
	[TOPT_SYM_ADDR]		= "sym-addr",
	[TOPT_VERBOSE]		= "verbose",
	[TOPT_RAW]		= "raw",
	[TOPT_HEX]		= "hex",
	[TOPT_BIN]		= "bin",
	[TOPT_BLOCK]		= "block",
	[TOPT_FIELDS]		= "fields",
	[TOPT_PRINTK]		= "trace_printk",
	[TOPT_ANNOTATE]		= "annotate",
	[TOPT_USERSTACKTRACE]	= "userstacktrace",
	[TOPT_SYM_USEROBJ]	= "sym-userobj",
	[TOPT_PRINTK_MSGONLY]	= "printk-msg-only",
	[TOPT_CONTEXT_INFO]	= "context-info",
	[TOPT_LATENCY_FMT]	= "latency-format",
	[TOPT_RECORD_CMD]	= "record-cmd",
	[TOPT_RECORD_TGID]	= "record-tgid",
	[TOPT_OVERWRITE]	= "overwrite",
	[TOPT_STOP_ON_FREE]	= "disable_on_free",
	[TOPT_IRQ_INFO]		= "irq-info",
	[TOPT_MARKERS]		= "markers",
	[TOPT_EVENT_FORK]	= "event-fork",
	[TOPT_TRACE_PRINTK]	= "trace_printk_dest",
	[TOPT_PAUSE_ON_TRACE]	= "pause-on-trace",
	[TOPT_HASH_PTR]		= "hash-ptr",
	[TOPT_FUNCTION]		= "function-trace",
	[TOPT_FUNC_FORK]	= "function-fork",
	[TOPT_DISPLAY_GRAPH]	= "display-graph",
	[TOPT_STACKTRACE]	= "stacktrace",
};

#define TOP_LEVEL_ONLY	(TRACE_ITER(PRINTK) | TRACE_ITER(PRINTK_MSGONLY) | \
			 TRACE_ITER(RECORD_CMD))

static bool opt_visible(struct trace_array *tr, int bit)
{
	return tr == &global_trace || !((1ULL << bit) & TOP_LEVEL_ONLY);
}

/*
 * trace_set_option - turn option @bit of @tr on or off, with its side
 * effects on the buffer. Context: process, trace_types_lock held.
 */
static void trace_set_option(struct trace_array *tr, int bit, bool on)
{
	u64 mask = 1ULL << bit;

	lockdep_assert_held(&trace_types_lock);
	if (!!(tr->trace_flags & mask) == on)
		return;
	WRITE_ONCE(tr->trace_flags, on ? tr->trace_flags | mask :
					 tr->trace_flags & ~mask);
	if (bit == TOPT_OVERWRITE)
		ring_buffer_change_overwrite(tr->buffer, on);
}

/* ---- trace_options ---- */

static int options_show(struct seq_file *m, void *v)
{
	struct trace_array *tr = m->private;
	const struct tracer_own_opt *o;
	int i;

	guard(mutex)(&trace_types_lock);
	for (i = 0; i < TOPT_NR; i++)
		if (opt_visible(tr, i))
			seq_printf(m, "%s%s\n",
				   tr->trace_flags & (1ULL << i) ? "" : "no",
				   trace_opt_names[i]);
	for (o = tr->current_trace->opts; o && o->name; o++)
		seq_printf(m, "%s%s\n", o->get(tr) ? "" : "no", o->name);
	return 0;
}

/* Set an option of @tr's current tracer. Return: 0 or -EINVAL. */
static int tracer_own_opt_apply(struct trace_array *tr, const char *name,
				bool on)
{
	const struct tracer_own_opt *o;

	guard(mutex)(&trace_types_lock);
	for (o = tr->current_trace->opts; o && o->name; o++) {
		if (!strcmp(name, o->name)) {
			o->set(tr, on);
			return 0;
		}
	}
	return -EINVAL;
}

/*
 * A core option, else one of the current tracer's.
 * Return: 0 or -EINVAL for a name that is not an option of @tr.
 */
static int options_apply(struct trace_array *tr, const char *cmd)
{
	bool on = true;
	int i;

	if (!strncmp(cmd, "no", 2)) {
		on = false;
		cmd += 2;
	}
	for (i = 0; i < TOPT_NR; i++)
		if (opt_visible(tr, i) && !strcmp(cmd, trace_opt_names[i]))
			break;
	if (i == TOPT_NR)
		return tracer_own_opt_apply(tr, cmd, on);
	guard(mutex)(&trace_types_lock);
	trace_set_option(tr, i, on);
	return 0;
}

static ssize_t options_write(struct file *file, const char __user *ubuf,
			     size_t cnt, loff_t *ppos)
{
	struct seq_file *m = file->private_data;

	return tracing_write_word(m->private, ubuf, cnt, ppos, options_apply);
}

static int options_open(struct inode *inode, struct file *file)
{
	return tracing_single_open_tr(file, options_show);
}

const struct file_operations trace_options_fops = {
	.open		= options_open,
	.read		= seq_read,
	.write		= options_write,
	.llseek		= seq_lseek,
	.release	= tracing_single_release_tr,
};

/* ---- options/<name> ---- */

/* Data of one options/<name> file: which instance, which bit. */
struct opt_file {
	struct trace_array	*tr;
	int			bit;
};

static ssize_t opt_file_read(struct file *file, char __user *ubuf,
			     size_t cnt, loff_t *ppos)
{
	struct opt_file *of = file->private_data;
	char buf[3] = { tr_opt(of->tr, of->bit) ? '1' : '0', '\n' };

	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

static ssize_t opt_file_write(struct file *file, const char __user *ubuf,
			      size_t cnt, loff_t *ppos)
{
	struct opt_file *of = file->private_data;
	unsigned long val;
	int ret;

	ret = trace_switch_from_user(ubuf, cnt, &val);
	if (ret)
		return ret;
	scoped_guard(mutex, &trace_types_lock)
		trace_set_option(of->tr, of->bit, val);
	*ppos += cnt;
	return cnt;
}

static int opt_file_open(struct inode *inode, struct file *file)
{
	struct opt_file *of = tracefs_file_data(file);
	int ret = trace_array_get(of->tr);

	if (!ret)
		file->private_data = of;
	return ret;
}

static int opt_file_release(struct inode *inode, struct file *file)
{
	struct opt_file *of = file->private_data;

	trace_array_put(of->tr);
	return 0;
}

static const struct file_operations opt_file_fops = {
	.open		= opt_file_open,
	.read		= opt_file_read,
	.write		= opt_file_write,
	.llseek		= generic_file_llseek,
	.release	= opt_file_release,
};

/*
 * trace_options_create_dir - make @tr's options/ directory.
 * Context: process, may sleep. Return: 0 or -errno. The per-file data,
 * tr->opt_files, is freed with the instance, after the files are gone.
 */
int trace_options_create_dir(struct trace_array *tr)
{
	struct opt_file *files;
	struct dentry *d;
	int i;

	tr->options_dir = tracefs_create_dir("options", tr->dir);
	if (IS_ERR(tr->options_dir))
		return PTR_ERR(tr->options_dir);
	files = kcalloc(TOPT_NR, sizeof(*files), GFP_KERNEL);
	if (!files)
		return -ENOMEM;
	tr->opt_files = files;
	for (i = 0; i < TOPT_NR; i++) {
		if (!opt_visible(tr, i))
			continue;
		files[i].tr = tr;
		files[i].bit = i;
		d = tracefs_create_file(trace_opt_names[i], TRACE_MODE_WRITE,
					tr->options_dir, &files[i],
					&opt_file_fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}
