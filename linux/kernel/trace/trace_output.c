// SPDX-License-Identifier: GPL-2.0
/*
 * From records to text: the registry of print functions by record type,
 * the print functions of the core's own records, the context columns in
 * front of every line, and the comment header of the "trace" file.
 *
 * Registry. Every record starts with struct trace_entry, whose ->type
 * picks a struct trace_event. The core's types (trace_entries.h) have
 * fixed ids below __TRACE_LAST_TYPE; everyone else registers with type 0
 * and is handed a free id from __TRACE_LAST_TYPE up to U16_MAX:
 *
 *	event_buckets[type % EVT_BUCKETS] --> trace_event --> trace_event
 *
 * Lookups walk a bucket under RCU; (un)registration holds event_reg_sem
 * for write. A reader that calls the returned event's functions holds
 * event_reg_sem for read (print_trace_line does), so a module cannot
 * unregister its events while one of its records is being printed.
 *
 * Layout of one default line (the widths are ABI, tools parse them):
 *
 *	"%16s-%-7d " comm-pid   "(%7d) " tgid (record-tgid)   "[%03d] " cpu
 *	"dnhPM" flags (irq-info)  " %5lu.%06lu" time  ": "  then the record
 *
 * Context: everything here runs on the reader side, in process context,
 * and may sleep, except where a comment says otherwise.
 */
#include <linux/idr.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/rwsem.h>
#include <linux/sched/mm.h>
#include <linux/utsname.h>
#include <linux/uidgid.h>
#include "trace_entries.h"
#include "trace_output.h"

#define EVT_BUCKETS		128	/* a power of two */
#define EVT_DYN_ID_MAX		U16_MAX	/* ids live in an unsigned short */
/* A TRACE_STACK slot that stands for an ftrace trampoline. */
#define STACK_SLOT_TRAMPOLINE	((unsigned long)INT_MAX)

#ifdef CONFIG_64BIT
#define ADDR_HEX		"%016lx"
#else
#define ADDR_HEX		"%08lx"
#endif

static struct hlist_head event_buckets[EVT_BUCKETS];
static DECLARE_RWSEM(event_reg_sem);
static DEFINE_IDA(event_dyn_ids);

static inline enum print_line_t seq_verdict(struct trace_seq *s)
{
	return trace_seq_has_overflowed(s) ? TRACE_TYPE_PARTIAL_LINE :
					     TRACE_TYPE_HANDLED;
}

/* Nanoseconds to microseconds, rounded to nearest. */
static u64 ns_to_us_rounded(u64 ns)
{
	return div_u64(ns + NSEC_PER_USEC / 2, NSEC_PER_USEC);
}

static bool iter_in_ns(struct trace_iterator *iter)
{
	struct trace_array *tr = iter->tr;

	if (iter->iter_flags & TRACE_FILE_TIME_IN_NS)
		return true;
	return tr && tr->clock_id >= 0 && tr->clock_id < trace_clocks_nr &&
	       trace_clocks[tr->clock_id].in_ns;
}

static bool iter_lat_fmt(struct trace_iterator *iter)
{
	return (iter->iter_flags & TRACE_FILE_LAT_FMT) ||
	       tr_opt(iter->tr, TOPT_LATENCY_FMT);
}

static struct trace_buffer *iter_buffer(struct trace_iterator *iter)
{
	return iter->buffer ? iter->buffer : iter->tr->buffer;
}

/* The tracer the reader was opened with. */
static struct tracer *iter_tracer(struct trace_iterator *iter)
{
	return iter->trace ? iter->trace : iter->tr->current_trace;
}

/* ---- the registry ---- */

/**
 * ftrace_find_event - the print functions registered for a record type
 * @type: trace_entry::type of a record
 *
 * Context: any but NMI. To call the functions of the result, hold
 * trace_event_read_lock() across the lookup and the calls.
 * Return: the event, or NULL when nothing is registered for @type.
 */
struct trace_event *ftrace_find_event(int type)
{
	struct trace_event *ev;

	hlist_for_each_entry_rcu(ev, &event_buckets[type & (EVT_BUCKETS - 1)],
				 node, lockdep_is_held(&event_reg_sem))
		if (ev->type == type)
			return ev;
	return NULL;
}

/* Hold off (un)registration while printing. Context: process. */
void trace_event_read_lock(void)
{
	down_read(&event_reg_sem);
}

void trace_event_read_unlock(void)
{
	up_read(&event_reg_sem);
}

/* The fallback for a print mode an event does not implement. */
static enum print_line_t print_type_only(struct trace_iterator *iter,
					 int flags, struct trace_event *event)
{
	trace_seq_printf(&iter->seq, "type: %d\n", iter->ent->type);
	return seq_verdict(&iter->seq);
}

/**
 * register_trace_event - make records of one type printable
 * @event: the type (0 for "give me a free id") and its print functions
 *
 * Missing print functions are filled in with one that prints the type.
 * Context: process, may sleep.
 * Return: the type id now bound to @event, or 0 when @event is malformed,
 * its fixed id is taken or out of range, or no dynamic id is left.
 */
