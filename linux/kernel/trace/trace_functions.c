// SPDX-License-Identifier: GPL-2.0
/*
 * The "function" tracer: one TRACE_FN record per call of every function
 * its instance's set_ftrace_filter selects, printed as
 * "TASK-PID [CPU] flags TIMESTAMP: func <-parent"; the func_stack_trace
 * option; the function commands written to set_ftrace_filter
 * ("glob:traceoff:3" ...); ftrace= on the command line; and the boot
 * self-test.
 *
 * Each instance has its own ftrace_ops (struct ftrace_instance::ops),
 * registered while "function" is its current tracer. Its callback runs at
 * every selected call, in any context the traced function runs in, NMI
 * included, so it takes no lock and allocates nothing: a recursion guard,
 * the pid check, one reserve/commit in the instance's buffer.
 *
 * Function commands have their own ops per instance, registered while
 * there is a command; see "function commands" below.
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ftrace.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/kstrtox.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/seq_buf.h>
#include <linux/slab.h>
#include <linux/stacktrace.h>
#include <linux/uaccess.h>
#include <asm/ftrace.h>
#include "trace_array.h"
#include "trace_entries.h"
#include "trace_event_internal.h"
#include "ftrace_instance.h"

/* ---- recording ---- */

/*
 * The pid of the last task whose comm this cpu saved for the function
 * tracer. Saving on every record would cost a lookup per call; a task
 * keeps running on a cpu for many calls, so saving at each change of
 * task is enough for saved_cmdlines to name it. Written and read by this
 * cpu only; a racing interrupt can at worst save the comm twice.
 */
static DEFINE_PER_CPU(int, fn_comm_pid) = -1;

static __always_inline void fn_save_comm(struct trace_array *tr)
{
	if (likely(this_cpu_read(fn_comm_pid) == current->pid))
		return;
	this_cpu_write(fn_comm_pid, current->pid);
	if (tr_opt(tr, TOPT_RECORD_CMD))
		tracing_record_cmdline(current);
	if (tr_opt(tr, TOPT_RECORD_TGID))
		tracing_record_tgid(current);
}

static __always_inline void fn_record(struct trace_array *tr,
				      unsigned long ip, unsigned long pip,
				      unsigned int ctx)
{
	struct trace_buffer *buffer = tr->buffer;
	struct ring_buffer_event *ev;
	struct ftrace_entry *ent;

	ev = trace_buffer_lock_reserve(buffer, TRACE_FN, sizeof(*ent), ctx);
	if (unlikely(!ev))
		return;
	ent = ring_buffer_event_data(ev);
	ent->ip = ip;
	ent->parent_ip = pip;
	ring_buffer_unlock_commit(buffer);
	fn_save_comm(tr);
}

/*
 * Stack traces for func_stack_trace and the stacktrace command are
 * gathered in a per-cpu scratch area, one slot per context level (task,
 * softirq, irq, NMI): the recursion guard lets one callback run per level
 * and cpu, so a slot is never shared.
 */
#define FN_STACK_MAX	64
#define FN_LEVELS	4
static DEFINE_PER_CPU(unsigned long [FN_LEVELS][FN_STACK_MAX], fn_stacks);

/*
 * Record the stack of the traced function at @ip as a TRACE_STACK record,
 * starting with the traced function itself: the frames of the callback
 * and the trampoline are cut at the return address into @ip's function.
 * Context: a callback, inside the recursion guard of level @bit.
 */
static void fn_record_stack(struct trace_array *tr, unsigned long ip,
			    unsigned int ctx, int bit)
{
	unsigned long *st = (*this_cpu_ptr(&fn_stacks))[(bit -
				FTRACE_RECURSION_BASE) & (FN_LEVELS - 1)];
	struct trace_buffer *buffer = tr->buffer;
	struct ring_buffer_event *ev;
	struct stack_entry *ent;
	unsigned int n, i;

	n = stack_trace_save(st, FN_STACK_MAX, 0);
	for (i = 0; i < n; i++)
		if (st[i] == ip + MCOUNT_INSN_SIZE)
			break;
	if (i == n)
		i = 0;		/* no frame of our own to cut: keep them all */
	/* The trampoline's frame may repeat it: keep one. */
	while (i + 1 < n && st[i + 1] == st[i])
		i++;
	ev = trace_buffer_lock_reserve(buffer, TRACE_STACK,
				       struct_size(ent, caller, n - i), ctx);
	if (!ev)
		return;
	ent = ring_buffer_event_data(ev);
	ent->size = n - i;
	memcpy(ent->caller, st + i, (n - i) * sizeof(*st));
	ring_buffer_unlock_commit(buffer);
}

