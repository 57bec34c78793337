/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Event filters, inside: the compiled form of a filter expression, shared
 * by its three files. The theory of operation is at the top of
 * trace_events_filter.c.
 *
 *	trace_events_filter.c		filter files: install, replace, clear,
 *					show; subsystem filters; errors
 *	trace_events_filter_parse.c	expression -> program (write time)
 *	trace_events_filter_eval.c	program x record -> keep? (run time)
 *
 * Nothing here is for use outside those files and trace_event_perf.c.
 */
#ifndef _KERNEL_TRACE_EVENTS_FILTER_H
#define _KERNEL_TRACE_EVENTS_FILTER_H

#include <linux/cpumask.h>
#include <linux/rcupdate.h>
#include <linux/types.h>

struct trace_event_call;

/*
 * The messages of a rejected filter: what the filter file shows after
 * "parse_error: " and what error_log prints. The wording is upstream's
 * (user-visible text).
 */
#define FILTER_ERRORS(E)						\
	E(NONE,			"No error")				\
	E(INVALID_OP,		"Invalid operator")			\
	E(TOO_MANY_OPEN,	"Too many '('")				\
	E(TOO_MANY_CLOSE,	"Too few '('")				\
	E(MISSING_QUOTE,	"Missing matching quote")		\
	E(MISSING_BRACE_OPEN,	"Missing '{'")				\
	E(MISSING_BRACE_CLOSE,	"Missing '}'")				\
	E(OPERAND_TOO_LONG,	"Operand too long")			\
	E(EXPECT_STRING,	"Expecting string field")		\
	E(EXPECT_DIGIT,		"Expecting numeric field")		\
	E(ILLEGAL_FIELD_OP,	"Illegal operation for field type")	\
	E(FIELD_NOT_FOUND,	"Field not found")			\
	E(ILLEGAL_INTVAL,	"Illegal integer value")		\
	E(BAD_SUBSYS_FILTER,	"Couldn't find or set field in one of a subsystem's events") \
	E(TOO_MANY_PREDS,	"Too many terms in predicate expression") \
	E(INVALID_FILTER,	"Meaningless filter expression")	\
	E(INVALID_CPULIST,	"Invalid cpulist")			\
	E(INVALID_VALUE,	"Invalid value (did you forget quotes)?") \
	E(NO_FUNCTION,		"Function not found")			\
	E(NO_FILTER,		"No filter found")			\
	E(ERRNO,		"Error")

#define FILTER_ERR_ENUM(code, text)	FERR_##code,
enum filter_err { FILTER_ERRORS(FILTER_ERR_ENUM) FERR_NR };
#undef FILTER_ERR_ENUM

/* The message table, indexed by enum filter_err (for tracing_log_err). */
extern const char * const filter_err_text[];

/* Why and where (byte offset in the expression) a compile failed. */
struct filter_error {
	enum filter_err	code;
	unsigned int	pos;
};

/*
 * What a predicate reads from the record (or from the CPU it runs on)
 * and how it compares. Chosen once, when the filter is written.
 */
enum fpred_kind {
	FPRED_UINT,		/* unsigned integer field, @size bytes */
	FPRED_SINT,		/* signed integer field */
	FPRED_CPU,		/* the CPU the event fires on, as an int */
	FPRED_FUNC,		/* long field in [@val, @val2): .function */
	FPRED_STR,		/* char name[@size] in the record */
	FPRED_STR_LOC,		/* __data_loc char[]: u32 off | len << 16 */
	FPRED_STR_RLOC,		/* __rel_loc char[]: off from the field end */
	FPRED_STR_PTR,		/* char * into kernel memory, read nofault */
	FPRED_STR_USER,		/* .ustring: char * into user memory */
	FPRED_COMM,		/* current->comm */
	FPRED_MASK_LOC,		/* __data_loc cpumask_t vs CPUS{...} */
	FPRED_MASK_RLOC,	/* __rel_loc cpumask_t vs CPUS{...} */
	FPRED_INT_IN_MASK,	/* integer field, a CPU number, vs CPUS{...} */
	FPRED_CPU_IN_MASK,	/* the current CPU vs CPUS{...} */
};