int register_trace_event(struct trace_event *event)
{
	struct trace_event_functions *f;
	int id;

	if (WARN_ON(!event || !event->funcs))
		return 0;

	guard(rwsem_write)(&event_reg_sem);
	if (!event->type) {
		id = ida_alloc_range(&event_dyn_ids, __TRACE_LAST_TYPE,
				     EVT_DYN_ID_MAX, GFP_KERNEL);
		if (id < 0)
			return 0;
		event->type = id;
	} else if (WARN(event->type >= __TRACE_LAST_TYPE,
			"fixed trace event id %d out of range\n",
			event->type) || ftrace_find_event(event->type)) {
		return 0;
	}

	f = event->funcs;
	if (!f->trace)
		f->trace = print_type_only;
	if (!f->raw)
		f->raw = print_type_only;
	if (!f->hex)
		f->hex = print_type_only;
	if (!f->binary)
		f->binary = print_type_only;

	hlist_add_head_rcu(&event->node,
			   &event_buckets[event->type & (EVT_BUCKETS - 1)]);
	return event->type;
}
EXPORT_SYMBOL_GPL(register_trace_event);

/**
 * unregister_trace_event - forget the print functions of a type
 * @event: an event that register_trace_event() accepted
 *
 * A dynamic id goes back to the pool. Records of the type that are still
 * in a buffer print as "Unknown type N" from then on.
 * Context: process, may sleep (waits for lockless lookups to finish).
 * Return: 0.
 */
int unregister_trace_event(struct trace_event *event)
{
	scoped_guard(rwsem_write, &event_reg_sem) {
		hlist_del_rcu(&event->node);
		if (event->type >= __TRACE_LAST_TYPE)
			ida_free(&event_dyn_ids, event->type);
	}
	synchronize_rcu();
	return 0;
}
EXPORT_SYMBOL_GPL(unregister_trace_event);

/* ---- addresses ---- */

unsigned int trace_sym_flags(struct trace_array *tr)
{
	unsigned int f = 0;

	if (tr_opt(tr, TOPT_SYM_OFFSET))
		f |= TRACE_SYM_OFFSET;
	if (tr_opt(tr, TOPT_SYM_ADDR))
		f |= TRACE_SYM_ADDR;
	return f;
}

/* The symbol of @addr ("name" or "name+off/size [mod]"), or its hex. */
static void put_symbol(struct trace_seq *s, unsigned long addr, bool offset)
{
	char name[KSYM_SYMBOL_LEN];

	name[0] = '\0';
	if (IS_ENABLED(CONFIG_KALLSYMS)) {
		if (offset)
			sprint_symbol(name, addr);
		else
			kallsyms_lookup(addr, NULL, NULL, NULL, name);
	}
	if (is_kretprobe_trampoline(addr))
		trace_seq_puts(s, "[unknown/kretprobe'd]");
	else if (name[0])
		trace_seq_puts(s, name);
	else
		trace_seq_printf(s, "0x%08lx", addr);
}

/**
 * seq_print_ip_sym - print a kernel text address as the options ask
 * @s: where to print
 * @ip: the address; 0 prints as "0"
 * @sym_flags: TRACE_SYM_OFFSET and/or TRACE_SYM_ADDR
 *
 * Context: any but NMI (kallsyms).
 */
void seq_print_ip_sym(struct trace_seq *s, unsigned long ip,
		      unsigned int sym_flags)
{
	if (!ip) {
		trace_seq_putc(s, '0');
		return;
	}
	put_symbol(s, ip, sym_flags & TRACE_SYM_OFFSET);
	if (sym_flags & TRACE_SYM_ADDR)
		trace_seq_printf(s, " <" ADDR_HEX ">", ip);
}

/*
 * A user address: "path[+0xoff]" of the mapping when @mm is known,
 * followed by " <addr>" when there is no file or sym-addr is on.
 */
static void put_user_ip(struct trace_seq *s, struct mm_struct *mm,
			unsigned long ip, unsigned int sym_flags)
{
	struct vm_area_struct *vma;
	bool have_file = false;

	if (mm) {
		mmap_read_lock(mm);
		vma = find_vma(mm, ip);
		if (vma && vma->vm_file) {
			have_file = true;
			trace_seq_path(s, file_user_path(vma->vm_file));
			trace_seq_printf(s, "[+0x%lx]", ip - vma->vm_start);
		}
		mmap_read_unlock(mm);
	}
	if (!have_file || (sym_flags & TRACE_SYM_ADDR))
		trace_seq_printf(s, " <" ADDR_HEX ">", ip);
}

/* ---- context columns ---- */

/**
 * trace_print_lat_fmt - the five flag characters of a record
 * @s: where to print
 * @entry: the record
 *
 * irqs-off/BH ('D' both, 'd' irqs, 'b' BH, 'X' unknown), need-resched
 * ('N' both kinds, 'n', 'p'), hardirq/softirq/NMI ('Z' NMI in hardirq,
 * 'z', 'H', 'h', 's'), preempt depth and migrate-disable depth in hex;
 * '.' for every "none".
 */