/**
 * function_trace_call - the function tracer's callback
 * @ip: the traced site
 * @parent_ip: where the traced function returns to
 * @op: the instance's ops (struct ftrace_instance::ops)
 * @fregs: unused
 *
 * Context: any context a traced function runs in, NMI included. Takes no
 * lock; the recursion guard also disables preemption, which keeps the
 * instance and its pid lists alive (they are freed after an RCU grace
 * period, or after unregistering).
 */
void notrace function_trace_call(unsigned long ip, unsigned long parent_ip,
				 struct ftrace_ops *op,
				 struct ftrace_regs *fregs)
{
	struct ftrace_instance *fi = container_of(op, struct ftrace_instance,
						  ops);
	struct trace_array *tr = fi->tr;
	unsigned int ctx;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	if (likely(!READ_ONCE(fi->pid_filtering)) || !ftrace_pid_ignored(fi)) {
		/* Not counting the guard's preempt_disable(). */
		ctx = tracing_gen_ctx_dec();
		fn_record(tr, ip, parent_ip, ctx);
		if (unlikely(READ_ONCE(fi->stack_trace)))
			fn_record_stack(tr, ip, ctx, bit);
	}
	ftrace_test_recursion_unlock(bit);
}

/* ---- the tracer ---- */

int fn_tracer_sync(struct ftrace_instance *fi)
{
	bool want = fi->tracer_on && !fi->blocked;
	int ret;

	lockdep_assert_held(&fn_state_mutex);
	if (want == fi->ops_live)
		return 0;
	if (want)
		ret = register_ftrace_function(&fi->ops);
	else
		ret = unregister_ftrace_function(&fi->ops);
	if (!ret)
		fi->ops_live = want;
	return ret;
}

/* Context: trace_types_lock held (tracing_set_tracer). */
static int function_trace_init(struct trace_array *tr)
{
	struct ftrace_instance *fi = fn_of(tr);
	int ret;

	if (!fi)
		return -ENODEV;
	mutex_lock(&fn_state_mutex);
	fi->tracer_on = true;
	ret = fn_tracer_sync(fi);
	if (ret)
		fi->tracer_on = false;
	mutex_unlock(&fn_state_mutex);
	if (!ret)
		tracing_start_cmdline_record();
	return ret;
}

static void function_trace_reset(struct trace_array *tr)
{
	struct ftrace_instance *fi = fn_of(tr);

	mutex_lock(&fn_state_mutex);
	fi->tracer_on = false;
	if (fn_tracer_sync(fi))
		pr_warn("could not stop the function tracer\n");
	mutex_unlock(&fn_state_mutex);
	tracing_stop_cmdline_record();
}

static int function_trace_selftest(struct tracer *t, struct trace_array *tr);

/* func_stack_trace in trace_options. Context: trace_types_lock held. */
static bool fn_stack_opt_get(struct trace_array *tr)
{
	return READ_ONCE(tr->fn->stack_trace);
}

static void fn_stack_opt_set(struct trace_array *tr, bool on)
{
	WRITE_ONCE(tr->fn->stack_trace, on);
}

static const struct tracer_own_opt function_opts[] = {
	{ "func_stack_trace", fn_stack_opt_get, fn_stack_opt_set },
	{ }
};

static struct tracer function_trace = {
	.name		= "function",
	.init		= function_trace_init,
	.reset		= function_trace_reset,
	.selftest	= function_trace_selftest,
	.allow_instances = true,
	.opts		= function_opts,
};

/* ---- options/func_stack_trace ---- */

