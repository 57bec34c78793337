// SPDX-License-Identifier: GPL-2.0
/*
 * Event filters: running a compiled program on a record. This is the
 * part on the tracing fast path, called for every record of a filtered
 * event and for perf tracepoint samples, in any context including NMI.
 *
 * Rules it keeps: no locks, no allocation, no unbounded loop. A run
 * visits each instruction at most once (jumps only go forward, see
 * trace_events_filter_parse.c); string tests are bounded by the field,
 * by MAX_FILTER_STR_VAL patterns and by FILTER_STRBUF_LEN copies.
 *
 * Strings behind a pointer (char * fields, .ustring) are first copied
 * with the nofault helpers into a per-cpu scratch buffer, one per
 * context level (task, softirq, irq, NMI) so that an interrupting
 * filter does not overwrite the string the interrupted one is testing.
 * A pointer that cannot be read makes the test false, whatever its
 * comparison ("!=" included), as upstream documents.
 */
#include <linux/cpumask.h>
#include <linux/export.h>
#include <linux/glob.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>
#include "trace_event_internal.h"
#include "trace_events_filter.h"

#define FILTER_STRBUF_LEVELS	4	/* task, softirq, irq, NMI */

struct filter_strbuf {
	char	buf[FILTER_STRBUF_LEVELS][FILTER_STRBUF_LEN];
};

/* Set once, before the first program that needs it is published. */
static struct filter_strbuf __percpu *filter_strbufs;
static DEFINE_MUTEX(filter_strbuf_lock);

int filter_strbuf_init(void)
{
	struct filter_strbuf __percpu *bufs;

	guard(mutex)(&filter_strbuf_lock);
	if (filter_strbufs)
		return 0;
	bufs = alloc_percpu(struct filter_strbuf);
	if (!bufs)
		return -ENOMEM;
	/* Published programs reach it through an rcu_assign_pointer(). */
	filter_strbufs = bufs;
	return 0;
}

/* An integer field, zero- or sign-extended to 64 bits. */
static __always_inline u64 load_int(const void *p, unsigned int size,
				    bool is_signed)
{
	switch (size) {
	case 1:
		return is_signed ? (u64)(s64)*(const s8 *)p : *(const u8 *)p;
	case 2:
		return is_signed ? (u64)(s64)(s16)get_unaligned((const u16 *)p) :
				   get_unaligned((const u16 *)p);
	case 4:
		return is_signed ? (u64)(s64)(s32)get_unaligned((const u32 *)p) :
				   get_unaligned((const u32 *)p);
	default:
		return get_unaligned((const u64 *)p);
	}
}

static __always_inline bool int_test(u8 op, u64 v, u64 c, bool is_signed)
{
	switch (op) {
	case FPOP_EQ:
		return v == c;
	case FPOP_LT:
		return is_signed ? (s64)v < (s64)c : v < c;
	case FPOP_GT:
		return is_signed ? (s64)v > (s64)c : v > c;
	default:
		return v & c;
	}
}

/* Does @s (at most @max bytes, NUL-terminated or not) match? */
static bool str_test(const struct filter_pred *pred, const char *s,
		     size_t max)
{
	size_t n = strnlen(s, max), plen = pred->plen;
	const char *pat = pred->pattern;

	switch (pred->op) {
	case FMATCH_EXACT:
		return n == plen && !memcmp(s, pat, n);
	case FMATCH_PREFIX:
		return n >= plen && !memcmp(s, pat, plen);
	case FMATCH_SUFFIX:
		return n >= plen && !memcmp(s + n - plen, pat, plen);
	case FMATCH_SUBSTR:
		return strnstr(s, pat, n) != NULL;
	default:
		return glob_match_len(pat, s, n);
	}
}

/*
 * Copy the string at kernel or user address @src into this context's
 * scratch. Return: the copy, or NULL if it cannot be read.
 */
static const char *fetch_string(const void *src, bool user)
{
	struct filter_strbuf __percpu *bufs = READ_ONCE(filter_strbufs);
	char *dst;
	long ret;

	if (!bufs || !src)
		return NULL;
	dst = this_cpu_ptr(bufs)->buf[interrupt_context_level() %
				      FILTER_STRBUF_LEVELS];
	if (user)
		ret = strncpy_from_user_nofault(dst, (const char __user *)src,
						FILTER_STRBUF_LEN);
	else
		ret = strncpy_from_kernel_nofault(dst, src, FILTER_STRBUF_LEN);
	return ret < 0 ? NULL : dst;
}

/* Is @cpu in the mask; for == and !=, is it the only one? */
static bool cpu_in_mask_test(const struct filter_pred *pred, u64 cpu)
{
	bool in = cpu < nr_cpu_ids && cpumask_test_cpu(cpu, pred->mask);

	return pred->op == FPOP_BAND ? in : in && pred->single;
}