void trace_print_lat_fmt(struct trace_seq *s, struct trace_entry *entry)
{
	unsigned int f = entry->flags;
	unsigned int depth = entry->preempt_count & TRACE_CTX_PREEMPT_MASK;
	unsigned int migr = (entry->preempt_count & TRACE_CTX_MIGRATE_MASK) >>
			    TRACE_CTX_MIGRATE_SHIFT;
	bool irqs = f & TRACE_FLAG_IRQS_OFF, bh = f & TRACE_FLAG_BH_OFF;
	bool nmi = f & TRACE_FLAG_NMI, hard = f & TRACE_FLAG_HARDIRQ;
	bool soft = f & TRACE_FLAG_SOFTIRQ;
	bool need = f & TRACE_FLAG_NEED_RESCHED;
	bool pneed = f & TRACE_FLAG_PREEMPT_RESCHED;
	char col[6];

	if (irqs)
		col[0] = bh ? 'D' : 'd';
	else if (bh)
		col[0] = 'b';
	else
		col[0] = (f & TRACE_FLAG_IRQS_NOSUPPORT) ? 'X' : '.';

	col[1] = need ? (pneed ? 'N' : 'n') : (pneed ? 'p' : '.');

	if (nmi)
		col[2] = hard ? 'Z' : 'z';
	else if (hard)
		col[2] = soft ? 'H' : 'h';
	else
		col[2] = soft ? 's' : '.';

	col[3] = depth ? hex_asc[depth] : '.';
	col[4] = migr ? hex_asc[migr] : '.';
	col[5] = '\0';
	trace_seq_puts(s, col);
}

/* " %5lu.%06lu" (seconds.microseconds) for ns clocks, else the counter. */
static void put_timestamp(struct trace_seq *s, struct trace_iterator *iter,
			  u64 ts)
{
	u64 us;
	u32 rem;

	if (!iter_in_ns(iter)) {
		trace_seq_printf(s, " %12llu", ts);
		return;
	}
	us = ns_to_us_rounded(ts);
	us = div_u64_rem(us, USEC_PER_SEC, &rem);
	trace_seq_printf(s, " %5lu.%06lu", (unsigned long)us,
			 (unsigned long)rem);
}

/**
 * trace_print_context - the default columns in front of a record
 * @iter: the reader, with @iter->ent, ->cpu and ->ts set
 *
 * Return: nonzero unless iter->seq overflowed.
 */
int trace_print_context(struct trace_iterator *iter)
{
	struct trace_seq *s = &iter->seq;
	struct trace_entry *ent = iter->ent;
	char comm[TASK_COMM_LEN];
	int tgid;

	trace_find_cmdline(ent->pid, comm);
	trace_seq_printf(s, "%16s-%-7d ", comm, ent->pid);

	if (tr_opt(iter->tr, TOPT_RECORD_TGID)) {
		tgid = trace_find_tgid(ent->pid);
		if (tgid)
			trace_seq_printf(s, "(%7d) ", tgid);
		else
			trace_seq_puts(s, "(-------) ");
	}

	trace_seq_printf(s, "[%03d] ", iter->cpu);
	if (tr_opt(iter->tr, TOPT_IRQ_INFO))
		trace_print_lat_fmt(s, ent);
	put_timestamp(s, iter, iter->ts);
	trace_seq_puts(s, ": ");
	return !trace_seq_has_overflowed(s);
}

/*
 * Time stamp of the record that follows the current one, for the
 * latency format's delay column; the current one's when there is none.
 * Peeks without consuming, on every CPU the reader covers. It relies on
 * the reader having stepped past iter->ent on iter->cpu already (as the
 * "trace" file's walk does); otherwise the delay reads as zero.
 */
static u64 next_record_ts(struct trace_iterator *iter)
{
	struct trace_buffer *buf = iter_buffer(iter);
	struct ring_buffer_event *ev;
	u64 best = U64_MAX, ts;
	int cpu;

	for_each_possible_cpu(cpu) {
		if (iter->cpu_file != RING_BUFFER_ALL_CPUS &&
		    cpu != iter->cpu_file)
			continue;
		if (iter->buffer_iter && iter->buffer_iter[cpu])
			ev = ring_buffer_iter_peek(iter->buffer_iter[cpu], &ts);
		else if (iter->buffer_iter)
			continue;
		else
			ev = ring_buffer_peek(buf, cpu, &ts, NULL);
		if (ev && ts < best)
			best = ts;
	}
	return best == U64_MAX ? iter->ts : best;
}

/**
 * trace_iter_time_start - when the buffer being read was last reset
 * @iter: the reader
 *
 * The latency format prints times relative to this. The core overrides
 * this default (0: time since the clock's epoch) when it tracks resets.
 */
u64 __weak trace_iter_time_start(struct trace_iterator *iter)
{
	return 0;
}

/* The delay marks of the latency format, largest first. */
static const struct {
	u64	over_ns;
	char	mark;
} delay_marks[] = {
	{ 1000000000ULL, '$' },
	{ 100000000ULL,  '@' },
	{ 10000000ULL,   '*' },
	{ 1000000ULL,    '#' },
	{ 100000ULL,     '!' },
	{ 10000ULL,      '+' },
};

static char delay_mark(u64 ns)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(delay_marks); i++)
		if (ns > delay_marks[i].over_ns)
			return delay_marks[i].mark;
	return ' ';
}

