// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-time stress test of the ring buffer (CONFIG_RING_BUFFER_STARTUP_TEST).
 *
 * Stress phases, once in overwrite mode and once in producer-consumer
 * mode: on every online CPU a bound kthread writes records of varying
 * size (some as big as a record can be) while an hrtimer interrupts it
 * every 50us (at tick resolution this early in boot) to write from
 * hardirq, and an irq_work writes too: queued by the timer, and by the
 * task itself between reserve and commit so that it nests over a pending
 * record. Each (CPU, context) pair is a stream with its own sequence
 * numbers. A reader kthread consumes all CPUs meanwhile and checks every
 * record: payload pattern, stream order, time stamps never going back on
 * a CPU. At the end: written == read + overrun for every CPU, exactly,
 * and the buffer's own statistics agree.
 *
 * Then single-CPU checks, run bound to one CPU with no other writer:
 * resize up and down keeping data, read_page (page format parsed here
 * independently of the reader code), iterators against consuming reads,
 * reset, discard, producer-consumer drop accounting, the header texts.
 *
 * Result: one line, "Ring buffer self-test: PASSED (...)" or
 * "Ring buffer self-test: FAILED: <reason>" (the ftrace selftest
 * ringbuf/selftest.tc looks for both).
 */
#include <linux/ring_buffer.h>
#include <linux/trace_seq.h>
#include <linux/kthread.h>
#include <linux/hrtimer.h>
#include <linux/irq_work.h>
#include <linux/delay.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/workqueue.h>

#include "ring_buffer_internal.h"

#define RBT_PAGES	8
#define RBT_STREAMS	3		/* thread, hrtimer, irq_work */
#define RBT_RUN_MS	250
#define RBT_TIMER_NS	50000

struct rbt_rec {
	u16	cpu;
	u16	stream;
	u32	len;		/* payload bytes, header included */
	u64	seq;
	u8	data[];
};

struct rbt_cpu {
	/* writer side: each stream written from one context only */
	u64			seq[RBT_STREAMS];
	unsigned long		written[RBT_STREAMS];
	struct hrtimer		timer;
	struct irq_work		work;
	struct task_struct	*writer;
	/* reader side */
	u64			next[RBT_STREAMS];
	u64			last_ts;
	unsigned long		read;
	unsigned long		lost;
};

static struct trace_buffer *rbt_buf;
static struct rbt_cpu *rbt_cpus;
static bool rbt_running;
static atomic_t rbt_failed = ATOMIC_INIT(0);
static char rbt_reason[160];
static unsigned long rbt_total_written, rbt_total_read, rbt_total_lost;

static __printf(1, 2) void rbt_fail(const char *fmt, ...)
{
	va_list args;

	if (atomic_cmpxchg(&rbt_failed, 0, 1))
		return;
	va_start(args, fmt);
	vsnprintf(rbt_reason, sizeof(rbt_reason), fmt, args);
	va_end(args);
}

static bool rbt_ok(void)
{
	return !atomic_read(&rbt_failed);
}

static u8 rbt_pattern(u64 seq, unsigned int stream, unsigned int i)
{
	return (u8)(seq * 31 + i * 7 + stream);
}

/* Record length for a stream's seq: mostly small, some huge. */
static unsigned int rbt_len(u64 seq, unsigned int stream)
{
	unsigned int max = ring_buffer_max_event_size(rbt_buf);

	if (stream == 0 && seq % 61 == 0)
		return max - (seq % 3);
	if (seq % 97 == 0)
		return max / 2 + 1;
	return sizeof(struct rbt_rec) + (seq * 7 + stream * 13) % 240;
}

/* Write one record of @stream on this CPU. Context: preemption off. */
static void rbt_write(unsigned int stream)
{
	struct rbt_cpu *c = &rbt_cpus[smp_processor_id()];
	u64 seq = c->seq[stream];
	unsigned int len = rbt_len(seq, stream), i;
	struct ring_buffer_event *ev;
	struct rbt_rec *rec;

	ev = ring_buffer_lock_reserve(rbt_buf, len);
	if (!ev)
		return;
	rec = ring_buffer_event_data(ev);
	rec->cpu = smp_processor_id();
	rec->stream = stream;
	rec->len = len;
	rec->seq = seq;
	/*
	 * The self-IPI of irq_work arrives right here, between reserve and
	 * commit: a nested writer over a pending record, every few records.
	 */
	if (stream == 0 && seq % 4 == 1)
		irq_work_queue(&c->work);
	for (i = 0; i < len - sizeof(*rec); i++)
		rec->data[i] = rbt_pattern(seq, stream, i);
	ring_buffer_unlock_commit(rbt_buf);
	c->seq[stream] = seq + 1;
	c->written[stream]++;
}

