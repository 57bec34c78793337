// SPDX-License-Identifier: GPL-2.0
/*
 * Syscall events: events/syscalls/sys_enter_<name> and sys_exit_<name>
 * for every syscall, built from the metadata SYSCALL_DEFINEx leaves in
 * __syscalls_metadata (linux/syscalls.h, trace/syscall.h).
 *
 * Records:
 *	sys_enter_<name>: common fields, int __syscall_nr, then one
 *			  unsigned long per argument, named and typed as in
 *			  SYSCALL_DEFINEx
 *	sys_exit_<name>:  common fields, int __syscall_nr, long ret
 * printed as "sys_openat(dfd: ffffff9c, filename: 7ffc..., ...)" and
 * "sys_openat -> 0x3".
 *
 * The events all hang off the two raw tracepoints sys_enter and sys_exit
 * (trace/events/syscalls.h), which the syscall entry code fires only for
 * tasks with SYSCALL_WORK_SYSCALL_TRACEPOINT set. syscall_regfunc() and
 * syscall_unregfunc(), the reg hooks of those tracepoints, set that flag
 * on every task while at least one probe is attached to either, and
 * clear it again after. One probe per instance and direction looks the
 * syscall number up in the instance's table of enabled events:
 *
 *	struct syscall_files (per instance, made on first enable)
 *	   enter[nr] -> trace_event_file of sys_enter_<name>, or NULL
 *	   exit[nr]  -> trace_event_file of sys_exit_<name>, or NULL
 *
 * The table entries are RCU-published under event_mutex; the probes read
 * them under the tracepoint's RCU protection. perf has probes of its own
 * and a bitmap of syscall numbers (see "perf" below).
 *
 * Numbers are found the way upstream does: the symbol name of each
 * sys_call_table[] entry ("__x64_sys_openat") is matched against the
 * metadata names ("sys_openat"), once, when the first event is set up.
 * Syscalls with no table entry get no event.
 */
#include <linux/compat.h>
#include <linux/kallsyms.h>
#include <linux/mutex.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/trace_events.h>
#include <asm/syscall.h>
#include <trace/syscall.h>
#include <trace/events/syscalls.h>
#include "trace_events_files.h"

/* The records (their layout is ABI: it is what the format files show). */
struct syscall_trace_enter {
	struct trace_entry	ent;
	int			nr;
	unsigned long		args[];
};

struct syscall_trace_exit {
	struct trace_entry	ent;
	int			nr;
	long			ret;
};

extern struct syscall_metadata *__start_syscalls_metadata[];
extern struct syscall_metadata *__stop_syscalls_metadata[];

/* Metadata by syscall number; written once, then read-only. */
static struct syscall_metadata **syscall_meta_by_nr;

static struct syscall_metadata *syscall_meta(int nr)
{
	if (!syscall_meta_by_nr || nr < 0 || nr >= NR_syscalls)
		return NULL;
	return syscall_meta_by_nr[nr];
}

/*
 * The syscall name in a symbol of the table: "__x64_sys_openat",
 * "__do_sys_openat" and "sys_openat" all give "openat".
 */
static const char *syscall_sym_base(const char *sym)
{
	static const char * const prefixes[] = {
		"__x64_sys_", "__ia32_sys_", "__do_sys_", "__se_sys_", "sys_",
	};
	int i;

	for (i = 0; i < ARRAY_SIZE(prefixes); i++)
		if (str_has_prefix(sym, prefixes[i]))
			return sym + strlen(prefixes[i]);
	return NULL;
}

static struct syscall_metadata *syscall_meta_of_sym(const char *sym)
{
	struct syscall_metadata **m;
	const char *base = syscall_sym_base(sym);

	if (!base || !strcmp(base, "ni_syscall"))
		return NULL;
	for (m = __start_syscalls_metadata; m < __stop_syscalls_metadata; m++)
		if ((*m)->name && !strcmp(syscall_sym_base((*m)->name) ?: "",
					  base))
			return *m;
	return NULL;
}