static void put_lat_time(struct trace_iterator *iter, u64 next_ts)
{
	struct trace_seq *s = &iter->seq;
	bool verbose = tr_opt(iter->tr, TOPT_VERBOSE);
	u64 abs = iter->ts - trace_iter_time_start(iter);
	u64 rel = next_ts - iter->ts;
	u32 abs_us, rel_us;

	if (!iter_in_ns(iter)) {
		if (verbose)
			trace_seq_printf(s, "[%016llx] %lld (+%lld): ",
					 iter->ts, abs, rel);
		else
			trace_seq_printf(s, " %4lld: ", abs);
		return;
	}

	abs = ns_to_us_rounded(abs);
	rel = ns_to_us_rounded(rel);
	if (!verbose) {
		trace_seq_printf(s, " %4lldus%c: ", abs,
				 delay_mark(rel * NSEC_PER_USEC));
		return;
	}
	abs = div_u64_rem(abs, USEC_PER_MSEC, &abs_us);
	rel = div_u64_rem(rel, USEC_PER_MSEC, &rel_us);
	trace_seq_printf(s, "[%08llx] %ld.%03ldms (+%ld.%03ldms): ",
			 ns_to_us_rounded(iter->ts), (long)abs, (long)abs_us,
			 (long)rel, (long)rel_us);
}

/**
 * trace_print_lat_context - the latency-format columns of a record
 * @iter: the reader, with @iter->ent, ->cpu, ->ts and ->idx set
 *
 * Return: nonzero unless iter->seq overflowed.
 */
int trace_print_lat_context(struct trace_iterator *iter)
{
	struct trace_seq *s = &iter->seq;
	struct trace_entry *ent = iter->ent;
	char comm[TASK_COMM_LEN];
	u64 next_ts = next_record_ts(iter);

	trace_find_cmdline(ent->pid, comm);
	if (tr_opt(iter->tr, TOPT_VERBOSE)) {
		trace_seq_printf(s, "%16s %7d %3d %d %08x %08lx ",
				 comm, ent->pid, iter->cpu, ent->flags,
				 ent->preempt_count & TRACE_CTX_PREEMPT_MASK,
				 iter->idx);
	} else {
		trace_seq_printf(s, "%8.8s-%-7d %3d", comm, ent->pid,
				 iter->cpu);
		trace_print_lat_fmt(s, ent);
	}
	put_lat_time(iter, next_ts);
	return !trace_seq_has_overflowed(s);
}

/* ---- the core's record types ---- */

#define ENT(type, iter)	container_of((iter)->ent, type, ent)

/* Bytes of @iter's record from @field to its end. */
#define ENT_TAIL(iter, type, field)					\
	((iter)->ent_size > (int)offsetof(type, field) ?		\
	 (iter)->ent_size - (int)offsetof(type, field) : 0)

/* TRACE_FN: "func <-parent" */
static enum print_line_t fn_trace(struct trace_iterator *iter, int flags,
				  struct trace_event *event)
{
	struct ftrace_entry *f = ENT(struct ftrace_entry, iter);
	struct trace_seq *s = &iter->seq;

	seq_print_ip_sym(s, f->ip, flags);
	if (tr_opt(iter->tr, TOPT_PRINT_PARENT) && f->parent_ip) {
		trace_seq_puts(s, " <-");
		seq_print_ip_sym(s, f->parent_ip, flags);
	}
	trace_seq_putc(s, '\n');
	return seq_verdict(s);
}

static enum print_line_t fn_raw(struct trace_iterator *iter, int flags,
				struct trace_event *event)
{
	struct ftrace_entry *f = ENT(struct ftrace_entry, iter);

	trace_seq_printf(&iter->seq, "%lx %lx\n", f->ip, f->parent_ip);
	return seq_verdict(&iter->seq);
}

static enum print_line_t fn_hex(struct trace_iterator *iter, int flags,
				struct trace_event *event)
{
	struct ftrace_entry *f = ENT(struct ftrace_entry, iter);

	trace_seq_putmem_hex(&iter->seq, &f->ip, sizeof(f->ip));
	trace_seq_putmem_hex(&iter->seq, &f->parent_ip, sizeof(f->parent_ip));
	return seq_verdict(&iter->seq);
}

static enum print_line_t fn_bin(struct trace_iterator *iter, int flags,
				struct trace_event *event)
{
	struct ftrace_entry *f = ENT(struct ftrace_entry, iter);

	trace_seq_putmem(&iter->seq, &f->ip, sizeof(f->ip));
	trace_seq_putmem(&iter->seq, &f->parent_ip, sizeof(f->parent_ip));
	return seq_verdict(&iter->seq);
}

/* TRACE_STACK: "<stack trace>" then " => sym" per frame */
static enum print_line_t kstack_print(struct trace_iterator *iter,
					   int flags, struct trace_event *event)
{
	struct stack_entry *f = ENT(struct stack_entry, iter);
	struct trace_seq *s = &iter->seq;
	int room = ENT_TAIL(iter, struct stack_entry, caller) / sizeof(long);
	int i, n = min(f->size, room);

	trace_seq_puts(s, "<stack trace>\n");
	for (i = 0; i < n && !trace_seq_has_overflowed(s); i++) {
		if (f->caller[i] == ULONG_MAX)
			break;
		trace_seq_puts(s, " => ");
		if (f->caller[i] == STACK_SLOT_TRAMPOLINE) {
			trace_seq_puts(s, "[FTRACE TRAMPOLINE]\n");
			continue;
		}
		seq_print_ip_sym(s, f->caller[i], flags);
		trace_seq_putc(s, '\n');
	}
	return seq_verdict(s);
}