static void rbt_work_fn(struct irq_work *work)
{
	if (READ_ONCE(rbt_running))
		rbt_write(2);
}

static enum hrtimer_restart rbt_timer_fn(struct hrtimer *t)
{
	struct rbt_cpu *c = container_of(t, struct rbt_cpu, timer);

	if (!READ_ONCE(rbt_running))
		return HRTIMER_NORESTART;
	rbt_write(1);
	if (c->seq[1] % 3 == 0)
		irq_work_queue(&c->work);
	hrtimer_forward_now(t, ns_to_ktime(RBT_TIMER_NS));
	return HRTIMER_RESTART;
}

static int rbt_writer_fn(void *arg)
{
	struct rbt_cpu *c = arg;
	unsigned long n = 0;

	hrtimer_start(&c->timer, ns_to_ktime(RBT_TIMER_NS),
		      HRTIMER_MODE_REL_PINNED_HARD);
	while (!kthread_should_stop()) {
		if (READ_ONCE(rbt_running)) {
			preempt_disable();
			rbt_write(0);
			preempt_enable();
		}
		if (++n % 1024 == 0)
			usleep_range(20, 60);
		else
			cond_resched();
	}
	hrtimer_cancel(&c->timer);
	return 0;
}

/* Check one consumed record of @cpu. */
static void rbt_check(int cpu, struct ring_buffer_event *ev, u64 ts,
		      unsigned long lost)
{
	struct rbt_cpu *c = &rbt_cpus[cpu];
	struct rbt_rec *rec = ring_buffer_event_data(ev);
	unsigned int i;

	c->read++;
	c->lost += lost;
	if (ts < c->last_ts)
		rbt_fail("cpu%d: time went back %llu -> %llu", cpu,
			 c->last_ts, ts);
	c->last_ts = ts;
	if (rec->cpu != cpu || rec->stream >= RBT_STREAMS ||
	    rec->len > ring_buffer_event_length(ev) ||
	    ring_buffer_event_length(ev) > ALIGN(rec->len, 4)) {
		rbt_fail("cpu%d: bad record header (cpu %u stream %u len %u/%u)",
			 cpu, rec->cpu, rec->stream, rec->len,
			 ring_buffer_event_length(ev));
		return;
	}
	if (rec->seq < c->next[rec->stream])
		rbt_fail("cpu%d stream %u: seq %llu after %llu", cpu,
			 rec->stream, rec->seq, c->next[rec->stream] - 1);
	c->next[rec->stream] = rec->seq + 1;
	for (i = 0; i < rec->len - sizeof(*rec); i++) {
		if (rec->data[i] != rbt_pattern(rec->seq, rec->stream, i)) {
			rbt_fail("cpu%d stream %u seq %llu: payload byte %u",
				 cpu, rec->stream, rec->seq, i);
			return;
		}
	}
}

/* Consume what is there on every CPU; return the number of records. */
static unsigned long rbt_drain(void)
{
	struct ring_buffer_event *ev;
	unsigned long n = 0, lost;
	int cpu;
	u64 ts;

	for_each_online_cpu(cpu) {
		while ((ev = ring_buffer_consume(rbt_buf, cpu, &ts, &lost))) {
			rbt_check(cpu, ev, ts, lost);
			if (++n % 256 == 0)
				cond_resched();
		}
	}
	return n;
}

static int rbt_reader_fn(void *arg)
{
	while (!kthread_should_stop()) {
		if (!rbt_drain())
			usleep_range(50, 100);
	}
	return 0;
}