/* A cpumask of the record against the expression's mask. */
static bool mask_loc_test(const struct filter_pred *pred, const void *rec)
{
	const void *field = rec + pred->offset;
	u32 loc = get_unaligned((const u32 *)field);
	const u8 *bits = (pred->kind == FPRED_MASK_RLOC ?
			  field + sizeof(u32) : rec) + (loc & 0xffff);
	unsigned int bytes = loc >> 16, i;
	const unsigned long *want = cpumask_bits(pred->mask);
	bool same = true, common = false;

	for (i = 0; i < BITS_TO_LONGS(nr_cpu_ids); i++) {
		unsigned long w = 0;
		unsigned int at = i * sizeof(long);

		if (at < bytes)
			memcpy(&w, bits + at, min_t(unsigned int, bytes - at,
						    sizeof(long)));
		if (i == BITS_TO_LONGS(nr_cpu_ids) - 1)
			w &= BITMAP_LAST_WORD_MASK(nr_cpu_ids);
		same &= w == want[i];
		common |= (w & want[i]) != 0;
	}
	return pred->op == FPOP_BAND ? common : same;
}

/* The result of one predicate on @rec, before its invert bit. */
static bool pred_test(const struct filter_pred *pred, void *rec)
{
	const void *field = rec + pred->offset;
	u32 loc;

	switch (pred->kind) {
	case FPRED_UINT:
		return int_test(pred->op, load_int(field, pred->size, false),
				pred->val, false);
	case FPRED_SINT:
		return int_test(pred->op, load_int(field, pred->size, true),
				pred->val, true);
	case FPRED_CPU:
		return int_test(pred->op, (u64)(s64)raw_smp_processor_id(),
				pred->val, true);
	case FPRED_FUNC: {
		unsigned long ip = get_unaligned((const unsigned long *)field);

		return ip >= pred->val && ip < pred->val2;
	}
	case FPRED_STR:
		return str_test(pred, field, pred->size);
	case FPRED_STR_LOC:
		loc = get_unaligned((const u32 *)field);
		return str_test(pred, rec + (loc & 0xffff), loc >> 16);
	case FPRED_STR_RLOC:
		loc = get_unaligned((const u32 *)field);
		return str_test(pred, field + sizeof(u32) + (loc & 0xffff),
				loc >> 16);
	case FPRED_COMM:
		return str_test(pred, current->comm, TASK_COMM_LEN);
	case FPRED_MASK_LOC:
	case FPRED_MASK_RLOC:
		return mask_loc_test(pred, rec);
	case FPRED_INT_IN_MASK:
		return cpu_in_mask_test(pred, load_int(field, pred->size,
						       false));
	case FPRED_CPU_IN_MASK:
		return cpu_in_mask_test(pred, raw_smp_processor_id());
	}
	return false;
}

/* One predicate, invert bit applied. */
static bool pred_run(const struct filter_pred *pred, void *rec)
{
	const char *str;

	if (pred->kind == FPRED_STR_PTR || pred->kind == FPRED_STR_USER) {
		str = fetch_string(get_unaligned((void **)(rec + pred->offset)),
				   pred->kind == FPRED_STR_USER);
		if (!str)
			return false;
		return str_test(pred, str, FILTER_STRBUF_LEN) ^ pred->invert;
	}
	return pred_test(pred, rec) ^ pred->invert;
}

bool filter_prog_run(const struct filter_prog *prog, void *rec)
{
	unsigned int i = 0, len = prog->len;

	while (i < len) {
		const struct filter_insn *insn = &prog->insn[i];

		i = insn->next[pred_run(&insn->pred, rec)];
	}
	return i == len;
}

/**
 * trace_event_filter_match - does a record pass an event's filter?
 * @filter: the event file's filter (rcu_dereference()d), or NULL
 * @rec: the whole record, trace_entry first
 *
 * Context: any, NMI included; the caller keeps @filter alive (a probe:
 * preemption disabled, see trace_events_filter.c).
 * Return: true to keep the record: it passes, or there is no program.
 */
bool trace_event_filter_match(struct event_filter *filter, void *rec)
{
	struct filter_prog *prog;

	if (!filter)
		return true;
	prog = rcu_dereference_raw(filter->prog);
	return !prog || filter_prog_run(prog, rec);
}

/**
 * filter_match_preds - perf's name for trace_event_filter_match()
 * @filter: a perf event's filter, or NULL
 * @rec: the record perf built
 *
 * Context: any, from perf_tp_event(). Return: 1 to keep the sample, 0 not.
 */
int filter_match_preds(struct event_filter *filter, void *rec)
{
	return trace_event_filter_match(filter, rec);
}
EXPORT_SYMBOL_GPL(filter_match_preds);
