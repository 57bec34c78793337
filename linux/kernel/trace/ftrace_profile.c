// SPDX-License-Identifier: GPL-2.0
/*
 * The function profiler: "echo 1 > function_profile_enabled" counts, per
 * cpu, how often each function is called; trace_stat/function<cpu> lists
 * the counts, most called first. It profiles what the top level's
 * set_ftrace_filter and set_ftrace_notrace select (every function when
 * the filter is empty), independently of the current tracer.
 *
 * Time per function (upstream's Time, Avg and s^2 columns) needs a hook
 * on function return, which comes with the function graph tracer; until
 * then the files have upstream's layout for a kernel without it:
 * "Function" and "Hit".
 *
 * Theory of operation
 * -------------------
 * Each cpu has its own table, allocated when profiling is switched on:
 * an array of records and an open-addressing index of them by address,
 * sized for every site, so the callback never allocates. The callback
 * updates only its own cpu's table, with interrupts off, and a per-cpu
 * "busy" count turns away an NMI that arrives in the middle (its call is
 * not counted). Readers copy a table at open; counts read while profiling
 * runs are a moment's snapshot. Switching on clears the counts; switching
 * off keeps them for reading; the tables are freed and rebuilt only while
 * the profiler's ops is unregistered, under fn_prof_mutex.
 */
#include <linux/cpumask.h>
#include <linux/ftrace.h>
#include <linux/hash.h>
#include <linux/kallsyms.h>
#include <linux/kstrtox.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include "trace_array.h"
#include "ftrace_instance.h"

struct fn_prof_rec {
	unsigned long	ip;
	unsigned long	hits;
};

struct fn_prof_cpu {
	struct fn_prof_rec	*recs;
	unsigned int		nr;		/* records in use */
	unsigned int		cap;
	unsigned int		bits;		/* index: 1 << bits slots */
	unsigned int		*index;		/* record number + 1; 0 free */
	unsigned long		missed;		/* table full */
	int			busy;
};

static DEFINE_PER_CPU(struct fn_prof_cpu, fn_prof);
static DEFINE_MUTEX(fn_prof_mutex);
static bool fn_prof_on;		/* under fn_prof_mutex */

/* Context: the callback, interrupts off, this cpu's table. */
static void fn_prof_hit(struct fn_prof_cpu *pc, unsigned long ip)
{
	unsigned int mask = (1U << pc->bits) - 1, i, r;

	for (i = hash_long(ip, pc->bits); (r = pc->index[i]); i = (i + 1) & mask) {
		if (pc->recs[r - 1].ip == ip) {
			pc->recs[r - 1].hits++;
			return;
		}
	}
	if (pc->nr == pc->cap) {
		pc->missed++;
		return;
	}
	r = pc->nr;
	pc->recs[r].ip = ip;
	pc->recs[r].hits = 1;
	/* A reader copying records 0..nr-1 sees this one complete. */
	smp_store_release(&pc->nr, r + 1);
	pc->index[i] = r + 1;
}

static void notrace fn_prof_call(unsigned long ip, unsigned long parent_ip,
				 struct ftrace_ops *op,
				 struct ftrace_regs *fregs)
{
	struct fn_prof_cpu *pc;
	unsigned long flags;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	local_irq_save(flags);
	pc = this_cpu_ptr(&fn_prof);
	if (++pc->busy == 1 && pc->index)
		fn_prof_hit(pc, ip);
	pc->busy--;
	local_irq_restore(flags);
	ftrace_test_recursion_unlock(bit);
}

static struct ftrace_ops fn_prof_ops = {
	.func	= fn_prof_call,
};

static void fn_prof_free_tables(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct fn_prof_cpu *pc = per_cpu_ptr(&fn_prof, cpu);

		vfree(pc->recs);
		vfree(pc->index);
		memset(pc, 0, sizeof(*pc));
	}
}

/* Empty tables big enough for every site. Context: ops unregistered. */
static int fn_prof_alloc_tables(void)
{
	unsigned long sites = max(ftrace_nr_sites(), 64UL);
	unsigned int bits = ilog2(roundup_pow_of_two(sites * 2));
	int cpu;

	fn_prof_free_tables();
	for_each_possible_cpu(cpu) {
		struct fn_prof_cpu *pc = per_cpu_ptr(&fn_prof, cpu);

		pc->recs = vzalloc(array_size(sites, sizeof(*pc->recs)));
		pc->index = vzalloc(array_size(1UL << bits, sizeof(*pc->index)));
		if (!pc->recs || !pc->index) {
			fn_prof_free_tables();
			return -ENOMEM;
		}
		pc->cap = sites;
		pc->bits = bits;
	}
	return 0;
}

/* Give the profiler the top level's current filter and no_trace sets. */
static int fn_prof_copy_filters(void)
{
	struct ftrace_instance *fi = fn_of(top_trace_array());
	struct ftrace_hash *f, *n;
	int ret;

	mutex_lock(&fn_state_mutex);
	f = ftrace_ops_get_filter(&fi->ops);
	n = ftrace_ops_get_notrace(&fi->ops);
	mutex_unlock(&fn_state_mutex);
	ret = f && n ? ftrace_ops_set_hashes(&fn_prof_ops, f, n) : -ENOMEM;
	if (ret) {
		ftrace_hash_free(f);
		ftrace_hash_free(n);
	}
	return ret;
}

/**
 * ftrace_profile_filter_changed - follow the top level's filters
 *
 * Context: process, may sleep; fn_state_mutex not held.
 */