/*
 * Number every syscall that has metadata. Context: process, may sleep;
 * the first raw_init, under event_mutex. Return: 0 or -ENOMEM.
 */
static int syscall_map_numbers(void)
{
	struct syscall_metadata **map, *meta;
	char sym[KSYM_SYMBOL_LEN];
	int nr;

	lockdep_assert_held(&event_mutex);
	if (syscall_meta_by_nr)
		return 0;
	map = kcalloc(NR_syscalls, sizeof(*map), GFP_KERNEL);
	if (!map)
		return -ENOMEM;
	for (nr = 0; nr < NR_syscalls; nr++) {
		if (!sprint_symbol_no_offset(sym, (unsigned long)sys_call_table[nr]))
			continue;
		meta = syscall_meta_of_sym(sym);
		if (!meta)
			continue;
		meta->syscall_nr = nr;
		map[nr] = meta;
	}
	/* The print functions read it without a lock. */
	smp_store_release(&syscall_meta_by_nr, map);
	return 0;
}

/* The number of the syscall in progress, or -1 for a compat one. */
static int syscall_nr_now(struct pt_regs *regs)
{
	if (in_compat_syscall())
		return -1;
	return syscall_get_nr(current, regs);
}

/* ---- the per-task work flag (reg hooks of sys_enter / sys_exit) ---- */

/* Probes attached to sys_enter plus those on sys_exit (syscall_work_lock). */
static int syscall_tp_users;
static DEFINE_MUTEX(syscall_work_lock);

/*
 * Set or clear SYSCALL_WORK_SYSCALL_TRACEPOINT on every task. fork()
 * copies the parent's flag under the tasklist lock
 * (syscall_tracepoint_update()), so a task forked during the walk ends up
 * with the new value either way.
 */
static void syscall_work_set_all(bool on)
{
	struct task_struct *p, *t;

	read_lock(&tasklist_lock);
	for_each_process_thread(p, t) {
		if (on)
			set_task_syscall_work(t, SYSCALL_TRACEPOINT);
		else
			clear_task_syscall_work(t, SYSCALL_TRACEPOINT);
	}
	read_unlock(&tasklist_lock);
}

/**
 * syscall_regfunc - the first probe of sys_enter or sys_exit is coming
 *
 * Context: process, may sleep; from the tracepoint core, before the
 * probe is attached. Return: 0.
 */
int syscall_regfunc(void)
{
	guard(mutex)(&syscall_work_lock);
	if (!syscall_tp_users++)
		syscall_work_set_all(true);
	return 0;
}

/**
 * syscall_unregfunc - the last probe of sys_enter or sys_exit is gone
 *
 * Context: process, may sleep; from the tracepoint core.
 */
void syscall_unregfunc(void)
{
	guard(mutex)(&syscall_work_lock);
	if (!--syscall_tp_users)
		syscall_work_set_all(false);
}

/* ---- probes ---- */

struct syscall_files {
	int				nr_enter;	/* event_mutex */
	int				nr_exit;
	struct trace_event_file __rcu	*enter[NR_syscalls];
	struct trace_event_file __rcu	*exit[NR_syscalls];
};

/*
 * Context: the sys_enter tracepoint, process context of the task making
 * the syscall. @data is the instance's struct syscall_files.
 */
