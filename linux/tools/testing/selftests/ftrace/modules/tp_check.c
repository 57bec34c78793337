// SPDX-License-Identifier: GPL-2.0
/*
 * tp_check - the tracepoint core seen from a module.
 *
 * At load time the module checks, on a tracepoint of its own:
 *  - trace_<name>_enabled() follows attach and detach;
 *  - probes run in priority order (higher first; equal priorities in
 *    registration order), each with its own data, through every
 *    transition of the call path (one probe: direct static call, more:
 *    the iterator) and back;
 *  - registering a pair twice gives -EEXIST, detaching an unknown pair
 *    -ENOENT;
 *  - a fired tracepoint with no probe calls nothing.
 * It also attaches to a vmlinux tracepoint (sched_update_nr_running_tp,
 * exported) and waits for it to fire.
 *
 * The verdict is in /sys/module/tp_check/parameters/result: "ok", or
 * what failed.
 *
 * For the event tests, the module also fires its tp_check_tick event:
 *	ticks=N		N times (-1: for ever) from a kernel thread, every
 *			10 ms, with what="tick"
 *	burst=1		... back to back instead, with a pause every 64
 *	irq=1		and from a hard-irq hrtimer every 100 us while the
 *			thread runs, with what="irq" (nests into the
 *			thread's records on the same CPU)
 * Every record's bytes[] is its seq's low byte, four times: a record
 * whose bytes disagree with its seq was mixed up with another one.
 * tick_enabled reads trace_tp_check_tick_enabled().
 */
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <trace/events/sched.h>

#define CREATE_TRACE_POINTS
#include "tp_check_trace.h"

static char result[128] = "not run";
module_param_string(result, result, sizeof(result), 0444);
MODULE_PARM_DESC(result, "verdict of the load-time checks");

static int ticks;
module_param(ticks, int, 0444);
MODULE_PARM_DESC(ticks, "tp_check_tick events to fire, 10 ms apart (-1: forever)");

static bool burst;
module_param(burst, bool, 0444);
MODULE_PARM_DESC(burst, "fire the ticks back to back");

static bool irq;
module_param(irq, bool, 0444);
MODULE_PARM_DESC(irq, "also fire tp_check_tick from a hard-irq timer");

static int tick_enabled_get(char *buffer, const struct kernel_param *kp)
{
	return sysfs_emit(buffer, "%d\n", trace_tp_check_tick_enabled());
}

static const struct kernel_param_ops tick_enabled_ops = {
	.get	= tick_enabled_get,
};
module_param_cb(tick_enabled, &tick_enabled_ops, NULL, 0444);
MODULE_PARM_DESC(tick_enabled, "trace_tp_check_tick_enabled()");

/* The order probes ran in, as the tags of their data. */
static char order[16];
static int norder;

struct tag {
	char c;
};

static struct tag tag_a = { 'a' }, tag_b = { 'b' }, tag_c = { 'c' },
		  tag_d = { 'd' };

static void probe_one(void *data, int seq)
{
	struct tag *t = data;

	if (norder < sizeof(order) - 1)
		order[norder++] = t->c;
}

/* A second function, so that (function, data) pairs differ both ways. */
static void probe_two(void *data, int seq)
{
	struct tag *t = data;

	if (norder < sizeof(order) - 1)
		order[norder++] = t->c - 'a' + 'A';
}

/* Fire once and compare the order with @want. */
static bool fired(const char *want)
{
	norder = 0;
	memset(order, 0, sizeof(order));
	trace_tp_check_bare(1);
	if (strcmp(order, want)) {
		snprintf(result, sizeof(result), "order '%s', want '%s'",
			 order, want);
		return false;
	}
	return true;
}

#define CHECK(cond, what)						\
	do {								\
		if (!(cond)) {						\
			snprintf(result, sizeof(result), "%s", what);	\
			return;						\
		}							\
	} while (0)