void ftrace_profile_filter_changed(void)
{
	mutex_lock(&fn_prof_mutex);
	if (fn_prof_on && fn_prof_copy_filters())
		pr_warn("function profiler: could not follow set_ftrace_filter\n");
	mutex_unlock(&fn_prof_mutex);
}

static int fn_prof_set(bool on)
{
	int ret;

	lockdep_assert_held(&fn_prof_mutex);
	if (on == fn_prof_on)
		return 0;
	if (!on) {
		ret = unregister_ftrace_function(&fn_prof_ops);
		if (!ret)
			fn_prof_on = false;
		return ret;
	}
	ret = fn_prof_alloc_tables();
	if (!ret)
		ret = fn_prof_copy_filters();
	if (!ret)
		ret = register_ftrace_function(&fn_prof_ops);
	if (!ret)
		fn_prof_on = true;
	return ret;
}

static ssize_t fn_prof_enabled_read(struct file *file, char __user *ubuf,
				    size_t cnt, loff_t *ppos)
{
	char buf[3] = { READ_ONCE(fn_prof_on) ? '1' : '0', '\n' };

	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

static ssize_t fn_prof_enabled_write(struct file *file,
				     const char __user *ubuf, size_t cnt,
				     loff_t *ppos)
{
	unsigned long val;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &val);
	if (ret)
		return ret;
	if (val > 1)
		return -EINVAL;
	mutex_lock(&fn_prof_mutex);
	ret = fn_prof_set(val);
	mutex_unlock(&fn_prof_mutex);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations fn_prof_enabled_fops = {
	.read		= fn_prof_enabled_read,
	.write		= fn_prof_enabled_write,
	.llseek		= default_llseek,
};

/* ---- trace_stat/function<cpu> ---- */

struct fn_prof_snap {
	unsigned int		nr;
	struct fn_prof_rec	recs[];
};

/* Most hits first; ties by address, so the order is stable. */
static int fn_prof_cmp(const void *a, const void *b)
{
	const struct fn_prof_rec *x = a, *y = b;

	if (x->hits != y->hits)
		return x->hits < y->hits ? 1 : -1;
	return x->ip < y->ip ? -1 : x->ip > y->ip;
}

static void *fn_prof_start(struct seq_file *m, loff_t *pos)
{
	struct fn_prof_snap *s = m->private;

	if (!*pos)
		return SEQ_START_TOKEN;
	return *pos <= s->nr ? &s->recs[*pos - 1] : NULL;
}

static void *fn_prof_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*pos)++;
	return fn_prof_start(m, pos);
}

static void fn_prof_stop(struct seq_file *m, void *v)
{
}

static int fn_prof_show(struct seq_file *m, void *v)
{
	struct fn_prof_rec *r = v;
	char name[KSYM_NAME_LEN];

	if (v == SEQ_START_TOKEN) {
		seq_puts(m, "  Function                               Hit\n"
			    "  --------                               ---\n");
		return 0;
	}
	if (!kallsyms_lookup(r->ip, NULL, NULL, NULL, name))
		snprintf(name, sizeof(name), "0x%lx", r->ip);
	seq_printf(m, "  %-30.30s  %10lu\n", name, r->hits);
	return 0;
}

static const struct seq_operations fn_prof_seq_ops = {
	.start	= fn_prof_start,
	.next	= fn_prof_next,
	.stop	= fn_prof_stop,
	.show	= fn_prof_show,
};

static int fn_prof_open(struct inode *inode, struct file *file)
{
	int cpu = (long)tracefs_file_data(file);
	struct fn_prof_cpu *pc = per_cpu_ptr(&fn_prof, cpu);
	struct fn_prof_snap *s;
	unsigned int nr;
	int ret;

	mutex_lock(&fn_prof_mutex);
	nr = smp_load_acquire(&pc->nr);
	s = kvzalloc(struct_size(s, recs, nr), GFP_KERNEL);
	if (s) {
		s->nr = nr;
		if (nr)
			memcpy(s->recs, pc->recs, nr * sizeof(*s->recs));
	}
	mutex_unlock(&fn_prof_mutex);
	if (!s)
		return -ENOMEM;
	sort(s->recs, s->nr, sizeof(*s->recs), fn_prof_cmp, NULL);
	ret = seq_open(file, &fn_prof_seq_ops);
	if (ret) {
		kvfree(s);
		return ret;
	}
	((struct seq_file *)file->private_data)->private = s;
	return 0;
}

static int fn_prof_release(struct inode *inode, struct file *file)
{
	kvfree(((struct seq_file *)file->private_data)->private);
	return seq_release(inode, file);
}

static const struct file_operations fn_prof_stat_fops = {
	.open		= fn_prof_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= fn_prof_release,
};

/**
 * ftrace_profile_init_tracefs - function_profile_enabled, trace_stat/
 *
 * Context: boot (from ftrace_init_tracefs_top()).
 * Return: 0 or the tracefs error.
 */
int ftrace_profile_init_tracefs(void)
{
	struct dentry *d, *dir;
	char name[32];
	long cpu;

	d = tracefs_create_file("function_profile_enabled", TRACE_MODE_WRITE,
				NULL, NULL, &fn_prof_enabled_fops);
	if (IS_ERR(d))
		return PTR_ERR(d);
	dir = tracefs_create_dir("trace_stat", NULL);
	if (IS_ERR(dir))
		return PTR_ERR(dir);
	for_each_possible_cpu(cpu) {
		snprintf(name, sizeof(name), "function%ld", cpu);
		d = tracefs_create_file(name, TRACE_MODE_READ, dir,
					(void *)cpu, &fn_prof_stat_fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}