/* The end-of-phase accounting of one CPU. */
static void rbt_account(int cpu, bool overwrite)
{
	struct rbt_cpu *c = &rbt_cpus[cpu];
	unsigned long written = 0, over, lost_max;
	int s;

	for (s = 0; s < RBT_STREAMS; s++)
		written += c->written[s];
	over = ring_buffer_overrun_cpu(rbt_buf, cpu);
	lost_max = over + ring_buffer_commit_overrun_cpu(rbt_buf, cpu) +
		   ring_buffer_dropped_events_cpu(rbt_buf, cpu);
	if (written != c->read + over)
		rbt_fail("cpu%d: written %lu != read %lu + overrun %lu",
			 cpu, written, c->read, over);
	if (ring_buffer_written_cpu(rbt_buf, cpu) != written ||
	    ring_buffer_read_events_cpu(rbt_buf, cpu) != c->read ||
	    ring_buffer_entries_cpu(rbt_buf, cpu) ||
	    ring_buffer_bytes_cpu(rbt_buf, cpu))
		rbt_fail("cpu%d: stats written %lu read %lu entries %lu bytes %lu",
			 cpu, ring_buffer_written_cpu(rbt_buf, cpu),
			 ring_buffer_read_events_cpu(rbt_buf, cpu),
			 ring_buffer_entries_cpu(rbt_buf, cpu),
			 ring_buffer_bytes_cpu(rbt_buf, cpu));
	if (c->lost > lost_max)
		rbt_fail("cpu%d: reported %lu lost, at most %lu", cpu,
			 c->lost, lost_max);
	if (!overwrite && over)
		rbt_fail("cpu%d: overrun %lu in producer-consumer mode",
			 cpu, over);
	rbt_total_written += written;
	rbt_total_read += c->read;
	rbt_total_lost += over;
}

static void rbt_stress(bool overwrite)
{
	struct task_struct *reader;
	int cpu;

	ring_buffer_change_overwrite(rbt_buf, overwrite);
	ring_buffer_reset(rbt_buf);
	memset(rbt_cpus, 0, nr_cpu_ids * sizeof(*rbt_cpus));
	for_each_online_cpu(cpu) {
		struct rbt_cpu *c = &rbt_cpus[cpu];

		hrtimer_init(&c->timer, CLOCK_MONOTONIC,
			     HRTIMER_MODE_REL_PINNED_HARD);
		c->timer.function = rbt_timer_fn;
		init_irq_work(&c->work, rbt_work_fn);
	}
	WRITE_ONCE(rbt_running, true);
	reader = kthread_run(rbt_reader_fn, NULL, "rb_test_read");
	if (IS_ERR(reader)) {
		rbt_fail("no reader thread");
		return;
	}
	for_each_online_cpu(cpu) {
		struct rbt_cpu *c = &rbt_cpus[cpu];

		c->writer = kthread_create_on_cpu(rbt_writer_fn, c, cpu,
						  "rb_test_write/%u");
		if (IS_ERR(c->writer)) {
			c->writer = NULL;
			rbt_fail("no writer thread");
			continue;
		}
		wake_up_process(c->writer);
	}
	msleep(RBT_RUN_MS);
	WRITE_ONCE(rbt_running, false);
	for_each_online_cpu(cpu) {
		if (rbt_cpus[cpu].writer)
			kthread_stop(rbt_cpus[cpu].writer);
		irq_work_sync(&rbt_cpus[cpu].work);
	}
	kthread_stop(reader);
	rbt_drain();
	for_each_online_cpu(cpu) {
		struct rbt_cpu *c = &rbt_cpus[cpu];

		rbt_account(cpu, overwrite);
		pr_info("Ring buffer self-test: %s cpu%d: written %lu/%lu/%lu (task/hardirq/irq_work), read %lu, overrun %lu, dropped %lu, commit overrun %lu\n",
			overwrite ? "overwrite" : "producer-consumer", cpu,
			c->written[0], c->written[1], c->written[2], c->read,
			ring_buffer_overrun_cpu(rbt_buf, cpu),
			ring_buffer_dropped_events_cpu(rbt_buf, cpu),
			ring_buffer_commit_overrun_cpu(rbt_buf, cpu));
	}
}

/* --- single-CPU checks ----------------------------------------------------- */

/* Write records seq first.. on this CPU into @b; return how many went in. */
static unsigned int rbt_fill(struct trace_buffer *b, u64 first, unsigned int n,
			     unsigned int len)
{
	struct ring_buffer_event *ev;
	struct rbt_rec *rec;
	unsigned int i, k;

	for (i = 0; i < n; i++) {
		ev = ring_buffer_lock_reserve(b, len);
		if (!ev)
			break;
		rec = ring_buffer_event_data(ev);
		rec->cpu = smp_processor_id();
		rec->stream = 0;
		rec->len = len;
		rec->seq = first + i;
		for (k = 0; k < len - sizeof(*rec); k++)
			rec->data[k] = rbt_pattern(first + i, 0, k);
		ring_buffer_unlock_commit(b);
	}
	return i;
}

