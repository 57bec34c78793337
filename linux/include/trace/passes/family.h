/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The TRACE_EVENT family, mapped onto the few primitives an expansion
 * pass defines:
 *
 *	EV_CLASS(cls, proto, args, tstruct, assign, print)
 *		a record layout with its assignment and print format
 *		(DECLARE_EVENT_CLASS, and the class half of TRACE_EVENT)
 *	EV_EVENT(cls, name, proto, args, reg, unreg)
 *		an event of a class, backed by tracepoint <name>; @reg and
 *		@unreg are the tracepoint's hooks, or NULL
 *	EV_EVENT_PRINT(cls, name, proto, args, print)
 *		the same with a print format of its own
 *	EV_TRACEPOINT(name, proto, args)
 *		a bare tracepoint without an event (DECLARE_TRACE)
 *	EV_FLAGS(name, flags)		TRACE_EVENT_FLAGS
 *	EV_PERF_PERM(name, expr)	TRACE_EVENT_PERF_PERM
 *	EV_ENUM(sym), EV_SIZEOF(type)	TRACE_DEFINE_ENUM / _SIZEOF
 *
 * A primitive the pass left undefined expands to nothing. Conditions only
 * matter at the call site (linux/tracepoint.h), so they are dropped here,
 * and the _NOP forms define nothing at all. No include guard.
 */
#ifndef EV_CLASS
#define EV_CLASS(cls, proto, args, tstruct, assign, print)
#endif
#ifndef EV_EVENT
#define EV_EVENT(cls, name, proto, args, reg, unreg)
#endif
#ifndef EV_EVENT_PRINT
#define EV_EVENT_PRINT(cls, name, proto, args, print)			\
	EV_EVENT(cls, name, PARAMS(proto), PARAMS(args), NULL, NULL)
#endif
#ifndef EV_TRACEPOINT
#define EV_TRACEPOINT(name, proto, args)
#endif
#ifndef EV_FLAGS
#define EV_FLAGS(name, flags)
#endif
#ifndef EV_PERF_PERM
#define EV_PERF_PERM(name, expr...)
#endif
#ifndef EV_ENUM
#define EV_ENUM(sym)
#endif
#ifndef EV_SIZEOF
#define EV_SIZEOF(type)
#endif

#define DECLARE_TRACE(name, proto, args)				\
	EV_TRACEPOINT(name, PARAMS(proto), PARAMS(args))
#define DECLARE_TRACE_CONDITION(name, proto, args, cond)		\
	EV_TRACEPOINT(name, PARAMS(proto), PARAMS(args))
#define DECLARE_TRACE_WRITABLE(name, proto, args, size)			\
	EV_TRACEPOINT(name, PARAMS(proto), PARAMS(args))

#define DECLARE_EVENT_CLASS(cls, proto, args, tstruct, assign, print)	\
	EV_CLASS(cls, PARAMS(proto), PARAMS(args), PARAMS(tstruct),	\
		 PARAMS(assign), PARAMS(print))
#define DEFINE_EVENT(cls, name, proto, args)				\
	EV_EVENT(cls, name, PARAMS(proto), PARAMS(args), NULL, NULL)
#define DEFINE_EVENT_FN(cls, name, proto, args, reg, unreg)		\
	EV_EVENT(cls, name, PARAMS(proto), PARAMS(args), reg, unreg)
#define DEFINE_EVENT_CONDITION(cls, name, proto, args, cond)		\
	EV_EVENT(cls, name, PARAMS(proto), PARAMS(args), NULL, NULL)
#define DEFINE_EVENT_WRITABLE(cls, name, proto, args, size)		\
	EV_EVENT(cls, name, PARAMS(proto), PARAMS(args), NULL, NULL)
#define DEFINE_EVENT_PRINT(cls, name, proto, args, print)		\
	EV_EVENT_PRINT(cls, name, PARAMS(proto), PARAMS(args), PARAMS(print))

#define TRACE_EVENT(name, proto, args, tstruct, assign, print)		\
	EV_CLASS(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct),	\
		 PARAMS(assign), PARAMS(print))				\
	EV_EVENT(name, name, PARAMS(proto), PARAMS(args), NULL, NULL)
#define TRACE_EVENT_CONDITION(name, proto, args, cond, tstruct, assign, print) \
	TRACE_EVENT(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct),	\
		    PARAMS(assign), PARAMS(print))
#define TRACE_EVENT_FN(name, proto, args, tstruct, assign, print, reg, unreg) \
	EV_CLASS(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct),	\
		 PARAMS(assign), PARAMS(print))				\
	EV_EVENT(name, name, PARAMS(proto), PARAMS(args), reg, unreg)
#define TRACE_EVENT_FN_COND(name, proto, args, cond, tstruct, assign, print, \
			    reg, unreg)					\
	TRACE_EVENT_FN(name, PARAMS(proto), PARAMS(args), PARAMS(tstruct), \
		       PARAMS(assign), PARAMS(print), reg, unreg)

#define TRACE_EVENT_NOP(name, proto, args, tstruct, assign, print)
#define DEFINE_EVENT_NOP(cls, name, proto, args)
#define DECLARE_EVENT_CLASS_NOP(name, proto, args, tstruct, assign, print)

#define TRACE_EVENT_FLAGS(name, flags)		EV_FLAGS(name, flags)
#define TRACE_EVENT_PERF_PERM(name, expr...)	EV_PERF_PERM(name, expr)
#define TRACE_DEFINE_ENUM(sym)			EV_ENUM(sym)
#define TRACE_DEFINE_SIZEOF(type)		EV_SIZEOF(type)
