// SPDX-License-Identifier: GPL-2.0
/*
 * events/ftrace/: the records the tracing core and its tracers write
 * (trace_entries.h), described as events.
 *
 * These are not tracepoints: nothing enables them, so they have no enable
 * or filter file (TRACE_EVENT_FL_IGNORE_ENABLE), only a format and, for
 * the two upstream lets perf open (function, print), an id. Their ids are
 * the fixed record types of trace_entries.h. trace-cmd and libtraceevent
 * read these formats to decode trace_pipe_raw pages, so each field line
 * is upstream's: same names, types, offsets and sizes (the offsets and
 * sizes are taken from our structs, which keep upstream's layout), and
 * the "print fmt" text is upstream's too.
 */
#include <linux/kernel.h>
#include <linux/stddef.h>
#include <linux/stringify.h>
#include "trace_entries.h"
#include "trace_event_internal.h"

/*
 * One field: its type as the format file prints it, its name, and where
 * it is in struct @st (@member may be nested: "graph_ent.func").
 */
#define FT_FIELD(st, ftype, fname, member, sgn) {			\
	.type = ftype, .name = fname,					\
	.offset = offsetof(struct st, member),				\
	.size = sizeof_field(struct st, member),			\
	.is_signed = sgn, .filter_type = FILTER_OTHER }

/* A field named like its member. */
#define FT_F(st, ftype, member, sgn)	FT_FIELD(st, ftype, #member, member, sgn)

/* A fixed array of @n elements; its type prints as "type[n]". */
#define FT_ARRAY(st, etype, member, n) {				\
	.type = etype "[" __stringify(n) "]", .name = #member,		\
	.offset = offsetof(struct st, member),				\
	.size = (n) * sizeof(((struct st *)0)->member[0]),		\
	.len = (n), .filter_type = FILTER_OTHER }

/* A trailing array of any length ("type[]", size 0). */
#define FT_DYN(st, etype, member) {					\
	.type = etype "[]", .name = #member,				\
	.offset = offsetof(struct st, member), .filter_type = FILTER_OTHER }

static const struct trace_event_fields function_fields[] = {
	FT_F(ftrace_entry, "unsigned long", ip, 0),
	FT_F(ftrace_entry, "unsigned long", parent_ip, 0),
	{}
};

static const struct trace_event_fields funcgraph_entry_fields[] = {
	FT_FIELD(ftrace_graph_ent_entry, "unsigned long", "func", graph_ent.func, 0),
	FT_FIELD(ftrace_graph_ent_entry, "int", "depth", graph_ent.depth, 1),
	{}
};

static const struct trace_event_fields funcgraph_exit_fields[] = {
	FT_FIELD(ftrace_graph_ret_entry, "unsigned long", "func", ret.func, 0),
	FT_FIELD(ftrace_graph_ret_entry, "unsigned long", "retval", ret.retval, 0),
	FT_FIELD(ftrace_graph_ret_entry, "int", "depth", ret.depth, 1),
	FT_FIELD(ftrace_graph_ret_entry, "unsigned int", "overrun", ret.overrun, 0),
	FT_F(ftrace_graph_ret_entry, "unsigned long long", calltime, 0),
	FT_F(ftrace_graph_ret_entry, "unsigned long long", rettime, 0),
	{}
};

/* context_switch and wakeup share a record. */
static const struct trace_event_fields ctx_switch_fields[] = {
	FT_F(ctx_switch_entry, "unsigned int", prev_pid, 0),
	FT_F(ctx_switch_entry, "unsigned int", next_pid, 0),
	FT_F(ctx_switch_entry, "unsigned int", next_cpu, 0),
	FT_F(ctx_switch_entry, "unsigned char", prev_prio, 0),
	FT_F(ctx_switch_entry, "unsigned char", prev_state, 0),
	FT_F(ctx_switch_entry, "unsigned char", next_prio, 0),
	FT_F(ctx_switch_entry, "unsigned char", next_state, 0),
	{}
};

/* The record holds @size callers; the format shows upstream's eight. */
static const struct trace_event_fields kernel_stack_fields[] = {
	FT_F(stack_entry, "int", size, 1),
	FT_ARRAY(stack_entry, "unsigned long", caller, FTRACE_STACK_ENTRIES),
	{}
};

static const struct trace_event_fields user_stack_fields[] = {
	FT_F(userstack_entry, "unsigned int", tgid, 0),
	FT_ARRAY(userstack_entry, "unsigned long", caller, FTRACE_STACK_ENTRIES),
	{}
};