static void syscall_enter_probe(void *data, struct pt_regs *regs, long id)
{
	struct syscall_files *sf = data;
	struct trace_event_buffer fbuffer;
	struct syscall_trace_enter *entry;
	struct trace_event_file *file;
	struct syscall_metadata *meta;
	unsigned long args[6];
	int nr;

	/* The buffer wants preemption off; the tracepoint may not do it. */
	guard(preempt_notrace)();
	nr = syscall_nr_now(regs);
	if (nr < 0 || nr >= NR_syscalls)
		return;
	file = rcu_dereference_sched(sf->enter[nr]);
	if (!file || trace_trigger_soft_disabled(file))
		return;
	meta = syscall_meta(nr);
	if (!meta)
		return;
	entry = trace_event_buffer_reserve(&fbuffer, file,
			struct_size(entry, args, meta->nb_args));
	if (!entry)
		return;
	entry->nr = nr;
	syscall_get_arguments(current, regs, args);
	memcpy(entry->args, args, sizeof(unsigned long) * meta->nb_args);
	trace_event_buffer_commit(&fbuffer);
}

/* Context: as syscall_enter_probe(), on the way out of the syscall. */
static void syscall_exit_probe(void *data, struct pt_regs *regs, long ret)
{
	struct syscall_files *sf = data;
	struct trace_event_buffer fbuffer;
	struct syscall_trace_exit *entry;
	struct trace_event_file *file;
	int nr;

	guard(preempt_notrace)();
	nr = syscall_nr_now(regs);
	if (nr < 0 || nr >= NR_syscalls)
		return;
	file = rcu_dereference_sched(sf->exit[nr]);
	if (!file || trace_trigger_soft_disabled(file))
		return;
	entry = trace_event_buffer_reserve(&fbuffer, file, sizeof(*entry));
	if (!entry)
		return;
	entry->nr = nr;
	entry->ret = syscall_get_return_value(current, regs);
	trace_event_buffer_commit(&fbuffer);
}

/* ---- attaching (trace_event_class::reg) ---- */

/* The instance's table, made on first use. Context: event_mutex held. */
static struct syscall_files *syscall_files_of(struct trace_array *tr)
{
	struct event_instance *ev = tr_ev(tr);

	if (!ev->syscalls)
		ev->syscalls = kzalloc(sizeof(*ev->syscalls), GFP_KERNEL);
	return ev->syscalls;
}

/* Free @ev's table; its events are disabled and a grace period passed. */
void syscall_files_free(struct event_instance *ev)
{
	kfree(ev->syscalls);
	ev->syscalls = NULL;
}

/*
 * Enable or disable @file's syscall event in its instance: publish it in
 * the table and attach the instance's probe with the first event of its
 * direction, detach it with the last. Context: event_mutex held.
 */
static int syscall_file_reg(struct trace_event_file *file, bool enter, bool on)
{
	struct syscall_metadata *meta = file->event_call->data;
	struct trace_event_file __rcu **slot;
	struct syscall_files *sf;
	int *users;
	int ret = 0;

	lockdep_assert_held(&event_mutex);
	if (meta->syscall_nr < 0 || meta->syscall_nr >= NR_syscalls)
		return -EINVAL;
	sf = syscall_files_of(file->tr);
	if (!sf)
		return -ENOMEM;
	slot = enter ? &sf->enter[meta->syscall_nr] : &sf->exit[meta->syscall_nr];
	users = enter ? &sf->nr_enter : &sf->nr_exit;
	if (on) {
		if (!*users)
			ret = enter ?
			      register_trace_sys_enter(syscall_enter_probe, sf) :
			      register_trace_sys_exit(syscall_exit_probe, sf);
		if (ret)
			return ret;
		rcu_assign_pointer(*slot, file);
		(*users)++;
		return 0;
	}
	RCU_INIT_POINTER(*slot, NULL);
	if (!--(*users)) {
		if (enter)
			unregister_trace_sys_enter(syscall_enter_probe, sf);
		else
			unregister_trace_sys_exit(syscall_exit_probe, sf);
	}
	return 0;
}

/* ---- perf (PERF_TYPE_TRACEPOINT on syscall events) ---- */

#ifdef CONFIG_PERF_EVENTS
/*
 * perf has one probe per direction for all syscalls and a bitmap of the
 * numbers it listens to (event_mutex); the per-CPU lists of perf events
 * are the trace_event_call's (trace_event_perf.c).
 */