/* TRACE_USER_STACK: "<user stack trace>" then " => addr" per frame */
static enum print_line_t user_stack_print(struct trace_iterator *iter,
					  int flags, struct trace_event *event)
{
	struct userstack_entry *f = ENT(struct userstack_entry, iter);
	struct trace_seq *s = &iter->seq;
	struct task_struct *task;
	struct mm_struct *mm = NULL;
	int i;

	trace_seq_puts(s, "<user stack trace>\n");

	/* Resolve through the group leader: the thread may be gone. */
	if (tr_opt(iter->tr, TOPT_SYM_USEROBJ)) {
		rcu_read_lock();
		task = find_task_by_vpid(f->tgid);
		if (task)
			mm = get_task_mm(task);
		rcu_read_unlock();
	}

	for (i = 0; i < FTRACE_STACK_ENTRIES; i++) {
		if (!f->caller[i] || trace_seq_has_overflowed(s))
			break;
		trace_seq_puts(s, " => ");
		put_user_ip(s, mm, f->caller[i], flags);
		trace_seq_putc(s, '\n');
	}
	if (mm)
		mmput(mm);
	return seq_verdict(s);
}

/*
 * TRACE_PRINT (trace_marker, trace_printk with a run-time format,
 * trace_puts of a run-time string): "caller: text". A marker write's
 * caller is the marker's write function, so it reads
 * "tracing_mark_write: text".
 */
static enum print_line_t print_trace(struct trace_iterator *iter, int flags,
				     struct trace_event *event)
{
	struct print_entry *f = ENT(struct print_entry, iter);
	struct trace_seq *s = &iter->seq;

	seq_print_ip_sym(s, f->ip, flags);
	trace_seq_printf(s, ": %s", f->buf);
	return seq_verdict(s);
}

static enum print_line_t print_raw(struct trace_iterator *iter, int flags,
				   struct trace_event *event)
{
	struct print_entry *f = ENT(struct print_entry, iter);

	trace_seq_printf(&iter->seq, "# %lx %s", f->ip, f->buf);
	return seq_verdict(&iter->seq);
}

/* TRACE_BPRINT: the format is applied now, at read time. */
static enum print_line_t bprint_trace(struct trace_iterator *iter, int flags,
				      struct trace_event *event)
{
	struct bprint_entry *f = ENT(struct bprint_entry, iter);
	struct trace_seq *s = &iter->seq;

	seq_print_ip_sym(s, f->ip, flags);
	trace_seq_puts(s, ": ");
	trace_seq_bprintf(s, f->fmt, f->buf);
	return seq_verdict(s);
}

static enum print_line_t bprint_raw(struct trace_iterator *iter, int flags,
				    struct trace_event *event)
{
	struct bprint_entry *f = ENT(struct bprint_entry, iter);

	trace_seq_printf(&iter->seq, ": %lx : ", f->ip);
	trace_seq_bprintf(&iter->seq, f->fmt, f->buf);
	return seq_verdict(&iter->seq);
}

/* TRACE_BPUTS: the record holds only a pointer to a constant string. */
static enum print_line_t bputs_trace(struct trace_iterator *iter, int flags,
				     struct trace_event *event)
{
	struct bputs_entry *f = ENT(struct bputs_entry, iter);
	struct trace_seq *s = &iter->seq;

	seq_print_ip_sym(s, f->ip, flags);
	trace_seq_puts(s, ": ");
	trace_seq_puts(s, f->str);
	return seq_verdict(s);
}

static enum print_line_t bputs_raw(struct trace_iterator *iter, int flags,
				   struct trace_event *event)
{
	struct bputs_entry *f = ENT(struct bputs_entry, iter);

	trace_seq_printf(&iter->seq, ": %lx : ", f->ip);
	trace_seq_puts(&iter->seq, f->str);
	return seq_verdict(&iter->seq);
}

/* TRACE_RAW_DATA (trace_marker_raw): "# id buf: xx xx ..." */
static enum print_line_t raw_data_print(struct trace_iterator *iter,
					int flags, struct trace_event *event)
{
	struct raw_data_entry *f = ENT(struct raw_data_entry, iter);
	int i, len = ENT_TAIL(iter, struct raw_data_entry, buf);

	trace_seq_printf(&iter->seq, "# %x buf:", f->id);
	for (i = 0; i < len; i++)
		trace_seq_printf(&iter->seq, " %02x", (u8)f->buf[i]);
	trace_seq_putc(&iter->seq, '\n');
	return seq_verdict(&iter->seq);
}

static struct trace_event_functions fn_funcs = {
	.trace	= fn_trace,
	.raw	= fn_raw,
	.hex	= fn_hex,
	.binary	= fn_bin,
};

static struct trace_event_functions stack_funcs = {
	.trace	= kstack_print,
};

static struct trace_event_functions user_stack_funcs = {
	.trace	= user_stack_print,
};

static struct trace_event_functions print_funcs = {
	.trace	= print_trace,
	.raw	= print_raw,
};

static struct trace_event_functions bprint_funcs = {
	.trace	= bprint_trace,
	.raw	= bprint_raw,
};