/* Check the payload of a record written by rbt_fill(). */
static bool rbt_rec_ok(struct rbt_rec *rec)
{
	unsigned int k;

	for (k = 0; k < rec->len - sizeof(*rec); k++)
		if (rec->data[k] != rbt_pattern(rec->seq, 0, k))
			return false;
	return true;
}

/* Consume @cpu of @b: records must be seq first..last, in order. */
static void rbt_expect(struct trace_buffer *b, int cpu, u64 first, u64 last,
		       const char *what)
{
	struct ring_buffer_event *ev;
	u64 want = first, ts, prev = 0;
	struct rbt_rec *rec;

	while ((ev = ring_buffer_consume(b, cpu, &ts, NULL))) {
		rec = ring_buffer_event_data(ev);
		if (rec->seq != want || !rbt_rec_ok(rec) || ts < prev) {
			rbt_fail("%s: got seq %llu, expected %llu", what,
				 rec->seq, want);
			return;
		}
		prev = ts;
		want++;
	}
	if (want != last + 1)
		rbt_fail("%s: read up to %llu, expected %llu", what, want - 1,
			 last);
}

static void rbt_test_resize(struct trace_buffer *b, int cpu)
{
	unsigned long over;

	ring_buffer_reset_cpu(b, cpu);
	if (rbt_fill(b, 0, 200, 100) != 200)
		return rbt_fail("resize: could not write");
	if (ring_buffer_resize(b, 16 * RB_PAGE_DATA, cpu) ||
	    ring_buffer_size(b, cpu) != 16 * RB_PAGE_DATA ||
	    ring_buffer_entries_cpu(b, cpu) != 200)
		return rbt_fail("resize: growing lost data (entries %lu)",
				ring_buffer_entries_cpu(b, cpu));
	rbt_fill(b, 200, 100, 100);
	if (ring_buffer_resize(b, 3 * RB_PAGE_DATA, cpu))
		return rbt_fail("resize: shrinking failed");
	over = ring_buffer_overrun_cpu(b, cpu);
	if (!over || ring_buffer_entries_cpu(b, cpu) + over != 300)
		return rbt_fail("resize: shrinking: entries %lu overrun %lu",
				ring_buffer_entries_cpu(b, cpu), over);
	rbt_expect(b, cpu, over, 299, "resize");
	if (ring_buffer_resize(b, RBT_PAGES * RB_PAGE_DATA, cpu))
		rbt_fail("resize: back to %d pages failed", RBT_PAGES);
}

/*
 * Walk one page from read_page with the format of events/header_page and
 * events/header_event, written out here again on purpose. Returns the
 * next expected seq.
 */
static u64 rbt_parse_page(struct rb_data_page *dp, u64 want, u64 *prev)
{
	unsigned long commit = ring_buffer_page_len(dp), off = 0, len;
	u64 ts = dp->time_stamp;
	struct ring_buffer_event *ev;
	struct rbt_rec *rec;

	while (off < commit) {
		ev = (void *)&dp->data[off];
		rec = NULL;
		switch (ev->type_len) {
		case 29:
			len = commit - off < 8 ? commit - off : ev->array[0] + 4;
			ts += ev->time_delta;
			break;
		case 30:
			len = 8;
			ts += ev->time_delta + ((u64)ev->array[0] << 27);
			break;
		case 31:
			len = 8;
			ts = (ts & (~0ULL << 59)) | ev->time_delta |
			     ((u64)ev->array[0] << 27);
			break;
		case 0:
			len = ev->array[0] + 4;
			ts += ev->time_delta;
			rec = (void *)&ev->array[1];
			break;
		default:
			len = ev->type_len * 4 + 4;
			ts += ev->time_delta;
			rec = (void *)&ev->array[0];
		}
		if (off + len > commit || !len) {
			rbt_fail("read_page: record overruns the page");
			return want;
		}
		if (rec) {
			if (rec->seq != want || !rbt_rec_ok(rec) || ts < *prev) {
				rbt_fail("read_page: seq %llu, expected %llu",
					 rec->seq, want);
				return want;
			}
			*prev = ts;
			want++;
		}
		off += len;
	}
	return want;
}