static void check_probes(void)
{
	int ret;

	CHECK(!trace_tp_check_bare_enabled(), "enabled with no probe");
	CHECK(fired(""), "fired with no probe");

	CHECK(!register_trace_prio_tp_check_bare(probe_one, &tag_a, 5),
	      "register a");
	CHECK(trace_tp_check_bare_enabled(), "not enabled with a probe");
	if (!fired("a"))
		return;
	CHECK(!register_trace_prio_tp_check_bare(probe_one, &tag_b, 20),
	      "register b");
	if (!fired("ba"))
		return;
	CHECK(!register_trace_prio_tp_check_bare(probe_one, &tag_c, 10),
	      "register c");
	CHECK(!register_trace_prio_tp_check_bare(probe_two, &tag_d, 10),
	      "register D");
	if (!fired("bcDa"))
		return;

	ret = register_trace_prio_tp_check_bare(probe_one, &tag_c, 1);
	CHECK(ret == -EEXIST, "duplicate register not -EEXIST");
	ret = unregister_trace_tp_check_bare(probe_two, &tag_a);
	CHECK(ret == -ENOENT, "unknown unregister not -ENOENT");
	/* Same data, other function: a different registration. */
	CHECK(!register_trace_tp_check_bare(probe_two, &tag_b), "register B");
	if (!fired("bcDBa"))
		return;

	CHECK(!unregister_trace_tp_check_bare(probe_one, &tag_c), "unreg c");
	CHECK(!unregister_trace_tp_check_bare(probe_two, &tag_b), "unreg B");
	if (!fired("bDa"))
		return;
	CHECK(!unregister_trace_tp_check_bare(probe_one, &tag_b), "unreg b");
	CHECK(!unregister_trace_tp_check_bare(probe_one, &tag_a), "unreg a");
	/* 2 -> 1: the direct call must get the survivor's data. */
	if (!fired("D"))
		return;
	CHECK(!unregister_trace_tp_check_bare(probe_two, &tag_d), "unreg D");
	CHECK(!trace_tp_check_bare_enabled(), "enabled after last detach");
	if (!fired(""))
		return;
	/* 0 -> 1 again, with another pair. */
	CHECK(!register_trace_tp_check_bare(probe_one, &tag_c), "re-register");
	if (!fired("c"))
		return;
	CHECK(!unregister_trace_tp_check_bare(probe_one, &tag_c), "unreg last");
	tracepoint_synchronize_unregister();
	strscpy(result, "ok", sizeof(result));
}

/* A vmlinux tracepoint, attached from here. */
static atomic_t sched_hits;

static void probe_nr_running(void *data, struct rq *rq, int change)
{
	atomic_inc(&sched_hits);
}

static void check_kernel_tracepoint(void)
{
	int i;

	if (register_trace_sched_update_nr_running_tp(probe_nr_running, NULL)) {
		strscpy(result, "register on sched_update_nr_running_tp",
			sizeof(result));
		return;
	}
	for (i = 0; i < 100 && !atomic_read(&sched_hits); i++)
		msleep(10);
	unregister_trace_sched_update_nr_running_tp(probe_nr_running, NULL);
	tracepoint_synchronize_unregister();
	if (!atomic_read(&sched_hits))
		strscpy(result, "sched_update_nr_running_tp never fired",
			sizeof(result));
}

static struct task_struct *ticker;
static struct hrtimer irq_timer;
static atomic_t irq_seq;

static enum hrtimer_restart irq_tick(struct hrtimer *t)
{
	trace_tp_check_tick(atomic_inc_return(&irq_seq), "irq");
	hrtimer_forward_now(t, ns_to_ktime(100 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

static int tick_fn(void *arg)
{
	int seq = 0;

	while (!kthread_should_stop()) {
		if (ticks < 0 || seq < ticks)
			trace_tp_check_tick(seq++, "tick");
		if (!burst)
			msleep(10);
		else if (!(seq % 64))
			usleep_range(100, 200);
	}
	return 0;
}

static int __init tp_check_init(void)
{
	check_probes();
	if (!strcmp(result, "ok"))
		check_kernel_tracepoint();
	if (ticks) {
		ticker = kthread_run(tick_fn, NULL, "tp_check_tick");
		if (IS_ERR(ticker))
			return PTR_ERR(ticker);
	}
	if (ticks && irq) {
		hrtimer_init(&irq_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
		irq_timer.function = irq_tick;
		hrtimer_start(&irq_timer, ns_to_ktime(100 * NSEC_PER_USEC), HRTIMER_MODE_REL_HARD);
	}
	return 0;
}

static void __exit tp_check_exit(void)
{
	if (ticks && irq)
		hrtimer_cancel(&irq_timer);
	if (ticker)
		kthread_stop(ticker);
}

module_init(tp_check_init);
module_exit(tp_check_exit);
MODULE_DESCRIPTION("Check the tracepoint core from a module");
MODULE_LICENSE("GPL");