static struct trace_event_functions bputs_funcs = {
	.trace	= bputs_trace,
	.raw	= bputs_raw,
};

static struct trace_event_functions raw_data_funcs = {
	.trace	= raw_data_print,
	.raw	= raw_data_print,
};

static struct trace_event core_events[] = {
	{ .type = TRACE_FN,		.funcs = &fn_funcs },
	{ .type = TRACE_STACK,		.funcs = &stack_funcs },
	{ .type = TRACE_USER_STACK,	.funcs = &user_stack_funcs },
	{ .type = TRACE_PRINT,		.funcs = &print_funcs },
	{ .type = TRACE_BPRINT,		.funcs = &bprint_funcs },
	{ .type = TRACE_BPUTS,		.funcs = &bputs_funcs },
	{ .type = TRACE_RAW_DATA,	.funcs = &raw_data_funcs },
};

/**
 * init_trace_output - register the print functions of the core's records
 *
 * Context: boot (early initcall), process context.
 * Return: 0, or -EBUSY if one of the fixed ids was already taken.
 */
int __init init_trace_output(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(core_events); i++)
		if (!register_trace_event(&core_events[i]))
			return -EBUSY;
	return 0;
}

/* ---- one line per record ---- */

/**
 * trace_iter_started - the reader's mask of CPUs already announced
 * @iter: the reader
 *
 * The "annotate" option prints "##### CPU N buffer started ####" before
 * the first record of each CPU after the first record of the dump; the
 * "trace" file keeps the mask per open (NULL elsewhere: no annotation).
 */
struct cpumask *trace_iter_started(struct trace_iterator *iter)
{
	return iter->started;
}

static void announce_cpu_start(struct trace_iterator *iter)
{
	struct cpumask *seen;

	if (!tr_opt(iter->tr, TOPT_ANNOTATE) ||
	    !(iter->iter_flags & TRACE_FILE_ANNOTATE))
		return;
	seen = trace_iter_started(iter);
	if (!seen || cpumask_test_and_set_cpu(iter->cpu, seen))
		return;
	if (iter->idx > 1)
		trace_seq_printf(&iter->seq, "##### CPU %u buffer started ####\n",
				 iter->cpu);
}

static enum print_line_t line_default(struct trace_iterator *iter,
				      struct trace_event *ev)
{
	struct trace_seq *s = &iter->seq;

	announce_cpu_start(iter);
	if (tr_opt(iter->tr, TOPT_CONTEXT_INFO)) {
		if (iter_lat_fmt(iter))
			trace_print_lat_context(iter);
		else
			trace_print_context(iter);
	}
	if (trace_seq_has_overflowed(s))
		return TRACE_TYPE_PARTIAL_LINE;
	if (ev)
		return ev->funcs->trace(iter, trace_sym_flags(iter->tr), ev);
	trace_seq_printf(s, "Unknown type %d\n", iter->ent->type);
	return seq_verdict(s);
}

static enum print_line_t line_raw(struct trace_iterator *iter,
				  struct trace_event *ev)
{
	struct trace_seq *s = &iter->seq;

	if (tr_opt(iter->tr, TOPT_CONTEXT_INFO))
		trace_seq_printf(s, "%d %d %llu ", iter->ent->pid, iter->cpu,
				 iter->ts);
	if (trace_seq_has_overflowed(s))
		return TRACE_TYPE_PARTIAL_LINE;
	if (ev)
		return ev->funcs->raw(iter, 0, ev);
	trace_seq_printf(s, "%d ?\n", iter->ent->type);
	return seq_verdict(s);
}

static enum print_line_t line_hex(struct trace_iterator *iter,
				  struct trace_event *ev)
{
	struct trace_seq *s = &iter->seq;
	enum print_line_t ret;

	if (tr_opt(iter->tr, TOPT_CONTEXT_INFO)) {
		trace_seq_putmem_hex(s, &iter->ent->pid, sizeof(iter->ent->pid));
		trace_seq_putmem_hex(s, &iter->cpu, sizeof(iter->cpu));
		trace_seq_putmem_hex(s, &iter->ts, sizeof(iter->ts));
		if (trace_seq_has_overflowed(s))
			return TRACE_TYPE_PARTIAL_LINE;
	}
	if (ev) {
		ret = ev->funcs->hex(iter, 0, ev);
		if (ret != TRACE_TYPE_HANDLED)
			return ret;
	}
	trace_seq_putc(s, '\n');
	return seq_verdict(s);
}

static enum print_line_t line_bin(struct trace_iterator *iter,
				  struct trace_event *ev)
{
	struct trace_seq *s = &iter->seq;

	if (tr_opt(iter->tr, TOPT_CONTEXT_INFO)) {
		trace_seq_putmem(s, &iter->ent->pid, sizeof(iter->ent->pid));
		trace_seq_putmem(s, &iter->cpu, sizeof(iter->cpu));
		trace_seq_putmem(s, &iter->ts, sizeof(iter->ts));
		if (trace_seq_has_overflowed(s))
			return TRACE_TYPE_PARTIAL_LINE;
	}
	return ev ? ev->funcs->binary(iter, 0, ev) : TRACE_TYPE_HANDLED;
}