static void rbt_test_read_page(struct trace_buffer *b, int cpu)
{
	void *page = ring_buffer_alloc_read_page(b, cpu), *before;
	struct rb_data_page *dp;
	unsigned int swaps = 0;
	u64 want = 0, prev = 0;
	unsigned long lost;

	if (IS_ERR(page))
		return rbt_fail("read_page: no page");
	ring_buffer_reset_cpu(b, cpu);
	rbt_fill(b, 0, 200, 100);
	for (;;) {
		before = page;
		if (ring_buffer_read_page(b, &page, PAGE_SIZE, cpu, 0) < 0)
			break;
		swaps += page != before;
		dp = page;
		if (dp->commit & RB_MISSED_EVENTS)
			rbt_fail("read_page: lost events where none were");
		want = rbt_parse_page(dp, want, &prev);
	}
	if (want != 200 || !swaps)
		rbt_fail("read_page: read %llu of 200 records, %u whole pages",
			 want, swaps);

	/* Overwrite most of it; the first page read must say so. */
	ring_buffer_reset_cpu(b, cpu);
	rbt_fill(b, 0, 2000, 100);
	if (ring_buffer_read_page(b, &page, PAGE_SIZE, cpu, 0) < 0)
		rbt_fail("read_page: nothing after overwrite");
	dp = page;
	lost = ring_buffer_overrun_cpu(b, cpu);
	if (!(dp->commit & RB_MISSED_EVENTS) || !lost)
		rbt_fail("read_page: overwritten records not flagged");
	else if ((dp->commit & RB_MISSED_STORED) &&
		 memcmp(&dp->data[ring_buffer_page_len(dp)], &lost,
			sizeof(lost)))
		rbt_fail("read_page: stored lost count is wrong");
	prev = 0;
	want = rbt_parse_page(dp, lost, &prev);
	rbt_expect(b, cpu, want, 1999, "read_page after overwrite");
	ring_buffer_free_read_page(b, cpu, page);
}

static void rbt_test_iter(struct trace_buffer *b, int cpu)
{
	struct ring_buffer_event *ev;
	struct ring_buffer_iter *it;
	u64 *seen, ts;
	unsigned int n = 0, i;

	ring_buffer_reset_cpu(b, cpu);
	it = ring_buffer_read_start(b, cpu, GFP_KERNEL);
	if (!it)
		return rbt_fail("iter: no iterator");
	if (!ring_buffer_iter_empty(it))
		rbt_fail("iter: empty buffer is not empty");
	ring_buffer_read_finish(it);

	seen = kcalloc(2 * 150, sizeof(*seen), GFP_KERNEL);
	if (!seen)
		return rbt_fail("iter: no memory");
	rbt_fill(b, 0, 150, 60);
	for (i = 0; i < 10; i++)
		ring_buffer_consume(b, cpu, NULL, NULL);
	it = ring_buffer_read_start(b, cpu, GFP_KERNEL);
	while (it && n < 150 && (ev = ring_buffer_iter_peek(it, &ts))) {
		seen[2 * n] = ((struct rbt_rec *)ring_buffer_event_data(ev))->seq;
		seen[2 * n + 1] = ts;
		n++;
		ring_buffer_iter_advance(it);
	}
	if (it) {
		ring_buffer_iter_reset(it);
		ev = ring_buffer_iter_peek(it, NULL);
		if (!ev || ((struct rbt_rec *)ring_buffer_event_data(ev))->seq != 10)
			rbt_fail("iter: reset does not go back to seq 10");
		ring_buffer_read_finish(it);
	}
	if (n != 140)
		rbt_fail("iter: walked %u records, expected 140", n);
	for (i = 0; i < n && rbt_ok(); i++) {
		ev = ring_buffer_consume(b, cpu, &ts, NULL);
		if (!ev || seen[2 * i] != i + 10 || seen[2 * i + 1] != ts ||
		    ((struct rbt_rec *)ring_buffer_event_data(ev))->seq != i + 10)
			rbt_fail("iter: record %u differs from the consuming read", i);
	}
	kfree(seen);
}

