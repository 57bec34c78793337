// SPDX-License-Identifier: GPL-2.0
/*
 * rbbench: cost of one in-kernel ring buffer write, for `make bench`
 * (workload rbwrite16 in guest/src/bench.c).
 *
 * Built from this one source against both kernels the bench compares, so
 * it only uses the ring buffer calls whose names and signatures the two
 * share: ring_buffer_alloc(), ring_buffer_lock_reserve(),
 * ring_buffer_event_data(), ring_buffer_unlock_commit(),
 * ring_buffer_overruns() and ring_buffer_free().
 *
 * All the work happens at load time, in the loading task, with preemption
 * enabled around the loops like any ordinary caller:
 *
 *  1. allocate a private buffer of "size_kb" KiB per CPU in overwrite
 *     mode;
 *  2. write "warmup" events, enough to fill the buffer several times, so
 *     that the measured writes all find it full and overwrite its oldest
 *     page whenever they cross onto a new one (the steady state);
 *  3. "rounds" times: time "events" reserve / fill 16 bytes / commit
 *     iterations with ktime_get_ns(), then the same loop with an empty
 *     body, and keep the smallest difference (a round that a timer tick
 *     interrupts comes out larger, and loses);
 *  4. free the buffer.
 *
 * Under QEMU -icount shift=0 one nanosecond is one guest instruction, so
 * the result is an instruction count. The results are read-only
 * parameters in /sys/module/rbbench/parameters/:
 *
 *   result_ns	smallest (loop - empty loop) time of a round, in ns, for
 *		"events" writes; divide by "events" for the per-event cost
 *   overruns	events the buffer dropped to make room (must be > 0: the
 *		measured writes ran against a full buffer)
 *   lost	reserves that returned NULL (must be 0)
 *
 * Loading fails with -ENOMEM when the buffer cannot be allocated and
 * -EINVAL on nonsensical parameters.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/compiler.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/ring_buffer.h>
#include <linux/timekeeping.h>

#define PAYLOAD	16	/* bytes per event */

static unsigned int size_kb = 64;
module_param(size_kb, uint, 0444);
MODULE_PARM_DESC(size_kb, "buffer size per CPU, KiB");

static unsigned int warmup = 20000;
module_param(warmup, uint, 0444);
MODULE_PARM_DESC(warmup, "events written before measuring");

static unsigned int events = 2000;
module_param(events, uint, 0444);
MODULE_PARM_DESC(events, "events per measured round");

static unsigned int rounds = 25;
module_param(rounds, uint, 0444);
MODULE_PARM_DESC(rounds, "measured rounds (the best one counts)");

static long result_ns = -1;
module_param(result_ns, long, 0444);
MODULE_PARM_DESC(result_ns, "best round: ns for 'events' writes, empty loop subtracted");

static unsigned long overruns;
module_param(overruns, ulong, 0444);
MODULE_PARM_DESC(overruns, "events overwritten by the end of the run");

static unsigned long lost;
module_param(lost, ulong, 0444);
MODULE_PARM_DESC(lost, "reserves that returned NULL");

/*
 * The measured loop. Kept in one function with the empty loop so that both
 * are compiled alike; barrier() stops the compiler from merging or
 * dropping iterations of either.
 */
static noinline s64 timed_round(struct trace_buffer *buf, unsigned int n,
				u64 seq)
{
	struct ring_buffer_event *ev;
	u64 t0, t1, t2, *data;
	unsigned int i;

	t0 = ktime_get_ns();
	for (i = 0; i < n; i++) {
		ev = ring_buffer_lock_reserve(buf, PAYLOAD);
		if (unlikely(!ev)) {
			lost++;
			continue;
		}
		data = ring_buffer_event_data(ev);
		data[0] = seq + i;
		data[1] = t0;
		ring_buffer_unlock_commit(buf);
		barrier();
	}
	t1 = ktime_get_ns();
	for (i = 0; i < n; i++)
		barrier();
	t2 = ktime_get_ns();

	return (s64)(t1 - t0) - (s64)(t2 - t1);
}

static int __init rbbench_init(void)
{
	struct trace_buffer *buf;
	unsigned int r, done;
	u64 seq = 0;
	s64 d;

	if (!size_kb || !events || !rounds)
		return -EINVAL;

	buf = ring_buffer_alloc((unsigned long)size_kb << 10, RB_FL_OVERWRITE);
	if (!buf) {
		pr_err("cannot allocate a %u KiB ring buffer\n", size_kb);
		return -ENOMEM;
	}

	/* Fill the buffer (several times over) before measuring. */
	for (done = 0; done < warmup; done += events, seq += events)
		timed_round(buf, events, seq);

	for (r = 0; r < rounds; r++, seq += events) {
		d = timed_round(buf, events, seq);
		if (r == 0 || d < result_ns)
			result_ns = d;
	}

	overruns = ring_buffer_overruns(buf);
	ring_buffer_free(buf);

	pr_info("%u x %u-byte events, %u KiB buffer: best round %ld ns, %lu overruns, %lu lost\n",
		events, PAYLOAD, size_kb, result_ns, overruns, lost);
	return 0;
}

static void __exit rbbench_exit(void)
{
}

module_init(rbbench_init);
module_exit(rbbench_exit);
MODULE_DESCRIPTION("ring buffer write cost for make bench");
MODULE_LICENSE("GPL");