static const struct trace_event_fields bprint_fields[] = {
	FT_F(bprint_entry, "unsigned long", ip, 0),
	FT_F(bprint_entry, "const char *", fmt, 0),
	FT_DYN(bprint_entry, "u32", buf),
	{}
};

static const struct trace_event_fields print_fields[] = {
	FT_F(print_entry, "unsigned long", ip, 0),
	FT_DYN(print_entry, "char", buf),
	{}
};

static const struct trace_event_fields raw_data_fields[] = {
	FT_F(raw_data_entry, "unsigned int", id, 0),
	FT_DYN(raw_data_entry, "char", buf),
	{}
};

static const struct trace_event_fields bputs_fields[] = {
	FT_F(bputs_entry, "unsigned long", ip, 0),
	FT_F(bputs_entry, "const char *", str, 0),
	{}
};

static const struct trace_event_fields mmiotrace_rw_fields[] = {
	FT_F(trace_mmiotrace_rw, "resource_size_t", phys, 0),
	FT_F(trace_mmiotrace_rw, "unsigned long", value, 0),
	FT_F(trace_mmiotrace_rw, "unsigned long", pc, 0),
	FT_F(trace_mmiotrace_rw, "int", map_id, 1),
	FT_F(trace_mmiotrace_rw, "unsigned char", opcode, 0),
	FT_F(trace_mmiotrace_rw, "unsigned char", width, 0),
	{}
};

static const struct trace_event_fields mmiotrace_map_fields[] = {
	FT_F(trace_mmiotrace_map, "resource_size_t", phys, 0),
	FT_F(trace_mmiotrace_map, "unsigned long", virt, 0),
	FT_F(trace_mmiotrace_map, "unsigned long", len, 0),
	FT_F(trace_mmiotrace_map, "int", map_id, 1),
	FT_F(trace_mmiotrace_map, "unsigned char", opcode, 0),
	{}
};

static const struct trace_event_fields branch_fields[] = {
	FT_F(trace_branch, "unsigned int", line, 0),
	FT_ARRAY(trace_branch, "char", func, TRACE_FUNC_SIZE + 1),
	FT_ARRAY(trace_branch, "char", file, TRACE_FILE_SIZE + 1),
	FT_F(trace_branch, "char", correct, 0),
	FT_F(trace_branch, "char", constant, 0),
	{}
};

static const struct trace_event_fields hwlat_fields[] = {
	FT_F(hwlat_entry, "u64", duration, 0),
	FT_F(hwlat_entry, "u64", outer_duration, 0),
	FT_F(hwlat_entry, "u64", nmi_total_ts, 0),
	FT_FIELD(hwlat_entry, "s64", "tv_sec", timestamp.tv_sec, 1),
	FT_FIELD(hwlat_entry, "long", "tv_nsec", timestamp.tv_nsec, 1),
	FT_F(hwlat_entry, "unsigned int", nmi_count, 0),
	FT_F(hwlat_entry, "unsigned int", seqnum, 0),
	FT_F(hwlat_entry, "unsigned int", count, 0),
	{}
};

static const struct trace_event_fields func_repeats_fields[] = {
	FT_F(func_repeats_entry, "unsigned long", ip, 0),
	FT_F(func_repeats_entry, "unsigned long", parent_ip, 0),
	FT_F(func_repeats_entry, "u16", count, 0),
	FT_F(func_repeats_entry, "u16", top_delta_ts, 0),
	FT_F(func_repeats_entry, "u32", bottom_delta_ts, 0),
	{}
};

static const struct trace_event_fields osnoise_fields[] = {
	FT_F(osnoise_entry, "u64", noise, 0),
	FT_F(osnoise_entry, "u64", runtime, 0),
	FT_F(osnoise_entry, "u64", max_sample, 0),
	FT_F(osnoise_entry, "unsigned int", hw_count, 0),
	FT_F(osnoise_entry, "unsigned int", nmi_count, 0),
	FT_F(osnoise_entry, "unsigned int", irq_count, 0),
	FT_F(osnoise_entry, "unsigned int", softirq_count, 0),
	FT_F(osnoise_entry, "unsigned int", thread_count, 0),
	{}
};

static const struct trace_event_fields timerlat_fields[] = {
	FT_F(timerlat_entry, "unsigned int", seqnum, 0),
	FT_F(timerlat_entry, "int", context, 1),
	FT_F(timerlat_entry, "u64", timer_latency, 0),
	{}
};