/* Integer and cpumask comparisons (!=, <=, >= are inverted ==, >, <). */
enum fpred_op {
	FPOP_EQ,
	FPOP_LT,
	FPOP_GT,
	FPOP_BAND,		/* any bit in common */
};

/* String comparisons: "==" is EXACT, "~" picks one from the pattern. */
enum fpred_match {
	FMATCH_EXACT,		/* "abc" */
	FMATCH_PREFIX,		/* "abc*" */
	FMATCH_SUFFIX,		/* "*abc" */
	FMATCH_SUBSTR,		/* "*abc*" */
	FMATCH_GLOB,		/* anything else with * ? [ or \ */
};

/*
 * struct filter_pred - one "field op value" test.
 * @kind:	enum fpred_kind
 * @op:		enum fpred_op, or enum fpred_match for the string kinds
 * @invert:	negate the result (!=, <=, >=, and "!pattern" globs);
 *		a string that cannot be read is a mismatch either way
 * @single:	mask kinds: @mask holds exactly one CPU
 * @offset:	of the field in the record
 * @size:	of the field (integers: 1, 2, 4 or 8)
 * @plen:	string kinds: length of @pattern
 * @val:	integer constant, sign- or zero-extended from @size bytes;
 *		FPRED_FUNC: first byte of the function
 * @val2:	FPRED_FUNC: one past its last byte
 * @pattern:	string kinds: what to compare with, NUL-terminated
 * @mask:	mask kinds: the CPUS{...} of the expression
 */
struct filter_pred {
	u8			kind;
	u8			op;
	u8			invert;
	u8			single;
	u16			offset;
	u16			size;
	u32			plen;
	u64			val;
	u64			val2;
	union {
		char		*pattern;
		struct cpumask	*mask;
	};
};

/* Where an instruction goes next: another instruction, or an answer. */
#define FILTER_NEXT_MAX		0xfffdU	/* most instructions in a program */

/*
 * struct filter_insn - test @pred, then continue at @next[result]. An
 * index equal to the program length means "keep the record", one more
 * means "drop it". Targets always lie ahead, so a run takes at most as
 * many steps as there are instructions.
 */
struct filter_insn {
	struct filter_pred	pred;
	u16			next[2];	/* [0]: false, [1]: true */
};

struct filter_prog {
	unsigned int		len;
	struct filter_insn	insn[] __counted_by(len);
};

/*
 * struct event_filter - what an event file's (or a perf event's) filter
 * pointer points to.
 * @prog:	the compiled expression; NULL when this object only carries
 *		text (the error of a write that failed on an event that had
 *		no filter before). Never changes once the object is visible
 *		to probes: a new expression means a new event_filter.
 * @text:	what reading the filter file shows (the expression, or the
 *		last error with its caret); NULL shows "none". Under
 *		event_mutex.
 * @sys_note:	what the subsystem's filter file shows, when this event's
 *		file is the first of its subsystem (see "subsystem filters"
 *		in trace_events_filter.c). Under event_mutex.
 */
struct event_filter {
	struct filter_prog __rcu	*prog;
	char				*text;
	char				*sys_note;
};

/*
 * Compile @expr for the records of @call. Context: process, may sleep,
 * event_mutex held (the field lists are stable).
 * Return: 0 and *@progp, or -EINVAL with @err filled in, or -ENOMEM.
 */
int filter_compile(struct trace_event_call *call, const char *expr,
		   struct filter_prog **progp, struct filter_error *err);
/* Free a program no probe can be running any more. */
void filter_prog_free(struct filter_prog *prog);

/* Context: any, NMI included. True if @rec passes @prog. */
bool filter_prog_run(const struct filter_prog *prog, void *rec);

/*
 * Make sure the per-cpu scratch that string-pointer predicates copy into
 * exists (allocated once, never freed). Context: process, may sleep.
 * Return: 0 or -ENOMEM.
 */
int filter_strbuf_init(void);
#define FILTER_STRBUF_LEN	1024	/* bytes of a pointed-to string read */

#endif /* _KERNEL_TRACE_EVENTS_FILTER_H */