static DECLARE_BITMAP(perf_enter_nrs, NR_syscalls);
static DECLARE_BITMAP(perf_exit_nrs, NR_syscalls);
static int perf_enter_users, perf_exit_users;

/* Context: as syscall_enter_probe(). */
static void syscall_enter_perf_probe(void *data, struct pt_regs *regs, long id)
{
	struct syscall_trace_enter *rec;
	struct syscall_metadata *meta;
	struct hlist_head *head;
	unsigned long args[6];
	int nr, rctx, size;

	guard(preempt_notrace)();
	nr = syscall_nr_now(regs);
	if (nr < 0 || nr >= NR_syscalls || !test_bit(nr, perf_enter_nrs))
		return;
	meta = syscall_meta(nr);
	if (!meta)
		return;
	head = this_cpu_ptr(meta->enter_event->perf_events);
	if (hlist_empty(head))
		return;
	/* perf prefixes the record with a u32 size; keep the pair u64-aligned. */
	size = ALIGN(struct_size(rec, args, meta->nb_args) + sizeof(u32),
		     sizeof(u64)) - sizeof(u32);
	rec = perf_trace_buf_alloc(size, NULL, &rctx);
	if (!rec)
		return;
	rec->nr = nr;
	syscall_get_arguments(current, regs, args);
	memcpy(rec->args, args, sizeof(unsigned long) * meta->nb_args);
	perf_trace_buf_submit(rec, size, rctx, meta->enter_event->event.type,
			      1, regs, head, NULL);
}

static void syscall_exit_perf_probe(void *data, struct pt_regs *regs, long ret)
{
	struct syscall_trace_exit *rec;
	struct syscall_metadata *meta;
	struct hlist_head *head;
	int nr, rctx, size;

	guard(preempt_notrace)();
	nr = syscall_nr_now(regs);
	if (nr < 0 || nr >= NR_syscalls || !test_bit(nr, perf_exit_nrs))
		return;
	meta = syscall_meta(nr);
	if (!meta)
		return;
	head = this_cpu_ptr(meta->exit_event->perf_events);
	if (hlist_empty(head))
		return;
	size = ALIGN(sizeof(*rec) + sizeof(u32), sizeof(u64)) - sizeof(u32);
	rec = perf_trace_buf_alloc(size, NULL, &rctx);
	if (!rec)
		return;
	rec->nr = nr;
	rec->ret = syscall_get_return_value(current, regs);
	perf_trace_buf_submit(rec, size, rctx, meta->exit_event->event.type,
			      1, regs, head, NULL);
}

/* Context: event_mutex held (trace_event_perf.c). */
static int syscall_perf_reg(struct trace_event_call *call, enum trace_reg type,
			    bool enter)
{
	struct syscall_metadata *meta = call->data;
	unsigned long *nrs = enter ? perf_enter_nrs : perf_exit_nrs;
	int *users = enter ? &perf_enter_users : &perf_exit_users;
	int ret = 0;

	lockdep_assert_held(&event_mutex);
	switch (type) {
	case TRACE_REG_PERF_REGISTER:
		if (meta->syscall_nr < 0 || meta->syscall_nr >= NR_syscalls)
			return -EINVAL;
		if (!*users)
			ret = enter ?
			      register_trace_sys_enter(syscall_enter_perf_probe, NULL) :
			      register_trace_sys_exit(syscall_exit_perf_probe, NULL);
		if (ret)
			return ret;
		set_bit(meta->syscall_nr, nrs);
		(*users)++;
		return 0;
	case TRACE_REG_PERF_UNREGISTER:
		clear_bit(meta->syscall_nr, nrs);
		if (!--(*users)) {
			if (enter)
				unregister_trace_sys_enter(syscall_enter_perf_probe, NULL);
			else
				unregister_trace_sys_exit(syscall_exit_perf_probe, NULL);
		}
		return 0;
	case TRACE_REG_PERF_OPEN:
	case TRACE_REG_PERF_CLOSE:
	case TRACE_REG_PERF_ADD:
	case TRACE_REG_PERF_DEL:
		return 0;
	default:
		return -EINVAL;
	}
}
#else
static int syscall_perf_reg(struct trace_event_call *call, enum trace_reg type,
			    bool enter)
{
	return -EOPNOTSUPP;
}
#endif /* CONFIG_PERF_EVENTS */