/* The print formats, as upstream's format files show them. */
#define PF_STACK							\
	"\"\\t=> %ps\\n\\t=> %ps\\n\\t=> %ps\\n\" "			\
	"\"\\t=> %ps\\n\\t=> %ps\\n\\t=> %ps\\n\" "			\
	"\"\\t=> %ps\\n\\t=> %ps\\n\", (void *)REC->caller[0], "	\
	"(void *)REC->caller[1], (void *)REC->caller[2], "		\
	"(void *)REC->caller[3], (void *)REC->caller[4], "		\
	"(void *)REC->caller[5], (void *)REC->caller[6], "		\
	"(void *)REC->caller[7]"

#define PF_CTX(arrow)							\
	"\"%u:%u:%u  " arrow " %u:%u:%u [%03u]\", REC->prev_pid, "	\
	"REC->prev_prio, REC->prev_state, REC->next_pid, "		\
	"REC->next_prio, REC->next_state, REC->next_cpu"

/*
 * trace_event_class::reg of the events perf may open (function, print).
 * Only its presence matters for now (it gives them an id file, as
 * upstream); perf on them is not supported yet.
 */
static int ftrace_record_reg(struct trace_event_call *call,
			     enum trace_reg type, void *data)
{
	return -EOPNOTSUPP;
}

/* The record type is fixed and already printable (trace_output.c). */
static int ftrace_record_init(struct trace_event_call *call)
{
	return 0;
}

#define FT_EVENT(_name, _type, _fields, _fmt, _reg)			\
	static struct trace_event_class ftrace_class_##_name = {	\
		.system		= "ftrace",				\
		.reg		= _reg,					\
		.fields_array	= _fields,				\
		.fields		= LIST_HEAD_INIT(ftrace_class_##_name.fields), \
		.raw_init	= ftrace_record_init,			\
	};								\
	static struct trace_event_call ftrace_event_##_name = {	\
		.class		= &ftrace_class_##_name,		\
		{ .name		= #_name },				\
		.event.type	= _type,				\
		.print_fmt	= _fmt,					\
		.flags		= TRACE_EVENT_FL_IGNORE_ENABLE,		\
	}

FT_EVENT(function, TRACE_FN, function_fields,
	 "\" %ps <-- %ps\", (void *)REC->ip, (void *)REC->parent_ip",
	 ftrace_record_reg);
FT_EVENT(funcgraph_entry, TRACE_GRAPH_ENT, funcgraph_entry_fields,
	 "\"--> %ps (%d)\", (void *)REC->func, REC->depth", NULL);
FT_EVENT(funcgraph_exit, TRACE_GRAPH_RET, funcgraph_exit_fields,
	 "\"<-- %ps (%d) (start: %llx  end: %llx) over: %d retval: %lx\", "
	 "(void *)REC->func, REC->depth, REC->calltime, REC->rettime, "
	 "REC->depth, REC->retval", NULL);
FT_EVENT(context_switch, TRACE_CTX, ctx_switch_fields, PF_CTX("==>"), NULL);
FT_EVENT(wakeup, TRACE_WAKE, ctx_switch_fields, PF_CTX("==+"), NULL);
FT_EVENT(kernel_stack, TRACE_STACK, kernel_stack_fields, PF_STACK, NULL);
FT_EVENT(user_stack, TRACE_USER_STACK, user_stack_fields, PF_STACK, NULL);
FT_EVENT(bprint, TRACE_BPRINT, bprint_fields,
	 "\"%ps: %s\", (void *)REC->ip, REC->fmt", NULL);
FT_EVENT(print, TRACE_PRINT, print_fields,
	 "\"%ps: %s\", (void *)REC->ip, REC->buf", ftrace_record_reg);
FT_EVENT(raw_data, TRACE_RAW_DATA, raw_data_fields,
	 "\"id:%04x %08x\", REC->id, (int)REC->buf[0]", NULL);
FT_EVENT(bputs, TRACE_BPUTS, bputs_fields,
	 "\"%ps: %s\", (void *)REC->ip, REC->str", NULL);
FT_EVENT(mmiotrace_rw, TRACE_MMIO_RW, mmiotrace_rw_fields,
	 "\"%lx %lx %lx %d %x %x\", (unsigned long)REC->phys, REC->value, "
	 "REC->pc, REC->map_id, REC->opcode, REC->width", NULL);
FT_EVENT(mmiotrace_map, TRACE_MMIO_MAP, mmiotrace_map_fields,
	 "\"%lx %lx %lx %d %x\", (unsigned long)REC->phys, REC->virt, "
	 "REC->len, REC->map_id, REC->opcode", NULL);
FT_EVENT(branch, TRACE_BRANCH, branch_fields,
	 "\"%u:%s:%s (%u)%s\", REC->line, REC->func, REC->file, "
	 "REC->correct, REC->constant ? \" CONSTANT\" : \"\"", NULL);