/* printk-msg-only: a trace_printk()/marker record as its bare text. */
static bool print_msg_only(struct trace_iterator *iter,
			   enum print_line_t *ret)
{
	struct trace_seq *s = &iter->seq;

	if (!tr_opt(iter->tr, TOPT_PRINTK) ||
	    !tr_opt(iter->tr, TOPT_PRINTK_MSGONLY))
		return false;

	switch (iter->ent->type) {
	case TRACE_BPUTS:
		trace_seq_puts(s, ENT(struct bputs_entry, iter)->str);
		break;
	case TRACE_BPRINT:
		trace_seq_bprintf(s, ENT(struct bprint_entry, iter)->fmt,
				  ENT(struct bprint_entry, iter)->buf);
		break;
	case TRACE_PRINT:
		trace_seq_puts(s, ENT(struct print_entry, iter)->buf);
		break;
	default:
		return false;
	}
	*ret = seq_verdict(s);
	return true;
}

static enum print_line_t print_line_locked(struct trace_iterator *iter)
{
	struct trace_array *tr = iter->tr;
	struct trace_event *ev;
	enum print_line_t ret;

	if (iter->trace && iter->trace->print_line) {
		ret = iter->trace->print_line(iter);
		if (ret != TRACE_TYPE_UNHANDLED)
			return ret;
	}
	if (print_msg_only(iter, &ret))
		return ret;

	ev = ftrace_find_event(iter->ent->type);
	if (tr_opt(tr, TOPT_BIN))
		return line_bin(iter, ev);
	if (tr_opt(tr, TOPT_HEX))
		return line_hex(iter, ev);
	if (tr_opt(tr, TOPT_RAW))
		return line_raw(iter, ev);
	return line_default(iter, ev);
}

/*
 * Readers sleep on event_reg_sem; a dump from an oops or NMI cannot, and
 * prints unprotected rather than not at all (a module unloading right
 * then is the least of its worries).
 */
static bool event_read_lock_any(void)
{
	if (down_read_trylock(&event_reg_sem))
		return true;
	if (!preemptible())
		return false;
	down_read(&event_reg_sem);
	return true;
}

enum print_line_t print_trace_line(struct trace_iterator *iter)
{
	enum print_line_t ret;
	bool locked;

	if (iter->lost_events) {
		if (iter->lost_events == (unsigned long)-1)
			trace_seq_printf(&iter->seq, "CPU:%d [LOST EVENTS]\n",
					 iter->cpu);
		else
			trace_seq_printf(&iter->seq,
					 "CPU:%d [LOST %lu EVENTS]\n",
					 iter->cpu, iter->lost_events);
		if (trace_seq_has_overflowed(&iter->seq))
			return TRACE_TYPE_PARTIAL_LINE;
	}

	locked = event_read_lock_any();
	ret = print_line_locked(iter);
	if (locked)
		trace_event_read_unlock();
	return ret;
}

/* ---- the header of the "trace" file ---- */

/* True when the reader has nothing left to show. */
static bool iter_is_empty(struct trace_iterator *iter)
{
	struct trace_buffer *buf = iter_buffer(iter);
	int cpu;

	for_each_possible_cpu(cpu) {
		if (iter->cpu_file != RING_BUFFER_ALL_CPUS &&
		    cpu != iter->cpu_file)
			continue;
		if (iter->buffer_iter && iter->buffer_iter[cpu]) {
			if (!ring_buffer_iter_empty(iter->buffer_iter[cpu]))
				return false;
		} else if (!ring_buffer_empty_cpu(buf, cpu)) {
			return false;
		}
	}
	return true;
}

/*
 * Records held now, and records ever accepted (held + overwritten),
 * over every CPU of the buffer whatever CPU the file shows.
 */
static void count_entries(struct trace_iterator *iter, unsigned long *held,
			  unsigned long *written)
{
	struct trace_buffer *buf = iter_buffer(iter);
	unsigned long n;
	int cpu;

	*held = 0;
	*written = 0;
	for_each_possible_cpu(cpu) {
		n = ring_buffer_entries_cpu(buf, cpu);
		*held += n;
		*written += n + ring_buffer_overrun_cpu(buf, cpu);
	}
}

static void put_entry_counts(struct seq_file *m, struct trace_iterator *iter)
{
	unsigned long held, written;

	count_entries(iter, &held, &written);
	seq_printf(m, "# entries-in-buffer/entries-written: %lu/%lu   #P:%d\n",
		   held, written, num_online_cpus());
	seq_puts(m, "#\n");
}

static void put_func_header(struct seq_file *m, struct trace_iterator *iter)
{
	bool tgid = tr_opt(iter->tr, TOPT_RECORD_TGID);

	put_entry_counts(m, iter);
	seq_printf(m, "#           TASK-PID    %s CPU#     TIMESTAMP  FUNCTION\n",
		   tgid ? "   TGID   " : "");
	seq_printf(m, "#              | |      %s   |         |         |\n",
		   tgid ? "     |    " : "");
}

static void put_func_header_irq(struct seq_file *m,
				struct trace_iterator *iter)
{
	/* The flag legend shifts right by the width of the TGID column. */
	static const char *const legend[] = {
		"  _-----=> irqs-off/BH-disabled",
		" / _----=> need-resched",
		"| / _---=> hardirq/softirq",
		"|| / _--=> preempt-depth",
		"||| / _-=> migrate-disable",
		"|||| /     delay",
	};
	bool tgid = tr_opt(iter->tr, TOPT_RECORD_TGID);
	int pad = tgid ? 12 : 2;
	int i;