static void rbt_test_discard_reset(struct trace_buffer *b, int cpu)
{
	struct ring_buffer_event *ev;

	ring_buffer_reset_cpu(b, cpu);
	rbt_fill(b, 0, 5, 40);
	ev = ring_buffer_lock_reserve(b, 40);
	if (!ev)
		return rbt_fail("discard: no reservation");
	ring_buffer_discard_commit(b, ev);
	rbt_fill(b, 5, 5, 40);
	if (ring_buffer_entries_cpu(b, cpu) != 10)
		rbt_fail("discard: %lu entries, expected 10",
			 ring_buffer_entries_cpu(b, cpu));
	rbt_expect(b, cpu, 0, 9, "discard");

	rbt_fill(b, 0, 20, 40);
	ring_buffer_reset_cpu(b, cpu);
	if (!ring_buffer_empty_cpu(b, cpu) || ring_buffer_entries_cpu(b, cpu))
		rbt_fail("reset: buffer not empty");
}

static void rbt_test_drops(int cpu)
{
	struct trace_buffer *pc = ring_buffer_alloc(2 * RB_PAGE_DATA, 0);
	unsigned int ok, i;

	if (!pc)
		return rbt_fail("drops: no buffer");
	ok = rbt_fill(pc, 0, 1000, 100);
	for (i = 0; i < 10; i++)
		if (ok == 1000 || rbt_fill(pc, ok, 1, 100))
			rbt_fail("drops: producer-consumer buffer never filled");
	if (ring_buffer_dropped_events_cpu(pc, cpu) != 11 ||
	    ring_buffer_entries_cpu(pc, cpu) != ok ||
	    ring_buffer_overrun_cpu(pc, cpu))
		rbt_fail("drops: dropped %lu (want 11), entries %lu (want %u)",
			 ring_buffer_dropped_events_cpu(pc, cpu),
			 ring_buffer_entries_cpu(pc, cpu), ok);
	rbt_expect(pc, cpu, 0, ok - 1, "drops");
	ring_buffer_free(pc);
}

static void rbt_test_headers(struct trace_buffer *b)
{
	struct trace_seq *s = kmalloc(sizeof(*s), GFP_KERNEL);
	char want[80];

	if (!s)
		return rbt_fail("headers: no memory");
	trace_seq_init(s);
	ring_buffer_print_page_header(b, s);
	snprintf(want, sizeof(want),
		 "\tfield: char data;\toffset:16;\tsize:%lu;\tsigned:%d;\n",
		 RB_PAGE_DATA, is_signed_type(char));
	if (!strnstr(s->buffer, want, trace_seq_used(s)))
		rbt_fail("headers: header_page has no data field line");
	trace_seq_init(s);
	ring_buffer_print_entry_header(s);
	if (!strnstr(s->buffer, "\tpadding     : type == 29\n", trace_seq_used(s)))
		rbt_fail("headers: header_event has no padding line");
	kfree(s);
}

static long rbt_single_cpu(void *arg)
{
	int cpu = smp_processor_id();

	ring_buffer_change_overwrite(rbt_buf, 1);
	rbt_test_headers(rbt_buf);
	if (rbt_ok())
		rbt_test_resize(rbt_buf, cpu);
	if (rbt_ok())
		rbt_test_read_page(rbt_buf, cpu);
	if (rbt_ok())
		rbt_test_iter(rbt_buf, cpu);
	if (rbt_ok())
		rbt_test_discard_reset(rbt_buf, cpu);
	if (rbt_ok())
		rbt_test_drops(cpu);
	return 0;
}

static int __init rbt_init(void)
{
	ktime_t t0 = ktime_get();

	rbt_cpus = kcalloc(nr_cpu_ids, sizeof(*rbt_cpus), GFP_KERNEL);
	rbt_buf = ring_buffer_alloc(RBT_PAGES * RB_PAGE_DATA, RB_FL_OVERWRITE);
	if (!rbt_cpus || !rbt_buf) {
		rbt_fail("out of memory");
	} else {
		rbt_stress(true);
		if (rbt_ok())
			rbt_stress(false);
		if (rbt_ok())
			work_on_cpu(cpumask_first(cpu_online_mask),
				    rbt_single_cpu, NULL);
	}
	ring_buffer_free(rbt_buf);
	kfree(rbt_cpus);
	if (!rbt_ok()) {
		pr_err("Ring buffer self-test: FAILED: %s\n", rbt_reason);
		return 0;
	}
	pr_info("Ring buffer self-test: %lld ms\n",
		ktime_ms_delta(ktime_get(), t0));
	pr_info("Ring buffer self-test: PASSED (written %lu, read %lu, lost %lu)\n",
		rbt_total_written, rbt_total_read, rbt_total_lost);
	return 0;
}
late_initcall(rbt_init);