static ssize_t fn_stack_opt_read(struct file *file, char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	char buf[3] = { fn_stack_opt_get(tr) ? '1' : '0', '\n' };

	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

static ssize_t fn_stack_opt_write(struct file *file, const char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	unsigned long val;
	int ret;

	ret = trace_switch_from_user(ubuf, cnt, &val);
	if (ret)
		return ret;
	fn_stack_opt_set(tr, val);
	*ppos += cnt;
	return cnt;
}

static const struct file_operations fn_stack_opt_fops = {
	.open		= tracing_open_generic_tr,
	.read		= fn_stack_opt_read,
	.write		= fn_stack_opt_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

/**
 * fn_tracer_options_create - the function tracer's files in options/
 * @tr: an instance whose options/ directory exists
 *
 * Context: process, may sleep. Return: 0 or the tracefs error.
 */
int fn_tracer_options_create(struct trace_array *tr)
{
	struct dentry *d;

	d = tracefs_create_file("func_stack_trace", TRACE_MODE_WRITE,
				tr->options_dir, tr, &fn_stack_opt_fops);
	return PTR_ERR_OR_ZERO(d);
}

/*
 * ---- function commands ----
 *
 * "glob:cmd[:args]" in set_ftrace_filter attaches a command to every
 * function glob matches, in that instance; "!glob:cmd" removes it.
 *
 * Theory of operation: an instance's commands are struct fn_cmd entries,
 * each for one site, on a list (in the order added, for reading back)
 * and in a small hash table by site address that the callback walks
 * under RCU-sched (it runs with preemption disabled). The commands' ops
 * selects exactly the sites that have an entry. All changes happen under
 * fn_state_mutex when a set_ftrace_filter session is closed: new
 * entries enter the table before the ops selects their site; removed
 * entries leave the table, then the ops stops selecting them, then an RCU
 * grace period passes before they are freed. Counters are decremented
 * with cmpxchg, so that a count of N acts N times even when several cpus
 * hit the function at once.
 */

struct fn_cmd;

/* One kind of command. */
struct fn_cmd_desc {
	const char	*name;
	bool		event;		/* takes system:event */
	bool		once;		/* counted, 1, whatever is written */
	void		(*hit)(struct fn_cmd *c, struct trace_array *tr,
			       unsigned long ip, int bit);
};

struct fn_cmd {
	struct hlist_node		hnode;
	struct list_head		node;
	unsigned long			ip;
	const struct fn_cmd_desc	*desc;
	bool				counted;
	long				count;	/* left, when counted */
	struct trace_event_file		*file;	/* event commands */
};

#define FN_CMD_HASH_BITS	7

struct fn_cmds {
	struct ftrace_ops	ops;
	struct trace_array	*tr;
	bool			live;
	struct list_head	list;
	struct hlist_head	table[1 << FN_CMD_HASH_BITS];
};

/* Take one from a counted command; false when it is used up. */
static bool fn_cmd_take(struct fn_cmd *c)
{
	long old;

	if (!c->counted)
		return true;
	do {
		old = READ_ONCE(c->count);
		if (old <= 0)
			return false;
	} while (cmpxchg(&c->count, old, old - 1) != old);
	return true;
}

/* traceon and traceoff count only the times they change the state. */
static void fn_cmd_traceon(struct fn_cmd *c, struct trace_array *tr,
			   unsigned long ip, int bit)
{
	if (!tracer_tracing_is_on(tr) && fn_cmd_take(c))
		tracer_tracing_on(tr);
}

static void fn_cmd_traceoff(struct fn_cmd *c, struct trace_array *tr,
			    unsigned long ip, int bit)
{
	if (tracer_tracing_is_on(tr) && fn_cmd_take(c))
		tracer_tracing_off(tr);
}

/* A TRACE_PRINT record of a constant line, from @ip. Context: any. */
static void fn_put_line(struct trace_array *tr, unsigned long ip,
			const char *line)
{
	size_t len = strlen(line) + 1;
	struct ring_buffer_event *ev;
	struct print_entry *ent;

	ev = trace_buffer_lock_reserve(tr->buffer, TRACE_PRINT,
				       sizeof(*ent) + len, tracing_gen_ctx());
	if (!ev)
		return;
	ent = ring_buffer_event_data(ev);
	ent->ip = ip;
	memcpy(ent->buf, line, len);
	ring_buffer_unlock_commit(tr->buffer);
}

/*
 * snapshot: this tree has no snapshot buffer yet, so - as upstream does
 * when it is not allocated - say so in the trace and stop tracing there.
 */
static noinline void tracing_snapshot_instance(struct trace_array *tr)
{
	fn_put_line(tr, _THIS_IP_, "*** SNAPSHOT NOT ALLOCATED ***\n");
	fn_put_line(tr, _THIS_IP_, "*** stopping trace here!   ***\n");
	tracer_tracing_off(tr);
}

static void fn_cmd_snapshot(struct fn_cmd *c, struct trace_array *tr,
			    unsigned long ip, int bit)
{
	if (fn_cmd_take(c))
		tracing_snapshot_instance(tr);
}

static void fn_cmd_stacktrace(struct fn_cmd *c, struct trace_array *tr,
			      unsigned long ip, int bit)
{
	if (tracer_tracing_is_on(tr) && fn_cmd_take(c))
		fn_record_stack(tr, ip, tracing_gen_ctx_dec(), bit);
}

static void fn_cmd_dump(struct fn_cmd *c, struct trace_array *tr,
			unsigned long ip, int bit)
{
	if (fn_cmd_take(c))
		ftrace_dump(DUMP_ALL);
}

static void fn_cmd_cpudump(struct fn_cmd *c, struct trace_array *tr,
			   unsigned long ip, int bit)
{
	if (fn_cmd_take(c))
		ftrace_dump(DUMP_ORIG);
}

#define FN_SOFT_DISABLED_BIT	ilog2(EVENT_FILE_FL_SOFT_DISABLED)

/*
 * enable_event/disable_event: the event was put in soft mode when the
 * command was added (its tracepoint armed, records suppressed); a hit
 * lifts or restores the suppression. Counted: only changes count.
 */
static void fn_cmd_event(struct fn_cmd *c, bool enable)
{
	unsigned long *flags = &c->file->flags;

	if (enable != !!test_bit(FN_SOFT_DISABLED_BIT, flags))
		return;		/* already as asked */
	if (!fn_cmd_take(c))
		return;
	if (enable)
		clear_bit(FN_SOFT_DISABLED_BIT, flags);
	else
		set_bit(FN_SOFT_DISABLED_BIT, flags);
}

static void fn_cmd_enable_event(struct fn_cmd *c, struct trace_array *tr,
				unsigned long ip, int bit)
{
	fn_cmd_event(c, true);
}

static void fn_cmd_disable_event(struct fn_cmd *c, struct trace_array *tr,
				 unsigned long ip, int bit)
{
	fn_cmd_event(c, false);
}

static const struct fn_cmd_desc fn_cmd_descs[] = {
	{ "traceon",	   false, false, fn_cmd_traceon },
	{ "traceoff",	   false, false, fn_cmd_traceoff },
	{ "snapshot",	   false, false, fn_cmd_snapshot },
	{ "stacktrace",	   false, false, fn_cmd_stacktrace },
	{ "dump",	   false, true,  fn_cmd_dump },
	{ "cpudump",	   false, true,  fn_cmd_cpudump },
	{ "enable_event",  true,  false, fn_cmd_enable_event },
	{ "disable_event", true,  false, fn_cmd_disable_event },
};

/* The commands' ops callback. Context: any; see the theory above. */
static void notrace fn_cmds_call(unsigned long ip, unsigned long parent_ip,
				 struct ftrace_ops *op,
				 struct ftrace_regs *fregs)
{
	struct fn_cmds *cs = container_of(op, struct fn_cmds, ops);
	struct hlist_head *head;
	struct fn_cmd *c;
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	head = &cs->table[hash_long(ip, FN_CMD_HASH_BITS)];
	hlist_for_each_entry_rcu_notrace(c, head, hnode)
		if (c->ip == ip)
			c->desc->hit(c, cs->tr, ip, bit);
	ftrace_test_recursion_unlock(bit);
}

/* What one token asked for, checked but not yet applied. */
struct fn_cmd_action {
	struct list_head		node;
	bool				remove;
	const struct fn_cmd_desc	*desc;
	bool				counted;
	long				count;
	char				*system;
	char				*event;
	unsigned long			*ips;
	unsigned long			nr;
};

struct fn_cmd_actions {
	struct list_head	list;
};

void fn_cmd_actions_free(struct fn_cmd_actions *acts)
{
	struct fn_cmd_action *a, *n;

	if (!acts)
		return;
	list_for_each_entry_safe(a, n, &acts->list, node) {
		kvfree(a->ips);
		kfree(a->system);
		kfree(a->event);
		kfree(a);
	}
	kfree(acts);
}

static bool fn_cmd_same_event(struct fn_cmd *c, const struct fn_cmd_action *a)
{
	struct trace_event_call *call;

	if (!a->desc->event)
		return true;
	call = c->file->event_call;
	return !strcmp(trace_event_system(call), a->system) &&
	       !strcmp(trace_event_name(call), a->event);
}

static bool fn_cmd_matches(struct fn_cmd *c, const struct fn_cmd_action *a)
{
	unsigned long i;

	if (c->desc != a->desc || c->counted != a->counted ||
	    !fn_cmd_same_event(c, a))
		return false;
	for (i = 0; i < a->nr; i++)
		if (a->ips[i] == c->ip)
			return true;
	return false;
}

/* The event file @a names, soft-enabled for a command, or NULL. */
static struct trace_event_file *fn_cmd_event_get(struct trace_array *tr,
						 const struct fn_cmd_action *a)
{
	struct trace_event_file *file;
	struct module *mod;

	mutex_lock(&event_mutex);
	file = trace_lookup_event_file(tr, a->system, a->event);
	if (file) {
		mod = file->event_call->module;
		if (mod && !try_module_get(mod)) {
			file = NULL;
		} else if (trace_event_enable_disable(file, 1, 1)) {
			module_put(mod);
			file = NULL;
		}
	}
	mutex_unlock(&event_mutex);
	return file;
}

static void fn_cmd_event_put(struct trace_event_file *file)
{
	struct module *mod = file->event_call->module;

	mutex_lock(&event_mutex);
	trace_event_enable_disable(file, 0, 1);
	mutex_unlock(&event_mutex);
	module_put(mod);
}

int fn_cmd_stage(struct ftrace_instance *fi, struct fn_cmd_actions **acts,
		 bool remove, char *glob, char *cmd, char *param)
{
	const struct fn_cmd_desc *desc = NULL;
	struct fn_cmd_action *a;
	char *num = param;
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(fn_cmd_descs); i++)
		if (!strcmp(cmd, fn_cmd_descs[i].name))
			desc = &fn_cmd_descs[i];
	if (!desc || !*glob)
		return -EINVAL;
	a = kzalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->remove = remove;
	a->desc = desc;
	ret = -EINVAL;
	if (desc->event) {
		char *sys = strsep(&num, ":"), *ev = strsep(&num, ":");

		if (!sys || !ev || !*sys || !*ev)
			goto fail;
		a->system = kstrdup(sys, GFP_KERNEL);
		a->event = kstrdup(ev, GFP_KERNEL);
		ret = -ENOMEM;
		if (!a->system || !a->event)
			goto fail;
	}
	/*
	 * A count: "cmd:N". On removal, anything after the command names
	 * the counted kind and is not parsed, so that a line read back from
	 * set_ftrace_filter ("...:count=0") can be written back with '!'.
	 */
	if (num && *num) {
		a->counted = true;
		if (!remove &&
		    (kstrtol(num, 0, &a->count) || a->count < 0)) {
			ret = -EINVAL;
			goto fail;
		}
	} else {
		a->count = -1;
	}
	if (desc->once) {
		a->counted = true;
		a->count = 1;
	}
	ret = fn_match_ips(glob, NULL, &a->ips, &a->nr);
	if (ret)
		goto fail;
	ret = -EINVAL;
	if (!a->nr)
		goto fail;
	if (remove) {
		struct fn_cmd *c;
		bool found = false;

		mutex_lock(&fn_state_mutex);
		if (fi->cmds)
			list_for_each_entry(c, &fi->cmds->list, node)
				found |= fn_cmd_matches(c, a);
		mutex_unlock(&fn_state_mutex);
		if (!found)
			goto fail;
	} else if (desc->event) {
		/* Check now that the event exists; it is armed at commit. */
		bool found;

		mutex_lock(&event_mutex);
		found = trace_lookup_event_file(fi->tr, a->system, a->event);
		mutex_unlock(&event_mutex);
		if (!found)
			goto fail;
	}
	if (!*acts) {
		*acts = kzalloc(sizeof(**acts), GFP_KERNEL);
		ret = -ENOMEM;
		if (!*acts)
			goto fail;
		INIT_LIST_HEAD(&(*acts)->list);
	}
	list_add_tail(&a->node, &(*acts)->list);
	return 0;
fail:
	kvfree(a->ips);
	kfree(a->system);
	kfree(a->event);
	kfree(a);
	return ret;
}

static struct fn_cmds *fn_cmds_get(struct ftrace_instance *fi)
{
	struct fn_cmds *cs = fi->cmds;
	int i;

	if (cs)
		return cs;
	cs = kzalloc(sizeof(*cs), GFP_KERNEL);
	if (!cs)
		return NULL;
	cs->tr = fi->tr;
	cs->ops.func = fn_cmds_call;
	cs->ops.flags = FTRACE_OPS_FL_RCU;
	cs->ops.private = fi->tr;
	INIT_LIST_HEAD(&cs->list);
	for (i = 0; i < ARRAY_SIZE(cs->table); i++)
		INIT_HLIST_HEAD(&cs->table[i]);
	fi->cmds = cs;
	return cs;
}

/* Add the entries of @a not there yet. */
static int fn_cmds_add(struct fn_cmds *cs, struct fn_cmd_action *a)
{
	struct trace_event_file *file = NULL;
	bool file_used = false;
	unsigned long i;
	struct fn_cmd *c;
	int ret = 0;

	if (a->desc->event) {
		file = fn_cmd_event_get(cs->tr, a);
		if (!file)
			return -EINVAL;
	}
	for (i = 0; i < a->nr; i++) {
		bool dup = false;

		list_for_each_entry(c, &cs->list, node)
			if (c->ip == a->ips[i] && c->desc == a->desc &&
			    c->counted == a->counted && c->file == file)
				dup = true;
		if (dup)
			continue;
		c = kzalloc(sizeof(*c), GFP_KERNEL);
		if (!c) {
			ret = -ENOMEM;
			break;
		}
		c->ip = a->ips[i];
		c->desc = a->desc;
		c->counted = a->counted;
		c->count = a->count;
		c->file = file;
		/* Each entry holds a soft-enable of its own. */
		if (file && file_used &&
		    !fn_cmd_event_get(cs->tr, a)) {
			kfree(c);
			ret = -EINVAL;
			break;
		}
		file_used |= !!file;
		list_add_tail(&c->node, &cs->list);
		hlist_add_head_rcu(&c->hnode,
				   &cs->table[hash_long(c->ip, FN_CMD_HASH_BITS)]);
	}
	if (file && !file_used)
		fn_cmd_event_put(file);
	return ret;
}

static void fn_cmd_free(struct fn_cmd *c)
{
	if (c->file)
		fn_cmd_event_put(c->file);
	kfree(c);
}

/* Point the commands' ops at exactly the sites with an entry. */
static int fn_cmds_update_ops(struct fn_cmds *cs)
{
	struct ftrace_hash *h;
	struct fn_cmd *c;
	int ret = 0;

	if (list_empty(&cs->list)) {
		if (!cs->live)
			return 0;
		ret = unregister_ftrace_function(&cs->ops);
		if (!ret)
			cs->live = false;
		return ret;
	}
	h = ftrace_hash_alloc();
	if (!h)
		return -ENOMEM;
	list_for_each_entry(c, &cs->list, node) {
		ret = ftrace_hash_add(h, c->ip);
		if (ret) {
			ftrace_hash_free(h);
			return ret;
		}
	}
	ret = ftrace_ops_set_hashes(&cs->ops, h, NULL);
	if (ret) {
		ftrace_hash_free(h);
		return ret;
	}
	if (!cs->live) {
		ret = register_ftrace_function(&cs->ops);
		if (!ret)
			cs->live = true;
	}
	return ret;
}

int fn_cmds_commit(struct ftrace_instance *fi, struct fn_cmd_actions *acts)
{
	struct fn_cmd_action *a;
	struct fn_cmd *c, *n;
	struct fn_cmds *cs;
	LIST_HEAD(dead);
	int ret = 0, err;

	lockdep_assert_held(&fn_state_mutex);
	cs = fn_cmds_get(fi);
	if (!cs) {
		fn_cmd_actions_free(acts);
		return -ENOMEM;
	}
	list_for_each_entry(a, &acts->list, node) {
		if (!a->remove) {
			err = fn_cmds_add(cs, a);
			ret = ret ?: err;
			continue;
		}
		list_for_each_entry_safe(c, n, &cs->list, node) {
			if (!fn_cmd_matches(c, a))
				continue;
			hlist_del_rcu(&c->hnode);
			list_move_tail(&c->node, &dead);
		}
	}
	fn_cmd_actions_free(acts);
	err = fn_cmds_update_ops(cs);
	ret = ret ?: err;
	if (!list_empty(&dead)) {
		synchronize_rcu();
		list_for_each_entry_safe(c, n, &dead, node)
			fn_cmd_free(c);
	}
	return ret;
}

void fn_cmds_module_gone(struct ftrace_instance *fi, struct module *mod)
{
	struct fn_cmds *cs = fi->cmds;
	struct fn_cmd *c, *n;
	LIST_HEAD(dead);

	lockdep_assert_held(&fn_state_mutex);
	list_for_each_entry_safe(c, n, &cs->list, node) {
		if (!within_module(c->ip, mod))
			continue;
		hlist_del_rcu(&c->hnode);
		list_move_tail(&c->node, &dead);
	}
	if (list_empty(&dead))
		return;
	if (fn_cmds_update_ops(cs))
		pr_warn("function commands: could not update for module %s\n",
			mod->name);
	synchronize_rcu();
	list_for_each_entry_safe(c, n, &dead, node)
		fn_cmd_free(c);
}

void fn_cmds_destroy(struct ftrace_instance *fi)
{
	struct fn_cmds *cs;
	struct fn_cmd *c, *n;

	mutex_lock(&fn_state_mutex);
	cs = fi->cmds;
	fi->cmds = NULL;
	if (cs && cs->live && unregister_ftrace_function(&cs->ops))
		pr_warn("function commands of a removed instance still registered\n");
	mutex_unlock(&fn_state_mutex);
	if (!cs)
		return;
	synchronize_rcu();
	list_for_each_entry_safe(c, n, &cs->list, node)
		fn_cmd_free(c);
	ftrace_free_filter(&cs->ops);
	kfree(cs);
}

/* One line per entry: "func:cmd[:sys:event]:count=N" or ":unlimited". */
char *fn_cmds_text(struct ftrace_instance *fi)
{
	struct fn_cmds *cs = fi->cmds;
	struct fn_cmd *c;
	struct seq_buf sb;
	size_t size = 1;
	char *buf;

	lockdep_assert_held(&fn_state_mutex);
	if (cs)
		list_for_each_entry(c, &cs->list, node)
			size += KSYM_SYMBOL_LEN + 192;
	buf = kvmalloc(size, GFP_KERNEL);
	if (!buf)
		return NULL;
	seq_buf_init(&sb, buf, size);
	if (cs) {
		list_for_each_entry(c, &cs->list, node) {
			seq_buf_printf(&sb, "%ps:%s", (void *)c->ip,
				       c->desc->name);
			if (c->file)
				seq_buf_printf(&sb, ":%s:%s",
					trace_event_system(c->file->event_call),
					trace_event_name(c->file->event_call));
			if (c->counted)
				seq_buf_printf(&sb, ":count=%ld\n",
					       READ_ONCE(c->count));
			else
				seq_buf_puts(&sb, ":unlimited\n");
		}
	}
	seq_buf_str(&sb);
	return buf;
}

/* ---- boot ---- */

/* ftrace=<tracer> on the command line: the top level starts with it. */
static char fn_boot_tracer[MAX_TRACER_SIZE] __initdata;

static int __init set_boot_tracer(char *str)
{
	strscpy(fn_boot_tracer, str, sizeof(fn_boot_tracer));
	return 1;
}
__setup("ftrace=", set_boot_tracer);

static __init int init_function_trace(void)
{
	struct trace_array *tr = top_trace_array();
	int ret;

	ret = register_tracer(&function_trace);
	if (ret)
		return ret;
	ftrace_filter_boot_apply();
	if (!fn_boot_tracer[0])
		return 0;
	ret = tracing_update_buffers(tr);
	if (!ret)
		ret = tracing_set_tracer(tr, fn_boot_tracer);
	if (ret)
		pr_warn("ftrace=%s: could not start that tracer (%d)\n",
			fn_boot_tracer, ret);
	else
		pr_info("tracer %s started at boot\n", fn_boot_tracer);
	return 0;
}
core_initcall(init_function_trace);

/*
 * ---- the boot self-test (CONFIG_FTRACE_STARTUP_TEST) ----
 *
 * With the top level's filter set to ftrace_selftest_target() alone, the
 * tracer must patch that one site, record exactly one TRACE_FN for each
 * call of it and nothing for a function outside the filter, and leave the
 * site unpatched when reset. The filter, no_trace set and buffer contents
 * of the top level are put back (the buffer is emptied).
 */
#define FN_SELFTEST_CALLS	5

static bool fn_site_enabled(unsigned long ip)
{
	struct ftrace_site *site;
	bool on;

	mutex_lock(&ftrace_lock);
	site = ftrace_find_site(ip);
	on = site && (site->flags & FTRACE_SITE_ENABLED);
	mutex_unlock(&ftrace_lock);
	return on;
}

/* Consume the top buffer; count TRACE_FN records of @ip and of others. */
static void fn_selftest_count(struct trace_array *tr, unsigned long ip,
			      int *mine, int *other)
{
	struct ring_buffer_event *ev;
	struct trace_entry *ent;
	int cpu;

	for_each_online_cpu(cpu) {
		while ((ev = ring_buffer_consume(tr->buffer, cpu, NULL, NULL))) {
			ent = ring_buffer_event_data(ev);
			if (ent->type != TRACE_FN)
				continue;
			if (((struct ftrace_entry *)ent)->ip == ip)
				(*mine)++;
			else
				(*other)++;
		}
	}
}

/* The check itself: the tracer is running with the target filter. */
static int function_trace_selftest(struct tracer *t, struct trace_array *tr)
{
	unsigned long ip = ftrace_location((unsigned long)ftrace_selftest_target);
	int i, sum = 0, mine = 0, other = 0;

	if (!fn_site_enabled(ip)) {
		pr_err("self-test: the filtered site is not patched\n");
		return -EINVAL;
	}
	for (i = 0; i < FN_SELFTEST_CALLS; i++)
		sum += ftrace_selftest_target(i) + ftrace_selftest_other(i);
	fn_selftest_count(tr, ip, &mine, &other);
	if (mine != FN_SELFTEST_CALLS || other) {
		pr_err("self-test: %d records of the target (want %d), %d of other functions (want 0), sum %d\n",
		       mine, FN_SELFTEST_CALLS, other, sum);
		return -EINVAL;
	}
	return 0;
}

static int __init fn_selftest_run(void)
{
	struct trace_array *tr = top_trace_array();
	struct ftrace_instance *fi = fn_of(tr);
	unsigned long ip = ftrace_location((unsigned long)ftrace_selftest_target);
	struct ftrace_hash *old_f, *old_n, *f, *n;
	int ret = -ENOMEM;

	if (tr->current_trace != &nop_trace) {
		pr_info("Testing tracer %s: skipped, a tracer runs since boot\n",
			function_trace.name);
		return 0;
	}
	if (!ip) {
		pr_err("Testing tracer %s: FAILED! (no site in ftrace_selftest_target)\n",
		       function_trace.name);
		return 0;
	}
	mutex_lock(&fn_state_mutex);
	old_f = ftrace_ops_get_filter(&fi->ops);
	old_n = ftrace_ops_get_notrace(&fi->ops);
	f = ftrace_hash_alloc();
	n = ftrace_hash_alloc();
	if (old_f && old_n && f && n && !ftrace_hash_add(f, ip))
		ret = fn_set_filters(fi, f, n, NULL, NULL);
	if (ret) {
		ftrace_hash_free(f);
		ftrace_hash_free(n);
	}
	mutex_unlock(&fn_state_mutex);
	if (ret)
		goto out;

	ring_buffer_reset(tr->buffer);
	ret = tracing_set_tracer(tr, function_trace.name);
	if (!ret) {
		ret = function_trace.selftest(&function_trace, tr);
		tracing_set_tracer(tr, nop_trace.name);
	}
	if (!ret && fn_site_enabled(ip)) {
		pr_err("self-test: the site is still patched after reset\n");
		ret = -EINVAL;
	}
	ring_buffer_reset(tr->buffer);

	mutex_lock(&fn_state_mutex);
	if (fn_set_filters(fi, old_f, old_n, NULL, NULL))
		pr_err("self-test: could not restore the filters\n");
	else
		old_f = old_n = NULL;
	mutex_unlock(&fn_state_mutex);
out:
	ftrace_hash_free(old_f);
	ftrace_hash_free(old_n);
	if (ret)
		pr_err("Testing tracer %s: FAILED! (%d)\n", function_trace.name,
		       ret);
	else
		pr_info("Testing tracer %s: PASSED\n", function_trace.name);
	return 0;
}

static int __init fn_selftest_initcall(void)
{
	if (IS_ENABLED(CONFIG_FTRACE_STARTUP_TEST))
		fn_selftest_run();
	return 0;
}
late_initcall(fn_selftest_initcall);
