// SPDX-License-Identifier: GPL-2.0
/*
 * The function profiler: "echo 1 > function_profile_enabled" counts, per
 * cpu, how often each function is called; trace_stat/function<cpu> lists
 * the counts, most called first. It profiles what the top level's
 * set_ftrace_filter and set_ftrace_notrace select (every function when
 * the filter is empty), independently of the current tracer.
 *
 * With the function graph core (CONFIG_FUNCTION_GRAPH_TRACER) the
 * profiler is an fgraph_ops: its entry handler counts the hit, its return
 * handler adds the call's duration to the function's total time and to
 * the sum of squares, and the files show upstream's columns "Function
 * Hit Time Avg s^2", most total time first. The options sleep-time (in
 * the graph core) and graph-time (here: off subtracts the time of the
 * traced children, kept in the parent call's fgraph data) shape what a
 * duration is. Without the graph core only "Function" and "Hit" exist,
 * most hits first.
 *
 * Theory of operation
 * -------------------
 * Each cpu has its own table, allocated when profiling is switched on:
 * an array of records and an open-addressing index of them by address,
 * sized for every site, so the callback never allocates. The callback
 * updates only its own cpu's table, with interrupts off, and a per-cpu
 * "busy" count turns away an NMI that arrives in the middle (its call is
 * not counted). A call's time goes to the table of the cpu it returns on,
 * to the function's record if that table has one (a task that migrated
 * in the call may find none: that time is dropped, as upstream does). Readers copy a table at open; counts read while profiling
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
#include <linux/math64.h>
#include <linux/overflow.h>
#include <linux/vmalloc.h>
#include "trace_array.h"
#include "ftrace_instance.h"

#define FN_PROF_GRAPH	IS_ENABLED(CONFIG_FUNCTION_GRAPH_TRACER)

/* @time and @time_sq are sums over the calls, in ns and ns^2. */
struct fn_prof_rec {
	unsigned long	ip;
	unsigned long	hits;
	u64		time;
	u64		time_sq;
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

/*
 * The record of @ip, created (with no hits) if @create and there is room.
 * Context: a handler, interrupts off, this cpu's table.
 */
static struct fn_prof_rec *fn_prof_find(struct fn_prof_cpu *pc,
					unsigned long ip, bool create)
{
	unsigned int mask = (1U << pc->bits) - 1, i, r;

	for (i = hash_long(ip, pc->bits); (r = pc->index[i]); i = (i + 1) & mask)
		if (pc->recs[r - 1].ip == ip)
			return &pc->recs[r - 1];
	if (!create)
		return NULL;
	if (pc->nr == pc->cap) {
		pc->missed++;
		return NULL;
	}
	r = pc->nr;
	pc->recs[r].ip = ip;
	pc->recs[r].hits = 0;
	pc->recs[r].time = 0;
	pc->recs[r].time_sq = 0;
	/* A reader copying records 0..nr-1 sees this one complete. */
	smp_store_release(&pc->nr, r + 1);
	pc->index[i] = r + 1;
	return &pc->recs[r];
}

/*
 * Count a call of @ip (@ns == 0) or add the duration @ns of one that
 * returned (@ns != 0, @ret). Context: any, NMI included.
 */
static void fn_prof_account(unsigned long ip, bool ret, u64 ns)
{
	struct fn_prof_cpu *pc;
	struct fn_prof_rec *r;
	unsigned long flags;

	local_irq_save(flags);
	pc = this_cpu_ptr(&fn_prof);
	if (++pc->busy == 1 && pc->index) {
		r = fn_prof_find(pc, ip, !ret);
		if (r && !ret)
			r->hits++;
		if (r && ret) {
			r->time += ns;
			/* Saturate rather than wrap (calls over ~4 s). */
			if (ns > U32_MAX ||
			    check_add_overflow(r->time_sq, ns * ns, &r->time_sq))
				r->time_sq = U64_MAX;
		}
	}
	pc->busy--;
	local_irq_restore(flags);
}

static void notrace fn_prof_call(unsigned long ip, unsigned long parent_ip,
				 struct ftrace_ops *op,
				 struct ftrace_regs *fregs)
{
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	fn_prof_account(ip, false, 0);
	ftrace_test_recursion_unlock(bit);
}

/* Without the graph core: count on entry only. */
static struct ftrace_ops fn_prof_ops = {
	.func	= fn_prof_call,
};

/*
 * Graph entry: count the hit, and keep room for the time of this call's
 * traced children (graph-time off). Context: fgraph entry handler.
 */
static int fn_prof_graph_entry(struct ftrace_graph_ent *ent,
			       struct fgraph_ops *gops)
{
	u64 *child_ns;