/* trace_event_class::reg of both classes. */
static int syscall_reg(struct trace_event_call *call, enum trace_reg type,
		       void *data, bool enter)
{
	switch (type) {
	case TRACE_REG_REGISTER:
		return syscall_file_reg(data, enter, true);
	case TRACE_REG_UNREGISTER:
		return syscall_file_reg(data, enter, false);
	default:
		return syscall_perf_reg(call, type, enter);
	}
}

static int syscall_enter_reg(struct trace_event_call *call, enum trace_reg type,
			     void *data)
{
	return syscall_reg(call, type, data, true);
}

static int syscall_exit_reg(struct trace_event_call *call, enum trace_reg type,
			    void *data)
{
	return syscall_reg(call, type, data, false);
}

/* ---- output ---- */

/* Context: reader side (trace_output.c). */
static enum print_line_t syscall_enter_print(struct trace_iterator *iter,
					     int flags,
					     struct trace_event *event)
{
	struct syscall_trace_enter *entry = (void *)iter->ent;
	bool verbose = iter->tr && tr_opt(iter->tr, TOPT_VERBOSE);
	struct trace_seq *s = &iter->seq;
	struct syscall_metadata *meta = syscall_meta(entry->nr);
	int i;

	if (meta && meta->enter_event->event.type == iter->ent->type) {
		trace_seq_printf(s, "%s(", meta->name);
		for (i = 0; i < meta->nb_args; i++) {
			if (verbose)
				trace_seq_printf(s, "%s ", meta->types[i]);
			trace_seq_printf(s, "%s: %lx%s", meta->args[i],
					 entry->args[i],
					 i < meta->nb_args - 1 ? ", " : "");
		}
		trace_seq_putc(s, ')');
	}
	trace_seq_putc(s, '\n');
	return trace_handle_return(s);
}

static enum print_line_t syscall_exit_print(struct trace_iterator *iter,
					    int flags,
					    struct trace_event *event)
{
	struct syscall_trace_exit *entry = (void *)iter->ent;
	struct trace_seq *s = &iter->seq;
	struct syscall_metadata *meta = syscall_meta(entry->nr);

	if (meta && meta->exit_event->event.type == iter->ent->type)
		trace_seq_printf(s, "%s -> 0x%lx", meta->name, entry->ret);
	trace_seq_putc(s, '\n');
	return trace_handle_return(s);
}

struct trace_event_functions enter_syscall_print_funcs = {
	.trace		= syscall_enter_print,
};

struct trace_event_functions exit_syscall_print_funcs = {
	.trace		= syscall_exit_print,
};

/* ---- fields and print formats ---- */

/*
 * The enter fields differ per syscall, so they live in the metadata
 * (class get_fields) and are added at run time. Context: event_mutex
 * held, from the core when the event is added.
 */
static int syscall_enter_define_fields(struct trace_event_call *call)
{
	struct syscall_metadata *meta = call->data;
	int offset = offsetof(struct syscall_trace_enter, args);
	int i, ret;

	ret = trace_define_field(call, "int", "__syscall_nr",
				 offsetof(struct syscall_trace_enter, nr),
				 sizeof(int), 1, FILTER_OTHER);
	for (i = 0; !ret && i < meta->nb_args; i++) {
		ret = trace_define_field(call, meta->types[i], meta->args[i],
					 offset, sizeof(unsigned long), 0,
					 FILTER_OTHER);
		offset += sizeof(unsigned long);
	}
	return ret;
}

