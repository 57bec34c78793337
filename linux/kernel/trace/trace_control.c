// SPDX-License-Identifier: GPL-2.0
/*
 * Global tracing control from the rest of the kernel: tracing_on() and
 * tracing_off() (the top-level buffer's switch), the warning hook, and
 * ftrace_dump(), which the oops and panic paths use to print the buffer
 * to the console.
 */
#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/kdebug.h>
#include <linux/nmi.h>
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/notifier.h>
#include <linux/panic_notifier.h>
#include <linux/sysctl.h>
#include "trace_array.h"
#include "trace_output.h"

/* /proc/sys/kernel/ftrace_dump_on_oops: "0", "1", "2" or "orig_cpu". */
char ftrace_dump_on_oops[MAX_TRACER_SIZE] = "0";
/* /proc/sys/kernel/traceoff_on_warning */
int __disable_trace_on_warning;
/* /proc/sys/kernel/tracepoint_printk */
int tracepoint_printk;

/* Context of the switches: any, NMI included. */
void tracing_on(void)
{
	tracer_tracing_on(&global_trace);
}
EXPORT_SYMBOL_GPL(tracing_on);

void tracing_off(void)
{
	tracer_tracing_off(&global_trace);
}
EXPORT_SYMBOL_GPL(tracing_off);

int tracing_is_on(void)
{
	return tracer_tracing_is_on(&global_trace);
}
EXPORT_SYMBOL_GPL(tracing_is_on);

/* Nesting stop/start of the top-level buffer (latency tracers, dumps). */
void tracing_start(void)
{
	if (global_trace.buffer)
		ring_buffer_record_enable(global_trace.buffer);
}

void tracing_stop(void)
{
	if (global_trace.buffer)
		ring_buffer_record_disable(global_trace.buffer);
}

/* No snapshot buffer yet: nothing to take. */
void tracing_snapshot(void)
{
}
EXPORT_SYMBOL_GPL(tracing_snapshot);

void tracing_snapshot_alloc(void)
{
}
EXPORT_SYMBOL_GPL(tracing_snapshot_alloc);

/*
 * disable_trace_on_warning - called by WARN() before it prints.
 * Context: any.
 */
void disable_trace_on_warning(void)
{
	if (READ_ONCE(__disable_trace_on_warning))
		tracing_off();
}

int tracepoint_printk_sysctl(const struct ctl_table *table, int write,
			     void *buffer, size_t *lenp, loff_t *ppos)
{
	return proc_dointvec(table, write, buffer, lenp, ppos);
}

/* ---- ftrace_dump ---- */

/* Static: a dump must work when allocation does not. */
static struct trace_iterator dump_iter;
static atomic_t dump_running;

static void dump_print_seq(struct trace_seq *s)
{
	int len = min_t(int, trace_seq_used(s), TRACE_SEQ_BUFFER_SIZE - 1);

	s->buffer[len] = '\0';
	printk(KERN_EMERG "%s", s->buffer);
	trace_seq_init(s);
}

/* Consume and print every record of @cpu (or all cpus), oldest first. */
static void dump_records(struct trace_iterator *iter)
{
	long n = 0;

	while (trace_iter_peek_consume(iter)) {
		trace_seq_init(&iter->seq);
		print_trace_line(iter);
		ring_buffer_consume(iter->buffer, iter->cpu, NULL, NULL);
		dump_print_seq(&iter->seq);
		/* A big buffer on a slow console: keep the watchdogs quiet. */
		if (!(++n % 64))
			touch_nmi_watchdog();
	}
	if (!n)
		printk(KERN_EMERG "   (ftrace buffer empty)\n");
}

/*
 * ftrace_dump - print (and consume) the top-level buffer on the console.
 * @oops_dump_mode: DUMP_ALL, DUMP_ORIG (this cpu only) or DUMP_NONE.
 * Recording stops for good: the records explain the crash, new ones
 * would bury them. Context: any, including a dying machine; concurrent
 * dumps are skipped.
 */
void ftrace_dump(enum ftrace_dump_mode oops_dump_mode)
{
	struct trace_array *tr = &global_trace;
	struct trace_iterator *iter = &dump_iter;

	if (oops_dump_mode == DUMP_NONE || !tr->buffer)
		return;
	if (atomic_inc_return(&dump_running) != 1) {
		atomic_dec(&dump_running);
		return;
	}
	tracing_off();
	ring_buffer_record_disable(tr->buffer);

	memset(iter, 0, sizeof(*iter));
	iter->tr = tr;
	iter->trace = tr->current_trace;
	iter->buffer = tr->buffer;
	iter->cpu_file = oops_dump_mode == DUMP_ORIG ?
			 raw_smp_processor_id() : RING_BUFFER_ALL_CPUS;
	if (trace_clocks[tr->clock_id].in_ns)
		iter->iter_flags |= TRACE_FILE_TIME_IN_NS;
	trace_seq_init(&iter->seq);
	trace_seq_init(&iter->tmp_seq);

	printk(KERN_EMERG "Dumping ftrace buffer:\n");
	printk(KERN_EMERG "---------------------------------\n");
	dump_records(iter);
	printk(KERN_EMERG "---------------------------------\n");

	ring_buffer_record_enable(tr->buffer);
	atomic_dec(&dump_running);
}
EXPORT_SYMBOL_GPL(ftrace_dump);

/* The ftrace_dump_on_oops setting as a dump mode. */
static enum ftrace_dump_mode dump_mode_setting(void)
{
	const char *s = ftrace_dump_on_oops;

	if (!strcmp(s, "0"))
		return DUMP_NONE;
	if (!strcmp(s, "2") || !strcmp(s, "orig_cpu"))
		return DUMP_ORIG;
	return DUMP_ALL;
}

/* Context: the panic path, or an oops (die chain); any. */
static int trace_panic_notify(struct notifier_block *nb, unsigned long ev,
			      void *unused)
{
	ftrace_dump(dump_mode_setting());
	return NOTIFY_OK;
}

static int trace_die_notify(struct notifier_block *nb, unsigned long ev,
			    void *unused)
{
	if (ev == DIE_OOPS)
		ftrace_dump(dump_mode_setting());
	return NOTIFY_OK;
}

static struct notifier_block trace_panic_nb = {
	.notifier_call	= trace_panic_notify,
	.priority	= 150,	/* before the console is flushed for good */
};

static struct notifier_block trace_die_nb = {
	.notifier_call	= trace_die_notify,
	.priority	= 200,
};

/* ftrace_dump_on_oops[=orig_cpu|2] on the kernel command line. */
static int __init set_ftrace_dump_on_oops(char *str)
{
	if (!*str || !strcmp(str, "=") )
		strscpy(ftrace_dump_on_oops, "1", MAX_TRACER_SIZE);
	else
		strscpy(ftrace_dump_on_oops, str[0] == '=' ? str + 1 : str,
			MAX_TRACER_SIZE);
	return 1;
}
__setup("ftrace_dump_on_oops", set_ftrace_dump_on_oops);

static int __init trace_dump_notifiers_init(void)
{
	atomic_notifier_chain_register(&panic_notifier_list, &trace_panic_nb);
	register_die_notifier(&trace_die_nb);
	return 0;
}
early_initcall(trace_dump_notifiers_init);