FT_EVENT(hwlat, TRACE_HWLAT, hwlat_fields,
	 "\"cnt:%u\\tts:%010llu.%010lu\\tinner:%llu\\touter:%llu\\t"
	 "count:%d\\tnmi-ts:%llu\\tnmi-count:%u\\n\", REC->seqnum, "
	 "REC->tv_sec, REC->tv_nsec, REC->duration, REC->outer_duration, "
	 "REC->count, REC->nmi_total_ts, REC->nmi_count", NULL);
FT_EVENT(func_repeats, TRACE_FUNC_REPEATS, func_repeats_fields,
	 "\" %ps <-%ps\\t(repeats:%u  delta: -%llu)\", (void *)REC->ip, "
	 "(void *)REC->parent_ip, REC->count, "
	 "(((u64)(REC)->top_delta_ts << 32) | (REC)->bottom_delta_ts)", NULL);
FT_EVENT(osnoise, TRACE_OSNOISE, osnoise_fields,
	 "\"noise:%llu\\tmax_sample:%llu\\thw:%u\\tnmi:%u\\tirq:%u\\t"
	 "softirq:%u\\tthread:%u\\n\", REC->noise, REC->max_sample, "
	 "REC->hw_count, REC->nmi_count, REC->irq_count, "
	 "REC->softirq_count, REC->thread_count", NULL);
FT_EVENT(timerlat, TRACE_TIMERLAT, timerlat_fields,
	 "\"seq:%u\\tcontext:%d\\ttimer_latency:%llu\\n\", REC->seqnum, "
	 "REC->context, REC->timer_latency", NULL);

static struct trace_event_call *ftrace_record_events[] = {
	&ftrace_event_function, &ftrace_event_funcgraph_entry,
	&ftrace_event_funcgraph_exit, &ftrace_event_context_switch,
	&ftrace_event_wakeup, &ftrace_event_kernel_stack,
	&ftrace_event_user_stack, &ftrace_event_bprint, &ftrace_event_print,
	&ftrace_event_raw_data, &ftrace_event_bputs,
	&ftrace_event_mmiotrace_rw, &ftrace_event_mmiotrace_map,
	&ftrace_event_branch, &ftrace_event_hwlat, &ftrace_event_func_repeats,
	&ftrace_event_osnoise, &ftrace_event_timerlat,
};

/*
 * The layouts trace-cmd depends on, as upstream has them (x86_64): a
 * change to trace_entries.h that moves one of these breaks its parser.
 */
static void __init ftrace_record_layout_check(void)
{
	BUILD_BUG_ON(offsetof(struct ftrace_entry, ip) != 8);
	BUILD_BUG_ON(offsetof(struct ftrace_entry, parent_ip) != 16);
	BUILD_BUG_ON(offsetof(struct print_entry, buf) != 16);
	BUILD_BUG_ON(offsetof(struct bprint_entry, fmt) != 16);
	BUILD_BUG_ON(offsetof(struct bprint_entry, buf) != 24);
	BUILD_BUG_ON(offsetof(struct bputs_entry, str) != 16);
	BUILD_BUG_ON(offsetof(struct raw_data_entry, buf) != 12);
	BUILD_BUG_ON(offsetof(struct stack_entry, caller) != 16);
	BUILD_BUG_ON(offsetof(struct userstack_entry, caller) != 16);
	BUILD_BUG_ON(offsetof(struct ftrace_graph_ent_entry, graph_ent.depth) != 16);
	BUILD_BUG_ON(offsetof(struct ftrace_graph_ret_entry, rettime) != 40);
	BUILD_BUG_ON(offsetof(struct trace_branch, constant) != 65);
	BUILD_BUG_ON(offsetof(struct hwlat_entry, count) != 56);
	BUILD_BUG_ON(offsetof(struct func_repeats_entry, bottom_delta_ts) != 28);
}

/**
 * trace_ftrace_events_init - add events/ftrace/<record> for every record
 *
 * Context: boot, process context, event_mutex not held.
 * Return: 0, or the first error of trace_add_event_call().
 */
int __init trace_ftrace_events_init(void)
{
	int i, ret;

	ftrace_record_layout_check();
	for (i = 0; i < ARRAY_SIZE(ftrace_record_events); i++) {
		ret = trace_add_event_call(ftrace_record_events[i]);
		if (ret) {
			pr_warn("tracing: could not add events/ftrace/%s (%d)\n",
				ftrace_record_events[i]->name, ret);
			return ret;
		}
	}
	return 0;
}