static struct list_head *syscall_enter_fields(struct trace_event_call *call)
{
	struct syscall_metadata *meta = call->data;

	return &meta->enter_fields;
}

/*
 * The enter event's "print fmt": "dfd: 0x%08lx, filename: 0x%08lx",
 * ((unsigned long)(REC->dfd)), ((unsigned long)(REC->filename)).
 * Return: the string (kmalloc'ed) or NULL.
 */
static char *syscall_enter_print_fmt(struct syscall_metadata *meta)
{
	char *fmt = NULL;
	int len = 0;
	int pass, i;

	/* Pass 0 measures, pass 1 writes. */
	for (pass = 0; pass < 2; pass++) {
		int size = pass ? len + 1 : 0;
		char *p = fmt;
		int pos = 0;

#define FMT_OUT(...) (pos += snprintf(p ? p + pos : NULL,		\
				      p ? size - pos : 0, __VA_ARGS__))
		FMT_OUT("\"");
		for (i = 0; i < meta->nb_args; i++)
			FMT_OUT("%s: 0x%%0%zulx%s", meta->args[i],
				sizeof(unsigned long),
				i < meta->nb_args - 1 ? ", " : "");
		FMT_OUT("\"");
		for (i = 0; i < meta->nb_args; i++)
			FMT_OUT(", ((unsigned long)(REC->%s))", meta->args[i]);
#undef FMT_OUT
		if (pass)
			break;
		len = pos;
		fmt = kmalloc(len + 1, GFP_KERNEL);
		if (!fmt)
			return NULL;
	}
	return fmt;
}

/*
 * trace_event_class::raw_init of both classes: only syscalls that have a
 * number get an event. Context: event_mutex held.
 * Return: as trace_event_raw_init(), or -ENOSYS, -ENOMEM.
 */
static int syscall_event_init(struct trace_event_call *call)
{
	struct syscall_metadata *meta = call->data;
	int ret;

	ret = syscall_map_numbers();
	if (ret)
		return ret;
	if (meta->syscall_nr < 0 || meta->syscall_nr >= NR_syscalls)
		return -ENOSYS;
	if (meta->enter_event == call) {
		call->print_fmt = syscall_enter_print_fmt(meta);
		if (!call->print_fmt)
			return -ENOMEM;
	} else {
		call->print_fmt = "\"0x%lx\", REC->ret";
	}
	ret = trace_event_raw_init(call);
	if (ret < 0 && meta->enter_event == call) {
		kfree(call->print_fmt);
		call->print_fmt = NULL;
	}
	return ret;
}

static const struct trace_event_fields syscall_enter_fields_array[] = {
	{ .define_fields = syscall_enter_define_fields },
	{}
};

static const struct trace_event_fields syscall_exit_fields_array[] = {
	{ .type = "int", .name = "__syscall_nr",
	  .offset = offsetof(struct syscall_trace_exit, nr),
	  .size = sizeof(int), .is_signed = 1, .filter_type = FILTER_OTHER },
	{ .type = "long", .name = "ret",
	  .offset = offsetof(struct syscall_trace_exit, ret),
	  .size = sizeof(long), .is_signed = 1, .filter_type = FILTER_OTHER },
	{}
};

struct trace_event_class event_class_syscall_enter = {
	.system		= "syscalls",
	.reg		= syscall_enter_reg,
	.fields_array	= syscall_enter_fields_array,
	.get_fields	= syscall_enter_fields,
	.raw_init	= syscall_event_init,
};

struct trace_event_class event_class_syscall_exit = {
	.system		= "syscalls",
	.reg		= syscall_exit_reg,
	.fields_array	= syscall_exit_fields_array,
	.fields		= LIST_HEAD_INIT(event_class_syscall_exit.fields),
	.raw_init	= syscall_event_init,
};