	fn_prof_account(ent->func, false, 0);
	child_ns = fgraph_reserve_data(gops->idx, sizeof(*child_ns));
	if (child_ns)
		*child_ns = 0;
	return 1;
}

/* Graph return: account the duration. Context: fgraph return handler. */
static void fn_prof_graph_return(struct ftrace_graph_ret *trace,
				 struct fgraph_ops *gops)
{
	u64 ns, *child_ns, *parent_child_ns;

	if (!trace->calltime || trace->rettime <= trace->calltime)
		return;
	ns = trace->rettime - trace->calltime;
	if (!ftrace_graph_graph_time()) {
		parent_child_ns = fgraph_retrieve_parent_data(gops->idx, NULL, 1);
		if (parent_child_ns)
			*parent_child_ns += ns;
		child_ns = fgraph_retrieve_data(gops->idx, NULL);
		if (child_ns)
			ns = *child_ns < ns ? ns - *child_ns : 0;
	}
	fn_prof_account(trace->func, true, ns);
}

static struct fgraph_ops fn_prof_gops = {
	.entryfunc	= fn_prof_graph_entry,
	.retfunc	= fn_prof_graph_return,
};

/* The ops whose filter is the profiler's. */
static struct ftrace_ops *fn_prof_filter_ops(void)
{
	return FN_PROF_GRAPH ? &fn_prof_gops.ops : &fn_prof_ops;
}

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
	ret = f && n ? ftrace_ops_set_hashes(fn_prof_filter_ops(), f, n) : -ENOMEM;
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
		if (FN_PROF_GRAPH) {
			unregister_ftrace_graph(&fn_prof_gops);
			ret = 0;
		} else {
			ret = unregister_ftrace_function(&fn_prof_ops);
		}
		if (!ret)
			fn_prof_on = false;
		return ret;
	}
	ret = fn_prof_alloc_tables();
	if (!ret)
		ret = fn_prof_copy_filters();
	if (!ret)
		ret = FN_PROF_GRAPH ? register_ftrace_graph(&fn_prof_gops) :
				      register_ftrace_function(&fn_prof_ops);
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

	ret = trace_switch_from_user(ubuf, cnt, &val);
	if (ret)
		return ret;
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

/*
 * Most total time first with the graph core (most hits first without);
 * ties by hits, then address, so the order is stable.
 */
static int fn_prof_cmp(const void *a, const void *b)
{
	const struct fn_prof_rec *x = a, *y = b;

	if (FN_PROF_GRAPH && x->time != y->time)
		return x->time < y->time ? 1 : -1;
	if (x->hits != y->hits)
		return x->hits < y->hits ? 1 : -1;
	return x->ip < y->ip ? -1 : x->ip > y->ip;
}

/*
 * A duration column: @ns as microseconds with up to 3 decimals (fewer
 * for big values, so the number stays within 8 characters when it can),
 * " us ", then blanks up to the column width.
 */
static void fn_prof_put_us(struct seq_file *m, u64 ns)
{
	u32 rem;
	u64 us = div_u64_rem(ns, NSEC_PER_USEC, &rem);
	char frac[4];
	int len, digits;

	seq_printf(m, "%llu", us);
	len = snprintf(NULL, 0, "%llu", us);
	if (len < 7) {
		digits = min(3, 7 - len);
		snprintf(frac, sizeof(frac), "%03u", rem);
		frac[digits] = '\0';
		seq_printf(m, ".%s", frac);
		len += digits + 1;
	}
	seq_puts(m, " us ");
	for (; len < 8; len++)
		seq_putc(m, ' ');
}

