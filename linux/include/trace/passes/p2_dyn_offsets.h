/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 2: where the dynamic fields of one record go.
 *
 *	struct trace_event_dyn_class {
 *		u32		s;	location word of __string(s, src)
 *		const char	*s_src_; what to copy into it
 *	};
 *
 * Filled on the probe's stack by pass 4's sizing function, read by the
 * probes (passes 6 and 7) when they fill the record. A class without
 * dynamic fields gets an empty struct. No include guard.
 */
#include <trace/passes/reset.h>

#define TP_STRUCT__entry(args...)	args

#define __field(type, item)
#define __field_ext(type, item, kind)
#define __field_struct(type, item)
#define __field_struct_ext(type, item, kind)
#define __array(type, item, len)
#define __dynamic_array(type, item, len)	u32 item;
#define __string(item, src)		u32 item; const char *item##_src_;
#define __string_len(item, src, len)	u32 item; const char *item##_src_;
#define __vstring(item, fmt, ap)	u32 item;
#define __bitmask(item, nr_bits)	u32 item;
#define __cpumask(item)			u32 item;
#define __rel_dynamic_array(type, item, len)	u32 item;
#define __rel_string(item, src)		u32 item; const char *item##_src_;
#define __rel_string_len(item, src, len) u32 item; const char *item##_src_;
#define __rel_bitmask(item, nr_bits)	u32 item;
#define __rel_cpumask(item)		u32 item;

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	struct trace_event_dyn_##cls {				\
		tstruct							\
	};

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
