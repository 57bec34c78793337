// SPDX-License-Identifier: GPL-2.0
/*
 * The files that size, stamp and inspect an instance's buffer:
 *
 *  buffer_size_kb		per-cpu size in KB ("X" when CPUs differ; until
 *				the top level is first used it shows
 *				"N (expanded: M)", see trace_core.c)
 *  per_cpu/cpuN/buffer_size_kb	one CPU's size
 *  buffer_total_size_kb	sum over CPUs (read only)
 *  buffer_percent		fill level that wakes trace_pipe_raw readers
 *  free_buffer			on close: shrink the buffer (and with the
 *				disable_on_free option, stop tracing)
 *  per_cpu/cpuN/stats		the ring buffer's counters
 *  tracing_cpumask		CPUs that record
 *  trace_clock			the clock records are stamped with
 *
 * All run in process context and may sleep; changes take
 * trace_types_lock.
 */
#include <linux/cpumask.h>
#include <linux/fs.h>
#include <linux/kstrtox.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include "trace_array.h"

/* Read a small formatted value; @buf must hold it. */
static ssize_t read_text(char __user *ubuf, size_t cnt, loff_t *ppos,
			 const char *buf, int len)
{
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

/* ---- buffer_size_kb (instance and per cpu) ---- */

static ssize_t buffer_size_read(struct file *file, char __user *ubuf,
				size_t cnt, loff_t *ppos)
{
	struct trace_cpu_handle *h = file->private_data;
	struct trace_buffer *buffer = h->tr->buffer;
	unsigned long size = 0;
	bool same = true;
	char buf[32];
	int cpu, len;

	if (h->cpu != RING_BUFFER_ALL_CPUS) {
		size = ring_buffer_size(buffer, h->cpu);
	} else {
		for_each_possible_cpu(cpu) {
			unsigned long s = ring_buffer_size(buffer, cpu);

			if (size && s != size)
				same = false;
			size = s;
		}
	}
	if (!same)
		len = scnprintf(buf, sizeof(buf), "X\n");
	else if (h->cpu == RING_BUFFER_ALL_CPUS && !h->tr->buffer_expanded)
		len = scnprintf(buf, sizeof(buf), "%lu (expanded: %lu)\n",
				size >> 10, h->tr->buffer_size >> 10);
	else
		len = scnprintf(buf, sizeof(buf), "%lu\n", size >> 10);
	return read_text(ubuf, cnt, ppos, buf, len);
}

static ssize_t buffer_size_write(struct file *file, const char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	struct trace_cpu_handle *h = file->private_data;
	unsigned long kb;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &kb);
	if (ret)
		return ret;
	/* A buffer must hold at least one record. */
	if (!kb || kb > (ULONG_MAX >> 10))
		return -EINVAL;
	scoped_guard(mutex, &trace_types_lock)
		ret = tracing_resize_buffer(h->tr, kb << 10, h->cpu);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

const struct file_operations buffer_size_fops = {
	.open		= tracing_open_cpu_handle,
	.read		= buffer_size_read,
	.write		= buffer_size_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_cpu_handle,
};

/* ---- buffer_total_size_kb ---- */

static ssize_t buffer_total_read(struct file *file, char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	unsigned long total = 0, expanded = 0;
	char buf[48];
	int cpu, len;

	for_each_possible_cpu(cpu) {
		total += ring_buffer_size(tr->buffer, cpu) >> 10;
		expanded += tr->buffer_size >> 10;
	}
	if (tr->buffer_expanded)
		len = scnprintf(buf, sizeof(buf), "%lu\n", total);
	else
		len = scnprintf(buf, sizeof(buf), "%lu (expanded: %lu)\n",
				total, expanded);
	return read_text(ubuf, cnt, ppos, buf, len);
}

const struct file_operations buffer_total_size_fops = {
	.open		= tracing_open_generic_tr,
	.read		= buffer_total_read,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- buffer_percent ---- */

static ssize_t buffer_percent_read(struct file *file, char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[16];
	int len;

	len = scnprintf(buf, sizeof(buf), "%u\n", READ_ONCE(tr->buffer_percent));
	return read_text(ubuf, cnt, ppos, buf, len);
}

static ssize_t buffer_percent_write(struct file *file, const char __user *ubuf,
				    size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	unsigned long val;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &val);
	if (ret)
		return ret;
	if (val > 100)
		return -EINVAL;
	WRITE_ONCE(tr->buffer_percent, val);
	*ppos += cnt;
	return cnt;
}

const struct file_operations buffer_percent_fops = {
	.open		= tracing_open_generic_tr,
	.read		= buffer_percent_read,
	.write		= buffer_percent_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- free_buffer ---- */

/* Writes are accepted; the work happens when the file is closed. */
static ssize_t free_buffer_write(struct file *file, const char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	*ppos += cnt;
	return cnt;
}

/* Context: ->release; the instance is still pinned by this open. */
static int free_buffer_release(struct inode *inode, struct file *file)
{
	struct trace_array *tr = file->private_data;

	if (tr_opt(tr, TOPT_STOP_ON_FREE))
		tracer_tracing_off(tr);
	scoped_guard(mutex, &trace_types_lock) {
		unsigned long keep = tr->buffer_size;

		/* Shrink to the minimum; the configured size is remembered. */
		if (!ring_buffer_resize(tr->buffer, 0, RING_BUFFER_ALL_CPUS)) {
			tr->buffer_freed = true;
			tr->buffer_size = keep;
		}
	}
	return tracing_release_generic_tr(inode, file);
}

const struct file_operations free_buffer_fops = {
	.open		= tracing_open_generic_tr,
	.write		= free_buffer_write,
	.llseek		= generic_file_llseek,
	.release	= free_buffer_release,
};

/* ---- per_cpu/cpuN/stats ---- */

static void stats_print_ts(struct trace_seq *s, const char *name, u64 t,
			   bool in_ns)
{
	unsigned long usec;

	if (!in_ns) {
		trace_seq_printf(s, "%s: %llu\n", name, t);
		return;
	}
	t = div_u64(t + NSEC_PER_USEC / 2, NSEC_PER_USEC);	/* rounded */
	usec = do_div(t, USEC_PER_SEC);
	trace_seq_printf(s, "%s: %5llu.%06lu\n", name, t, usec);
}

static ssize_t stats_read(struct file *file, char __user *ubuf, size_t cnt,
			  loff_t *ppos)
{
	struct trace_cpu_handle *h = file->private_data;
	struct trace_buffer *b = h->tr->buffer;
	bool in_ns = trace_clocks[READ_ONCE(h->tr->clock_id)].in_ns;
	struct trace_seq *s;
	ssize_t ret;
	int cpu = h->cpu;

	s = kmalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	trace_seq_init(s);
	trace_seq_printf(s, "entries: %lu\n", ring_buffer_entries_cpu(b, cpu));
	trace_seq_printf(s, "overrun: %lu\n", ring_buffer_overrun_cpu(b, cpu));
	trace_seq_printf(s, "commit overrun: %lu\n",
			 ring_buffer_commit_overrun_cpu(b, cpu));
	trace_seq_printf(s, "bytes: %lu\n", ring_buffer_bytes_cpu(b, cpu));
	stats_print_ts(s, "oldest event ts",
		       ring_buffer_oldest_event_ts(b, cpu), in_ns);
	stats_print_ts(s, "now ts", ring_buffer_time_stamp(b), in_ns);
	trace_seq_printf(s, "dropped events: %lu\n",
			 ring_buffer_dropped_events_cpu(b, cpu));
	trace_seq_printf(s, "read events: %lu\n",
			 ring_buffer_read_events_cpu(b, cpu));
	ret = simple_read_from_buffer(ubuf, cnt, ppos, s->buffer,
				      trace_seq_used(s));
	kfree(s);
	return ret;
}

const struct file_operations stats_fops = {
	.open		= tracing_open_cpu_handle,
	.read		= stats_read,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_cpu_handle,
};

/* ---- tracing_cpumask ---- */

static ssize_t cpumask_read(struct file *file, char __user *ubuf, size_t cnt,
			    loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char *buf;
	ssize_t ret;
	int len;

	len = snprintf(NULL, 0, "%*pb\n", cpumask_pr_args(tr->tracing_cpumask));
	buf = kmalloc(len + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	scoped_guard(mutex, &trace_types_lock)
		len = scnprintf(buf, len + 1, "%*pb\n",
				cpumask_pr_args(tr->tracing_cpumask));
	ret = read_text(ubuf, cnt, ppos, buf, len);
	kfree(buf);
	return ret;
}

/* Context: process; trace_types_lock held. */
static void tracing_set_cpumask(struct trace_array *tr,
				const struct cpumask *new)
{
	int cpu;

	lockdep_assert_held(&trace_types_lock);
	for_each_possible_cpu(cpu) {
		bool was = cpumask_test_cpu(cpu, tr->tracing_cpumask);
		bool now = cpumask_test_cpu(cpu, new);

		if (was && !now)
			ring_buffer_record_disable_cpu(tr->buffer, cpu);
		else if (!was && now)
			ring_buffer_record_enable_cpu(tr->buffer, cpu);
	}
	cpumask_copy(tr->tracing_cpumask, new);
}

static ssize_t cpumask_write(struct file *file, const char __user *ubuf,
			     size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	cpumask_var_t new;
	int ret;

	if (!zalloc_cpumask_var(&new, GFP_KERNEL))
		return -ENOMEM;
	ret = cpumask_parse_user(ubuf, cnt, new);
	if (!ret) {
		cpumask_and(new, new, cpu_possible_mask);
		scoped_guard(mutex, &trace_types_lock)
			tracing_set_cpumask(tr, new);
	}
	free_cpumask_var(new);
	return ret ? ret : cnt;
}

const struct file_operations tracing_cpumask_fops = {
	.open		= tracing_open_generic_tr,
	.read		= cpumask_read,
	.write		= cpumask_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- trace_clock ---- */

static int clock_show(struct seq_file *m, void *v)
{
	struct trace_array *tr = m->private;
	int i, cur = READ_ONCE(tr->clock_id);

	for (i = 0; i < trace_clocks_nr; i++)
		seq_printf(m, i == cur ? "%s[%s]" : "%s%s", i ? " " : "",
			   trace_clocks[i].name);
	seq_putc(m, '\n');
	return 0;
}

/*
 * tracing_set_clock - stamp @tr's records with the clock named @name.
 * Records stamped by different clocks cannot be ordered, so the buffer
 * is emptied, as upstream does even when the clock stays the same. Context: process, may sleep.
 * Return: 0, or -EINVAL for an unknown clock.
 */
int tracing_set_clock(struct trace_array *tr, const char *name)
{
	int i;

	for (i = 0; i < trace_clocks_nr; i++)
		if (!strcmp(trace_clocks[i].name, name))
			break;
	if (i == trace_clocks_nr)
		return -EINVAL;

	guard(mutex)(&trace_types_lock);
	ring_buffer_set_clock(tr->buffer, trace_clocks[i].func);
	WRITE_ONCE(tr->clock_id, i);
	ring_buffer_reset(tr->buffer);
	return 0;
}

static ssize_t clock_write(struct file *file, const char __user *ubuf,
			   size_t cnt, loff_t *ppos)
{
	struct seq_file *m = file->private_data;

	return tracing_write_word(m->private, ubuf, cnt, ppos,
				  tracing_set_clock);
}

static int clock_open(struct inode *inode, struct file *file)
{
	return tracing_single_open_tr(file, clock_show);
}

const struct file_operations trace_clock_fops = {
	.open		= clock_open,
	.read		= seq_read,
	.write		= clock_write,
	.llseek		= seq_lseek,
	.release	= tracing_single_release_tr,
};