/*
 * Sample variance of the call durations, in us^2 scaled by 1000 (so that
 * fn_prof_put_us() prints it with decimals):
 * (sum(x^2) - sum(x)^2 / n) / (n - 1) / 1000. Never negative.
 */
static u64 fn_prof_variance(const struct fn_prof_rec *r)
{
	u64 sq_of_sum;

	if (r->hits < 2)
		return 0;
	sq_of_sum = mul_u64_u64_div_u64(r->time, r->time, r->hits);
	if (r->time_sq <= sq_of_sum)
		return 0;
	return div64_u64(r->time_sq - sq_of_sum,
			 (u64)(r->hits - 1) * NSEC_PER_USEC);
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
		if (FN_PROF_GRAPH)
			seq_puts(m, "  Function                               "
				    "Hit    Time            Avg             s^2\n"
				    "  --------                               "
				    "---    ----            ---             ---\n");
		else
			seq_puts(m, "  Function                               Hit\n"
				    "  --------                               ---\n");
		return 0;
	}
	/* Copied between creation and the first count. */
	if (!r->hits)
		return 0;
	if (!kallsyms_lookup(r->ip, NULL, NULL, NULL, name))
		snprintf(name, sizeof(name), "0x%lx", r->ip);
	seq_printf(m, "  %-30.30s  %10lu", name, r->hits);
	if (FN_PROF_GRAPH) {
		seq_puts(m, "    ");
		fn_prof_put_us(m, r->time);
		seq_puts(m, "    ");
		fn_prof_put_us(m, div64_u64(r->time, r->hits));
		seq_puts(m, "    ");
		fn_prof_put_us(m, fn_prof_variance(r));
	}
	seq_putc(m, '\n');
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

/*
 * ---- options/sleep-time and options/graph-time ----
 *
 * Upstream has them as options of the function_graph tracer, whose
 * values are global; until that tracer exists they are files of the top
 * level's options/ directory only (not in trace_options).
 */
enum { FN_PROF_OPT_SLEEP, FN_PROF_OPT_GRAPH };

static ssize_t fn_prof_opt_read(struct file *file, char __user *ubuf,
				size_t cnt, loff_t *ppos)
{
	long which = (long)tracefs_file_data(file);
	bool on = which == FN_PROF_OPT_SLEEP ? ftrace_graph_sleep_time() :
					       ftrace_graph_graph_time();
	char buf[3] = { on ? '1' : '0', '\n' };

	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

static ssize_t fn_prof_opt_write(struct file *file, const char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	long which = (long)tracefs_file_data(file);
	unsigned long val;
	int ret;

	ret = trace_switch_from_user(ubuf, cnt, &val);
	if (ret)
		return ret;
	if (which == FN_PROF_OPT_SLEEP)
		ftrace_graph_sleep_time_control(val);
	else
		ftrace_graph_graph_time_control(val);
	*ppos += cnt;
	return cnt;
}

static const struct file_operations fn_prof_opt_fops = {
	.read		= fn_prof_opt_read,
	.write		= fn_prof_opt_write,
	.llseek		= generic_file_llseek,
};

static int fn_prof_options_create(void)
{
	struct dentry *dir = top_trace_array()->options_dir, *d;

	if (!FN_PROF_GRAPH)
		return 0;
	if (IS_ERR_OR_NULL(dir))
		return -ENOENT;
	d = tracefs_create_file("sleep-time", TRACE_MODE_WRITE, dir,
				(void *)(long)FN_PROF_OPT_SLEEP,
				&fn_prof_opt_fops);
	if (IS_ERR(d))
		return PTR_ERR(d);
	d = tracefs_create_file("graph-time", TRACE_MODE_WRITE, dir,
				(void *)(long)FN_PROF_OPT_GRAPH,
				&fn_prof_opt_fops);
	return PTR_ERR_OR_ZERO(d);
}

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
	return fn_prof_options_create();
}
