/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Start of every TRACE_EVENT expansion pass: forget what the previous
 * pass made the event vocabulary mean. Each pass then defines the
 * primitives it needs (EV_CLASS, EV_EVENT, ... and the field and print
 * macros) and includes family.h, which maps the TRACE_EVENT family onto
 * them. No include guard: read once per pass.
 */

/* The TRACE_EVENT family (see family.h). */
#undef DECLARE_TRACE
#undef DECLARE_TRACE_CONDITION
#undef DECLARE_TRACE_WRITABLE
#undef DECLARE_EVENT_CLASS
#undef DEFINE_EVENT
#undef DEFINE_EVENT_FN
#undef DEFINE_EVENT_PRINT
#undef DEFINE_EVENT_CONDITION
#undef DEFINE_EVENT_WRITABLE
#undef TRACE_EVENT
#undef TRACE_EVENT_FN
#undef TRACE_EVENT_FN_COND
#undef TRACE_EVENT_CONDITION
#undef TRACE_EVENT_NOP
#undef DEFINE_EVENT_NOP
#undef DECLARE_EVENT_CLASS_NOP
#undef TRACE_EVENT_FLAGS
#undef TRACE_EVENT_PERF_PERM
#undef TRACE_DEFINE_ENUM
#undef TRACE_DEFINE_SIZEOF

/* The primitives each pass defines. */
#undef EV_CLASS
#undef EV_EVENT
#undef EV_EVENT_PRINT
#undef EV_TRACEPOINT
#undef EV_FLAGS
#undef EV_PERF_PERM
#undef EV_ENUM
#undef EV_SIZEOF

/* TP_STRUCT__entry fields. */
#undef TP_STRUCT__entry
#undef __field
#undef __field_ext
#undef __field_struct
#undef __field_struct_ext
#undef __field_packed
#undef __array
#undef __dynamic_array
#undef __string
#undef __string_len
#undef __vstring
#undef __bitmask
#undef __cpumask
#undef __rel_dynamic_array
#undef __rel_string
#undef __rel_string_len
#undef __rel_bitmask
#undef __rel_cpumask

/* TP_fast_assign and TP_printk, and the helpers used inside them. */
#undef TP_fast_assign
#undef TP_printk
#undef __entry
#undef __perf_count
#undef __perf_task
#undef __assign_str
#undef __assign_rel_str
#undef __assign_vstr
#undef __assign_bitmask
#undef __assign_rel_bitmask
#undef __assign_cpumask
#undef __assign_rel_cpumask
#undef __get_dynamic_array
#undef __get_dynamic_array_len
#undef __get_rel_dynamic_array
#undef __get_rel_dynamic_array_len
#undef __get_str
#undef __get_rel_str
#undef __get_bitmask
#undef __get_rel_bitmask
#undef __get_cpumask
#undef __get_rel_cpumask
#undef __get_buf
#undef __print_flags
#undef __print_flags_u64
#undef __print_symbolic
#undef __print_symbolic_u64
#undef __print_hex
#undef __print_hex_str
#undef __print_hex_dump
#undef __print_array
#undef __print_dynamic_array
#undef __print_ns_to_secs
#undef __print_ns_without_secs

/* Helpers private to one pass. */
#undef __EV_ALIGNOF
#undef __EV_FIELD
#undef __EV_DYN
#undef __EV_REL_FROM
#undef __EV_OUTPUT
#undef __EV_CALL
#undef __EV_PERF_PROBE
#undef __EV_EVAL
#undef __ev_copy_str