	put_entry_counts(m, iter);
	for (i = 0; i < ARRAY_SIZE(legend); i++)
		seq_printf(m, "#                            %*s%s\n", pad, "",
			   legend[i]);
	seq_printf(m, "#           TASK-PID  %.*s CPU#  |||||  TIMESTAMP  FUNCTION\n",
		   pad, "     TGID   ");
	seq_printf(m, "#              | |    %.*s   |   |||||     |         |\n",
		   pad, "       |    ");
}

static void put_lat_legend(struct seq_file *m)
{
	seq_puts(m,
		 "#                    _------=> CPU#            \n"
		 "#                   / _-----=> irqs-off/BH-disabled\n"
		 "#                  | / _----=> need-resched    \n"
		 "#                  || / _---=> hardirq/softirq \n"
		 "#                  ||| / _--=> preempt-depth   \n"
		 "#                  |||| / _-=> migrate-disable \n"
		 "#                  ||||| /     delay           \n"
		 "#  cmd     pid     |||||| time  |   caller     \n"
		 "#     \\   /        ||||||  \\    |    /       \n");
}

static const char *preempt_model_name(void)
{
	if (preempt_model_none())
		return "server";
	if (preempt_model_voluntary())
		return "desktop";
	if (preempt_model_full())
		return "preempt";
	if (preempt_model_rt())
		return "preempt_rt";
	return "unknown";
}

/**
 * trace_print_lat_header - the latency-format block about one trace
 * @m: the "trace" file
 * @iter: its reader
 * @info: what a latency tracer recorded about its worst case; a nop
 *	  tracer passes all zeroes
 *
 * Context: reader, process context.
 */
void trace_print_lat_header(struct seq_file *m, struct trace_iterator *iter,
			    const struct trace_lat_info *info)
{
	unsigned int sym = trace_sym_flags(&global_trace);
	unsigned long held, written;

	count_entries(iter, &held, &written);
	seq_printf(m, "# %s latency trace v1.1.5 on %s\n", iter_tracer(iter)->name,
		   init_utsname()->release);
	seq_puts(m, "# --------------------------------------------------------------------\n");
	seq_printf(m, "# latency: %lu us, #%lu/%lu, CPU#%d | (M:%s VP:%d, KP:%d, SP:%d HP:%d",
		   (unsigned long)div_u64(info->latency_ns, NSEC_PER_USEC),
		   held, written, info->cpu, preempt_model_name(), 0, 0, 0, 0);
	if (IS_ENABLED(CONFIG_SMP))
		seq_printf(m, " #P:%d)\n", num_online_cpus());
	else
		seq_puts(m, ")\n");
	seq_puts(m, "#    -----------------\n");
	seq_printf(m, "#    | task: %.16s-%d (uid:%d nice:%ld policy:%ld rt_prio:%ld)\n",
		   info->comm ? info->comm : "", info->pid,
		   from_kuid_munged(seq_user_ns(m), info->uid), info->nice,
		   info->policy, info->rt_priority);
	seq_puts(m, "#    -----------------\n");

	if (info->critical_start) {
		trace_seq_init(&iter->tmp_seq);
		trace_seq_puts(&iter->tmp_seq, "#  => started at: ");
		seq_print_ip_sym(&iter->tmp_seq, info->critical_start, sym);
		trace_seq_puts(&iter->tmp_seq, "\n#  => ended at:   ");
		seq_print_ip_sym(&iter->tmp_seq, info->critical_end, sym);
		trace_seq_puts(&iter->tmp_seq, "\n#\n");
		trace_print_seq(m, &iter->tmp_seq);
	}
	seq_puts(m, "#\n");
}

/**
 * trace_default_header - the column legend of the "trace" file
 * @m: the "trace" file
 * @iter: its reader
 *
 * Nothing with context-info off; the latency block and legend (only when
 * there are records) with latency-format; else the function legend, with
 * the flag columns when irq-info is on. verbose drops the legends.
 */
void trace_default_header(struct seq_file *m, struct trace_iterator *iter)
{
	struct trace_array *tr = iter->tr;
	struct trace_lat_info none = { .uid = GLOBAL_ROOT_UID };

	if (!tr_opt(tr, TOPT_CONTEXT_INFO))
		return;

	if (iter_lat_fmt(iter)) {
		if (iter_is_empty(iter))
			return;
		trace_print_lat_header(m, iter, &none);
		if (!tr_opt(tr, TOPT_VERBOSE))
			put_lat_legend(m);
		return;
	}
	if (tr_opt(tr, TOPT_VERBOSE))
		return;
	if (tr_opt(tr, TOPT_IRQ_INFO))
		put_func_header_irq(m, iter);
	else
		put_func_header(m, iter);
}

void trace_print_header(struct seq_file *m, struct trace_iterator *iter)
{
	struct tracer *t = iter_tracer(iter);

	seq_printf(m, "# tracer: %s\n", t->name);
	seq_puts(m, "#\n");
	if (t->print_header)
		t->print_header(m);
	else
		trace_default_header(m, iter);
}
