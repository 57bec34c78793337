// SPDX-License-Identifier: GPL-2.0
/*
 * The tracing ring buffer: setup, resize, the writer path, statistics,
 * the format files. Readers and the sleepers waiting for data are in
 * ring_buffer_read.c, the boot stress test in ring_buffer_selftest.c, the
 * private layout in ring_buffer_internal.h.
 *
 * THEORY OF OPERATION
 * ===================
 *
 * Each CPU has its own ring of nr pages (nr >= 2) plus one spare page that
 * belongs to the reader. Pages carry a sequence number "seq" that only
 * grows; the page with sequence s sits in slots[s % nr]. Three positions,
 * all sequence numbers:
 *
 *	H  head:   oldest unread page still in the ring (rb_cpu.head)
 *	C  commit: page holding the last committed byte (rb_cpu.commit)
 *	W  tail:   page new reservations go to (rb_cpu.tail)
 *
 *	invariants:  H <= C + 1,  C <= W,  W - H < nr
 *
 *	              slots[]  (nr = 6, H = 7, C = 9, W = 10)
 *	   +-------+-------+-------+-------+-------+-------+
 *	   | s=12  | s=7   | s=8   | s=9   | s=10  | s=11  |
 *	   | free  | H     |       | C     | W     | free  |
 *	   +-------+-------+-------+-------+-------+-------+
 *	                ^                                 reader page
 *	                |  xchg with the reader's spare   +-------+
 *	                +-------------------------------->| s=6   |
 *	                                                  | read  |
 *	                                                  +-------+
 *
 * Pages H..C hold committed records, C..W records that are reserved but
 * perhaps not complete yet, and the rest are free (already read, or never
 * used). The reader takes the head page out of the ring by exchanging it
 * with its spare, and so owns a page that no writer will reuse: it reads
 * it at leisure and then offers it back as the next spare.
 *
 * Tail and commit are page position words, seq and descriptor id packed
 * in one long (RB_P_*), so that the writer keeps hold of its tail and
 * commit pages even when the reader has swapped them out of slots[]. The
 * head word carries a BUSY bit (RB_H_*) while the reader is swapping.
 *
 * The write word of a page (RB_W_*) packs a generation above the reserved
 * offset:
 *
 *	 63                    20 19               0
 *	+------------------------+------------------+
 *	|       generation       |      offset      |
 *	+------------------------+------------------+
 *
 * Who touches what:
 *
 *	field			writers (this CPU, any context)	reader (any CPU)
 *	page write, entries	local ops, cmpxchg		no
 *	tail (W)		local cmpxchg			no
 *	commit (C), page commit	outermost writer, release	load-acquire
 *	head (H)		cmpxchg (overwrite mode)	cmpxchg, release
 *	slots[]			read after acquire of H		xchg (BUSY held)
 *	reader page, read pos	never (unless it is W or C)	reader_lock
 *
 * Writers never lock: they run with preemption disabled and nest strictly
 * (task, softirq, irq, NMI): a writer that interrupts another finishes
 * before the interrupted one continues. Every step below is written so
 * that a nested writer arriving between any two steps leaves the outer
 * one something it can detect and retry. The reader holds a per-CPU raw
 * spinlock against other readers only.
 *
 * Reserving (rb_reserve):
 *   A  snapshot the tail word and that page's write word
 *   B  read the clock
 *   C  local_add_return() the record length on the write word
 *   D  if the record does not fit: the one whose record straddles the end
 *      pads the page to its end; then whoever overflowed moves the tail:
 *        D1 if the ring is full, push H (cmpxchg) and count the overrun
 *        D2 reset the next page: cmpxchg its write word from the value
 *           read before to the next generation, offset 0
 *        D3 cmpxchg the tail word to the next page
 *      and start again at A
 *   E  write the record (time record first if needed)
 *   F  the outermost writer advances the commit: page commit fields, then
 *      C, both with store-release, up to the write position
 *
 * Reading (rb_swap_reader_page, under reader_lock):
 *   R1 load-acquire C; the head page h is only taken if h <= C
 *   R2 cmpxchg H from h to h|BUSY
 *   R3 xchg slots[h % nr] with the spare page
 *   R4 store-release H = h + 1
 *   R5 read records of the page up to its commit, loaded with acquire
 *
 * Interleavings considered:
 *
 * 1. Nested writer between A and C. It reserves first, so this record does
 *    not land where A saw the end. Its time is then not known relative to
 *    the record before it; it takes a delta of 0 (the time of the nested
 *    record, which is later than our clock read but still in order).
 *
 * 2. Nested writer between C and E. It lands after us, so it may not use
 *    a delta against our (unwritten) time: any writer that is nested
 *    (committing > 1 on entry) writes an absolute TIME_STAMP record. Its
 *    clock read came after our C, so the stream stays in order.
 *
 * 3. The straddling writer is interrupted before it pads or moves the
 *    tail. The nested writer's C also overflows; it moves the tail itself
 *    (D). The outer writer pads (the padding is its own reservation), then
 *    finds the tail moved and retries on the new page.
 *
 * 4. A mover is interrupted between D2 and D3. The nested writer sees the
 *    old tail, resets the next page again (the generation it reads is the
 *    one the outer mover wrote, so its cmpxchg succeeds and bumps it once
 *    more) and moves the tail. The outer D3 cmpxchg fails and it retries.
 *    Had the nested writer already written into that page, the outer D2
 *    would fail instead, because D2 checks the tail after reading the
 *    write word and the generation changed.
 *
 * 5. Writer D1 against reader R2 on the head page: one cmpxchg on H wins.
 *    If the reader won (BUSY, or H moved) the writer re-reads H; it never
 *    waits for the reader (it may be an NMI on the reader's CPU), so with
 *    BUSY set the record is dropped and counted.
 *
 * 6. The reader takes the page the writer is filling (h == C or h == W).
 *    The writer goes on through its cached tail/commit words; the reader
 *    stops at the page's commit (R5 pairs with F). The page is not handed
 *    back as a spare before C has moved past it, because the next swap
 *    needs a head page h' <= C with h' > h.
 *
 * 7. The outermost writer advances the commit while a nested one reserves
 *    and commits after the outermost read the write position: every
 *    reservation bumps "commits"; the outermost re-checks it after
 *    dropping "committing" and goes round again if it moved. Only a
 *    writer at depth 1 advances, so two never do it at once.
 *
 * 8. A writer reads the tail, then waits (interrupted) while the page is
 *    filled and left. Its C lands past the page end (a left page is always
 *    overflowed): it sees the overflow, finds the tail moved and retries.
 *    The page cannot be reused meanwhile: that needs H pushed past C, and
 *    C cannot pass a page with a writer in flight (only depth 1 advances).
 *
 * 9. A writer whose tail move fails (buffer full, reader busy) takes its
 *    length back off the write word, so a page that stays the tail does
 *    not fill up with dead reservations. It does so with a cmpxchg from a
 *    value read before checking that the tail has not moved: a nested
 *    writer that moved it must have added to the word first, so a left
 *    page never gets its offset lowered (stale writers rely on 8).
 *
 * Overwrite mode pushes H when the ring is full (D1), unless H is at or
 * past C (the writer lapped an uncommitted record: commit_overrun, drop).
 * Producer-consumer mode drops the new record instead (dropped).
 *
 * Time: a page's time_stamp is the clock when it became the tail. A
 * record's delta is against the record before it (or the page stamp).
 * last_pos/last_ts remember the end position and time of the last record;
 * they are only believed if the position matches the snapshot of A.
 * Deltas over 27 bits get a TIME_EXTEND record in front.
 */
#include <linux/ring_buffer.h>
#include <linux/trace_seq.h>
#include <linux/sched/clock.h>
#include <linux/slab.h>
#include <linux/cpu.h>
#include <linux/export.h>
#include <linux/sched/signal.h>

#include "ring_buffer_internal.h"

/*
 * The default clock. linux/trace_clock.h is not in this tree yet; when it
 * is, trace_clock_local() becomes the default (it is local_clock() too).
 */
#define RB_DEFAULT_CLOCK	local_clock

/* A writer gives up after this many page moves in one reservation. */
#define RB_MAX_TRIES		64

/* Position of a byte in the stream: (page seq, offset), for last_pos. */
#define RB_POS_INVALID		(~0UL)
static __always_inline unsigned long rb_pos(unsigned long tail,
					    unsigned long w)
{
	return (rb_p_seq(tail) << (PAGE_SHIFT + 1)) | rb_w_off(w);
}

void rb_warn_disable(struct rb_cpu *cb, const char *what)
{
	atomic_inc(&cb->record_disabled);
	WARN_ONCE(1, "ring buffer cpu%d: %s; recording stopped\n",
		  cb->cpu, what);
}

/* --- record encoding ---------------------------------------------------- */

static __always_inline void rb_put_time(struct ring_buffer_event *ev,
					unsigned int type, u64 t)
{
	ev->type_len = type;
	ev->time_delta = t & RB_TS_MASK;
	ev->array[0] = t >> RB_TS_SHIFT;
}

static __always_inline void rb_put_data(struct ring_buffer_event *ev,
					unsigned int dlen, u64 delta)
{
	unsigned int payload = dlen - RB_HDR_LEN;

	ev->time_delta = delta;
	if (payload > RB_SMALL_MAX) {
		ev->type_len = 0;
		ev->array[0] = payload;		/* length word + data */
	} else {
		ev->type_len = payload / RB_ALIGN;
	}
}

/* Fill @room bytes (a multiple of 4) at @ev with one padding record. */
static __always_inline void rb_put_padding(struct ring_buffer_event *ev,
					   unsigned int room)
{
	ev->type_len = RINGBUF_TYPE_PADDING;
	ev->time_delta = 0;
	if (room >= 8)
		ev->array[0] = room - RB_HDR_LEN;
}

/* --- moving the tail ---------------------------------------------------- */

enum rb_move {
	RB_MOVED,	/* the tail moved (by us or a nested writer): retry */
	RB_RETRY,	/* lost a race: retry */
	RB_DROP,	/* no room: drop the record */
};

static __always_inline struct rb_page *rb_slot(struct rb_cpu *cb,
					       unsigned long seq)
{
	return rb_desc(cb, READ_ONCE(cb->slots[seq % cb->nr]));
}

/* D1: the ring is full and @hw is the head: push it, or say why not. */
static notrace enum rb_move rb_push_head(struct trace_buffer *buffer,
					 struct rb_cpu *cb, unsigned long hw)
{
	unsigned long h = rb_h_seq(hw), entries, bytes;
	struct rb_page *victim;

	if (!(READ_ONCE(buffer->flags) & RB_FL_OVERWRITE) ||
	    (hw & RB_H_BUSY)) {
		local_inc(&cb->dropped);
		return RB_DROP;
	}
	/* The head page must be fully committed before it is overwritten. */
	if (h >= rb_p_seq(READ_ONCE(cb->commit))) {
		local_inc(&cb->commit_overrun);
		return RB_DROP;
	}
	/*
	 * Read what the page held before pushing: once H moves, a nested
	 * writer may reset the page. If one pushed first, our cmpxchg fails.
	 */
	victim = rb_slot(cb, h);
	entries = rb_w_off(local_read(&victim->entries));
	bytes = READ_ONCE(victim->page->commit);
	/* Pairs with the reader's R2 cmpxchg: only one of them moves H. */
	if (atomic_long_cmpxchg(&cb->head, hw, rb_h_make(h + 1)) != hw)
		return RB_RETRY;
	local_add(entries, &cb->overrun);
	local_add(bytes, &cb->overrun_bytes);
	return RB_MOVED;
}

/* D: move the tail from @tail (whose page overflowed) to the next page. */
static notrace enum rb_move rb_move_tail(struct trace_buffer *buffer,
					 struct rb_cpu *cb, unsigned long tail)
{
	unsigned long seq = rb_p_seq(tail) + 1, hw, w, e;
	struct rb_page *next;
	enum rb_move ret;
	u64 ts;

	/*
	 * Pairs with the reader's R4 store-release: a slot read after
	 * seeing H = h + 1 holds the spare the reader put there in R3.
	 */
	hw = atomic_long_read_acquire(&cb->head);
	if (seq - rb_h_seq(hw) >= cb->nr) {			/* D1 */
		ret = rb_push_head(buffer, cb, hw);
		if (ret != RB_MOVED)
			return ret;
	}
	next = rb_slot(cb, seq);
	ts = READ_ONCE(buffer->clock)();

	w = local_read(&next->write);				/* D2 */
	e = local_read(&next->entries);
	/* Read the write word first, then check (interleaving 4). */
	barrier();
	if (local_read(&cb->tail) != tail)
		return RB_RETRY;
	if (!local_try_cmpxchg(&next->write, &w, rb_w_next_gen(w)))
		return RB_RETRY;
	/* Fails only if a nested mover already reset it: fine. */
	local_cmpxchg(&next->entries, e, rb_w_next_gen(e));
	WRITE_ONCE(next->page->time_stamp, ts);

	if (local_cmpxchg(&cb->tail, tail, rb_p_make(seq, next->id)) != tail)
		return RB_RETRY;				/* D3 */
	return RB_MOVED;
}

/*
 * Take back @len from the write word of @pg, the tail page @tail, after a
 * failed move (interleaving 9). @w1 is the value our C returned.
 */
static notrace void rb_unreserve(struct rb_cpu *cb, unsigned long tail,
				 struct rb_page *pg, unsigned long w1,
				 unsigned int len)
{
	unsigned long w = local_read(&pg->write);

	do {
		barrier();
		if (local_read(&cb->tail) != tail ||
		    rb_w_gen(w) != rb_w_gen(w1) || rb_w_off(w) < len)
			return;
	} while (!local_try_cmpxchg(&pg->write, &w, w - len));
}

/* D: our reservation [w1 - len, w1) does not fit in the page. */
static notrace enum rb_move rb_overflow(struct trace_buffer *buffer,
					struct rb_cpu *cb, unsigned long tail,
					struct rb_page *pg, unsigned long w1,
					unsigned int len)
{
	unsigned int start = rb_w_off(w1 - len);
	enum rb_move ret;

	/* The straddling writer pads the page to its end. */
	if (start < RB_PAGE_DATA)
		rb_put_padding((void *)&pg->page->data[start],
			       RB_PAGE_DATA - start);
	if (local_read(&cb->tail) != tail)
		return RB_RETRY;
	ret = rb_move_tail(buffer, cb, tail);
	if (ret != RB_MOVED)
		rb_unreserve(cb, tail, pg, w1, len);
	return ret;
}

/* --- reserving ---------------------------------------------------------- */

/*
 * The time of the record that ends at @pos on page @pg, if known: the
 * page stamp for the first record of a page, else last_ts if it belongs
 * to that very position. last_pos is re-read around last_ts so that a
 * nested update in between is noticed (rb_set_last writes it in the
 * opposite order).
 */
static __always_inline bool rb_prev_stamp(struct rb_cpu *cb,
					  struct rb_page *pg, unsigned long w0,
					  unsigned long pos, u64 *prev)
{
	unsigned long p1, p2;

	if (!rb_w_off(w0)) {
		*prev = READ_ONCE(pg->page->time_stamp);
		return true;
	}
	p1 = READ_ONCE(cb->last_pos);
	barrier();
	*prev = READ_ONCE(cb->last_ts);
	barrier();
	p2 = READ_ONCE(cb->last_pos);
	return p1 == pos && p2 == pos;
}

static __always_inline void rb_set_last(struct rb_cpu *cb, unsigned long pos,
					u64 ts)
{
	WRITE_ONCE(cb->last_pos, RB_POS_INVALID);
	barrier();
	WRITE_ONCE(cb->last_ts, ts);
	barrier();
	WRITE_ONCE(cb->last_pos, pos);
}

/* What one attempt decided before C. */
struct rb_attempt {
	unsigned long	tail;
	unsigned long	w0;	/* write word at A */
	unsigned long	w1;	/* write word after C */
	u64		ts;
	u64		delta;
	unsigned int	dlen;	/* data record length */
	unsigned int	len;	/* reserved: dlen, + 8 for a time record */
	long		depth;	/* nesting depth of this writer, from 1 */
	bool		abs;
};

/* E: write the record headers into the reservation; return the data one. */
static notrace struct ring_buffer_event *
rb_fill(struct rb_cpu *cb, struct rb_page *pg, struct rb_attempt *at)
{
	struct ring_buffer_event *ev;
	bool timed = at->len > at->dlen;

	ev = (void *)&pg->page->data[rb_w_off(at->w1 - at->len)];
	if (at->w1 - at->len != at->w0) {
		/* Interleaving 1: someone got in between A and C. */
		if (timed) {
			rb_put_time(ev, RINGBUF_TYPE_TIME_EXTEND, 0);
			ev = (void *)ev + RB_TIME_LEN;
		}
		rb_put_data(ev, at->dlen, 0);
	} else {
		if (timed) {
			rb_put_time(ev, at->abs ? RINGBUF_TYPE_TIME_STAMP :
				    RINGBUF_TYPE_TIME_EXTEND,
				    at->abs ? at->ts : at->delta);
			ev = (void *)ev + RB_TIME_LEN;
			rb_put_data(ev, at->dlen, 0);
		} else {
			rb_put_data(ev, at->dlen, at->delta);
		}
		/* Only the last reservation leaves its time for the next. */
		if (local_read(&pg->write) == at->w1)
			rb_set_last(cb, rb_pos(at->tail, at->w1), at->ts);
	}
	local_inc(&pg->entries);
	local_inc(&cb->written);
	cb->nest_page[at->depth - 1] = pg;	/* for a discard */
	return ev;
}

static notrace struct ring_buffer_event *
rb_reserve(struct trace_buffer *buffer, struct rb_cpu *cb,
	   unsigned long length, long depth)
{
	struct rb_attempt at = { .dlen = rb_data_record_len(length),
				 .depth = depth };
	struct rb_page *pg;
	unsigned int tries;
	u64 prev = 0;

	/*
	 * The barrier()s only keep the compiler from moving A, B and C
	 * across each other: everything that can get in between runs on
	 * this CPU (a nested writer), so no CPU barrier is needed.
	 */
	for (tries = 0; tries < RB_MAX_TRIES; tries++) {
		at.tail = local_read(&cb->tail);		/* A */
		pg = rb_desc(cb, rb_p_id(at.tail));
		at.w0 = local_read(&pg->write);
		barrier();
		at.ts = READ_ONCE(buffer->clock)();		/* B */
		at.abs = depth > 1 ||
			 !rb_prev_stamp(cb, pg, at.w0, rb_pos(at.tail, at.w0),
					&prev);
		at.delta = 0;
		if (!at.abs && at.ts > prev)
			at.delta = at.ts - prev;
		if (!at.abs)
			at.ts = prev + at.delta;
		at.len = at.dlen;
		if (at.abs || at.delta > RB_TS_MASK)
			at.len += RB_TIME_LEN;
		barrier();
		at.w1 = local_add_return(at.len, &pg->write);	/* C */
		if (likely(rb_w_off(at.w1) <= RB_PAGE_DATA))
			return rb_fill(cb, pg, &at);		/* E */
		if (rb_overflow(buffer, cb, at.tail, pg, at.w1, at.len) ==
		    RB_DROP)
			return NULL;
	}
	local_inc(&cb->dropped);
	return NULL;
}

/* --- committing --------------------------------------------------------- */

/* Pairs with rb_commit_read() (R5): the record bytes come first. */
static __always_inline void rb_commit_publish(struct rb_cpu *cb,
					      struct rb_data_page *dp,
					      unsigned long off)
{
	unsigned long old = dp->commit;

	if (off > old) {
		local_add(off - old, &cb->written_bytes);
		/* E: pairs with the reader's R5 load-acquire */
		smp_store_release(&dp->commit, off);
	}
}

/* F: move the commit up to the write position. Only at depth 1. */
static notrace void rb_advance_commit(struct rb_cpu *cb)
{
	unsigned long cw, tail, seq;
	struct rb_page *cp, *np;
	unsigned int nid;

	for (;;) {
		cw = cb->commit;
		tail = local_read(&cb->tail);
		cp = rb_desc(cb, rb_p_id(cw));
		if (rb_p_seq(cw) == rb_p_seq(tail)) {
			rb_commit_publish(cb, cp->page,
					  min(rb_w_off(local_read(&cp->write)),
					      RB_PAGE_DATA));
			return;
		}
		/* The tail left this page: all of it is written (padded). */
		rb_commit_publish(cb, cp->page, RB_PAGE_DATA);
		seq = rb_p_seq(cw) + 1;
		nid = seq == rb_p_seq(tail) ? rb_p_id(tail) :
			READ_ONCE(cb->slots[seq % cb->nr]);
		np = rb_desc(cb, nid);
		WRITE_ONCE(np->page->commit, 0);
		/* Pairs with the reader's R1 load-acquire of C. */
		smp_store_release(&cb->commit, rb_p_make(seq, nid));
	}
}

static __always_inline void rb_nest_enter(struct rb_cpu *cb)
{
	local_inc(&cb->committing);
	local_inc(&cb->commits);
}

/* Interleaving 7. */
static notrace void rb_nest_exit(struct rb_cpu *cb)
{
	unsigned long seen;

	for (;;) {
		seen = local_read(&cb->commits);
		barrier();
		if (local_read(&cb->committing) == 1)
			rb_advance_commit(cb);
		local_dec(&cb->committing);
		barrier();
		if (likely(local_read(&cb->commits) == seen) ||
		    local_read(&cb->committing))
			return;
		local_inc(&cb->committing);
	}
}

/* After the outermost commit: let sleeping readers know, from irq_work. */
static notrace void rb_kick_waiters(struct trace_buffer *buffer,
				    struct rb_cpu *cb)
{
	if (local_read(&cb->committing))
		return;
	/* Pairs with the smp_mb() of a waiter setting "pending". */
	smp_mb();
	if (unlikely(READ_ONCE(cb->waiters.pending)))
		irq_work_queue(&cb->waiters.work);
	if (unlikely(READ_ONCE(buffer->waiters.pending)))
		irq_work_queue(&buffer->waiters.work);
}

/* --- the writer API ------------------------------------------------------ */

/**
 * ring_buffer_max_event_size - largest payload one record may carry
 * @buffer: the buffer
 *
 * A page holds RB_PAGE_DATA bytes; the biggest record needs an 8-byte
 * header with a length word, and may need an 8-byte time record before it.
 *
 * Return: the size in bytes.
 */
unsigned long ring_buffer_max_event_size(struct trace_buffer *buffer)
{
	return RB_PAGE_DATA - RB_TIME_LEN - (RB_HDR_LEN + 4);
}
EXPORT_SYMBOL_GPL(ring_buffer_max_event_size);

/**
 * ring_buffer_lock_reserve - reserve room for a record on this CPU
 * @buffer: the buffer
 * @length: payload size in bytes
 *
 * Context: any, NMI included. Disables preemption; the matching
 * ring_buffer_unlock_commit() or ring_buffer_discard_commit() enables it.
 *
 * Return: the record, whose payload is at ring_buffer_event_data(), or
 * NULL when recording is off, @length is too big, or there is no room.
 */
notrace struct ring_buffer_event *
ring_buffer_lock_reserve(struct trace_buffer *buffer, unsigned long length)
{
	struct ring_buffer_event *ev;
	struct rb_cpu *cb;
	long depth;

	preempt_disable_notrace();
	if (unlikely(atomic_read(&buffer->record_disabled)))
		goto out;
	cb = READ_ONCE(buffer->cpus[raw_smp_processor_id()]);
	if (unlikely(atomic_read(&cb->record_disabled)))
		goto out;
	if (unlikely(length > ring_buffer_max_event_size(buffer)))
		goto out;
	rb_nest_enter(cb);
	depth = local_read(&cb->committing);
	if (unlikely(depth > RB_MAX_NEST))
		goto out_end;
	ev = rb_reserve(buffer, cb, length, depth);
	if (unlikely(!ev))
		goto out_end;
	return ev;
out_end:
	rb_nest_exit(cb);
out:
	preempt_enable_notrace();
	return NULL;
}
EXPORT_SYMBOL_GPL(ring_buffer_lock_reserve);

/**
 * ring_buffer_unlock_commit - publish the record reserved last on this CPU
 * @buffer: the buffer
 *
 * Context: as ring_buffer_lock_reserve(), same CPU, same context.
 * Return: 0.
 */
notrace int ring_buffer_unlock_commit(struct trace_buffer *buffer)
{
	struct rb_cpu *cb = READ_ONCE(buffer->cpus[raw_smp_processor_id()]);

	rb_nest_exit(cb);
	rb_kick_waiters(buffer, cb);
	preempt_enable_notrace();
	return 0;
}
EXPORT_SYMBOL_GPL(ring_buffer_unlock_commit);

/**
 * ring_buffer_discard_commit - drop the record reserved last, uncommitted
 * @buffer: the buffer
 * @event: what ring_buffer_lock_reserve() returned
 *
 * The record becomes padding that keeps its time delta (readers step over
 * it). Call it instead of ring_buffer_unlock_commit(), in the same context.
 */
notrace void ring_buffer_discard_commit(struct trace_buffer *buffer,
					struct ring_buffer_event *event)
{
	struct rb_cpu *cb = READ_ONCE(buffer->cpus[raw_smp_processor_id()]);
	long depth = local_read(&cb->committing);
	unsigned int len = rb_record_len(event, RB_PAGE_DATA);

	event->type_len = RINGBUF_TYPE_PADDING;
	event->array[0] = len - RB_HDR_LEN;
	/* A zero delta would read as "padding to the end of the page". */
	if (!event->time_delta)
		event->time_delta = 1;
	if (depth > 0 && depth <= RB_MAX_NEST && cb->nest_page[depth - 1]) {
		local_dec(&cb->nest_page[depth - 1]->entries);
		local_dec(&cb->written);
	}
	rb_nest_exit(cb);
	rb_kick_waiters(buffer, cb);
	preempt_enable_notrace();
}
EXPORT_SYMBOL_GPL(ring_buffer_discard_commit);

/**
 * ring_buffer_write - reserve, copy and commit one record
 * @buffer: the buffer
 * @length: payload size
 * @data: payload
 *
 * Context: any, NMI included.
 * Return: 0, or -EBUSY when the record was not written.
 */
notrace int ring_buffer_write(struct trace_buffer *buffer,
			      unsigned long length, void *data)
{
	struct ring_buffer_event *ev;

	ev = ring_buffer_lock_reserve(buffer, length);
	if (!ev)
		return -EBUSY;
	memcpy(ring_buffer_event_data(ev), data, length);
	return ring_buffer_unlock_commit(buffer);
}
EXPORT_SYMBOL_GPL(ring_buffer_write);

/**
 * ring_buffer_event_data - the payload of a data record
 * @event: the record
 *
 * Return: pointer to the payload.
 */
notrace void *ring_buffer_event_data(struct ring_buffer_event *event)
{
	return event->type_len ? (void *)&event->array[0] :
				 (void *)&event->array[1];
}
EXPORT_SYMBOL_GPL(ring_buffer_event_data);

/**
 * ring_buffer_event_length - payload size of a record
 * @event: the record
 *
 * Return: the payload length rounded up to 4 bytes for a data record;
 * the whole record length for padding and time records.
 */
notrace unsigned int ring_buffer_event_length(struct ring_buffer_event *event)
{
	if (event->type_len > RINGBUF_TYPE_DATA_TYPE_LEN_MAX)
		return rb_record_len(event, RB_PAGE_DATA);
	if (!event->type_len)
		return event->array[0] - 4;
	return event->type_len * RB_ALIGN;
}
EXPORT_SYMBOL_GPL(ring_buffer_event_length);

/* --- switches and clock --------------------------------------------------- */

/**
 * ring_buffer_record_disable - stop writers (nests with _enable)
 * @buffer: the buffer
 *
 * Writers already past the check finish their record; callers that need
 * them gone wait for an RCU grace period (writers run preempt-disabled).
 */
void ring_buffer_record_disable(struct trace_buffer *buffer)
{
	atomic_inc(&buffer->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_disable);

/**
 * ring_buffer_record_enable - undo one ring_buffer_record_disable()
 * @buffer: the buffer
 */
void ring_buffer_record_enable(struct trace_buffer *buffer)
{
	atomic_dec(&buffer->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_enable);

/**
 * ring_buffer_record_off - the user's off switch (does not nest)
 * @buffer: the buffer
 */
void ring_buffer_record_off(struct trace_buffer *buffer)
{
	atomic_or(RB_REC_OFF, &buffer->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_off);

/**
 * ring_buffer_record_on - the user's on switch
 * @buffer: the buffer
 */
void ring_buffer_record_on(struct trace_buffer *buffer)
{
	atomic_andnot(RB_REC_OFF, &buffer->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_on);

/**
 * ring_buffer_record_is_on - would a writer record now?
 * @buffer: the buffer
 *
 * Return: false while switched off or disabled.
 */
bool ring_buffer_record_is_on(struct trace_buffer *buffer)
{
	return !atomic_read(&buffer->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_is_on);

/**
 * ring_buffer_record_disable_cpu - stop writers on one CPU (nests)
 * @buffer: the buffer
 * @cpu: the CPU
 */
void ring_buffer_record_disable_cpu(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);

	if (cb)
		atomic_inc(&cb->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_disable_cpu);

/**
 * ring_buffer_record_enable_cpu - undo ring_buffer_record_disable_cpu()
 * @buffer: the buffer
 * @cpu: the CPU
 */
void ring_buffer_record_enable_cpu(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);

	if (cb)
		atomic_dec(&cb->record_disabled);
}
EXPORT_SYMBOL_GPL(ring_buffer_record_enable_cpu);

/**
 * ring_buffer_change_overwrite - switch between overwrite and
 *	producer-consumer mode
 * @buffer: the buffer
 * @val: nonzero for overwrite
 */
void ring_buffer_change_overwrite(struct trace_buffer *buffer, int val)
{
	mutex_lock(&buffer->mutex);
	if (val)
		WRITE_ONCE(buffer->flags, buffer->flags | RB_FL_OVERWRITE);
	else
		WRITE_ONCE(buffer->flags, buffer->flags & ~RB_FL_OVERWRITE);
	mutex_unlock(&buffer->mutex);
}
EXPORT_SYMBOL_GPL(ring_buffer_change_overwrite);

/**
 * ring_buffer_set_clock - choose the clock writers stamp records with
 * @buffer: the buffer
 * @clock: a notrace, NMI-safe clock
 *
 * Context: process. Call it while the buffer is empty or reset it after:
 * records of two clocks do not compare.
 */
void ring_buffer_set_clock(struct trace_buffer *buffer, u64 (*clock)(void))
{
	WRITE_ONCE(buffer->clock, clock);
}
EXPORT_SYMBOL_GPL(ring_buffer_set_clock);

/**
 * ring_buffer_time_stamp - the buffer clock now
 * @buffer: the buffer
 *
 * Return: the clock value.
 */
notrace u64 ring_buffer_time_stamp(struct trace_buffer *buffer)
{
	u64 t;

	preempt_disable_notrace();
	t = READ_ONCE(buffer->clock)();
	preempt_enable_notrace();
	return t;
}
EXPORT_SYMBOL_GPL(ring_buffer_time_stamp);

/* --- statistics ------------------------------------------------------------ */

/**
 * ring_buffer_entries_cpu - records in @cpu's buffer that are not read
 * @buffer: the buffer
 * @cpu: the CPU
 *
 * Return: written - overrun - read.
 */
unsigned long ring_buffer_entries_cpu(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);

	if (!cb)
		return 0;
	return local_read(&cb->written) - local_read(&cb->overrun) -
	       READ_ONCE(cb->read_events);
}
EXPORT_SYMBOL_GPL(ring_buffer_entries_cpu);

#define RB_STAT(name, expr)						\
unsigned long ring_buffer_##name##_cpu(struct trace_buffer *buffer,	\
				       int cpu)				\
{									\
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);			\
									\
	return cb ? (expr) : 0;						\
}									\
EXPORT_SYMBOL_GPL(ring_buffer_##name##_cpu)

/*
 * ring_buffer_overrun_cpu() and friends: per-CPU counters for
 * per_cpu/cpuN/stats. Context: any but NMI. Return: the count.
 */
RB_STAT(overrun, local_read(&cb->overrun));
RB_STAT(commit_overrun, local_read(&cb->commit_overrun));
RB_STAT(dropped_events, local_read(&cb->dropped));
RB_STAT(read_events, READ_ONCE(cb->read_events));
RB_STAT(written, local_read(&cb->written));
RB_STAT(bytes, local_read(&cb->written_bytes) -
	local_read(&cb->overrun_bytes) - READ_ONCE(cb->read_bytes));

/**
 * ring_buffer_entries - unread records on all CPUs
 * @buffer: the buffer
 *
 * Return: the sum of ring_buffer_entries_cpu().
 */
unsigned long ring_buffer_entries(struct trace_buffer *buffer)
{
	unsigned long sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += ring_buffer_entries_cpu(buffer, cpu);
	return sum;
}
EXPORT_SYMBOL_GPL(ring_buffer_entries);

/**
 * ring_buffer_overruns - overwritten records on all CPUs
 * @buffer: the buffer
 *
 * Return: the sum of ring_buffer_overrun_cpu().
 */
unsigned long ring_buffer_overruns(struct trace_buffer *buffer)
{
	unsigned long sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += ring_buffer_overrun_cpu(buffer, cpu);
	return sum;
}
EXPORT_SYMBOL_GPL(ring_buffer_overruns);

/**
 * ring_buffer_size - size of one CPU's buffer
 * @buffer: the buffer
 * @cpu: the CPU, or RING_BUFFER_ALL_CPUS for the first CPU's size
 *
 * Return: data bytes the ring holds (pages * data bytes per page), 0 for a
 * CPU that does not exist.
 */
unsigned long ring_buffer_size(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb;

	if (cpu == RING_BUFFER_ALL_CPUS)
		cpu = cpumask_first(cpu_possible_mask);
	cb = rb_cpu_of(buffer, cpu);
	return cb ? (unsigned long)READ_ONCE(cb->nr) * RB_PAGE_DATA : 0;
}
EXPORT_SYMBOL_GPL(ring_buffer_size);

/**
 * ring_buffer_subbuf_size - size of one page, header included
 * @buffer: the buffer
 *
 * Return: PAGE_SIZE.
 */
size_t ring_buffer_subbuf_size(struct trace_buffer *buffer)
{
	return PAGE_SIZE;
}
EXPORT_SYMBOL_GPL(ring_buffer_subbuf_size);

/* --- allocation, reset, resize ---------------------------------------------- */

static void rb_page_free(struct rb_page *pg)
{
	if (!pg)
		return;
	if (pg->page)
		free_page((unsigned long)pg->page);
	kfree(pg);
}

static struct rb_page *rb_page_alloc(int cpu)
{
	int node = cpu_to_node(cpu);
	struct rb_page *pg;
	struct page *p;

	pg = kzalloc_node(sizeof(*pg), GFP_KERNEL, node);
	if (!pg)
		return NULL;
	p = alloc_pages_node(node, GFP_KERNEL | __GFP_ZERO, 0);
	if (!p) {
		kfree(pg);
		return NULL;
	}
	pg->page = page_address(p);
	return pg;
}

/*
 * Put @cb back to empty: ring in slot order, every page at a new
 * generation. Context: no writer inside (recording disabled and an RCU
 * grace period passed, or never enabled), reader_lock held or unshared.
 */
static void rb_cpu_clear(struct rb_cpu *cb)
{
	struct rb_page *pg;
	unsigned int i;

	for (i = 0; i <= cb->nr; i++) {
		pg = cb->pages[i];
		local_set(&pg->write, rb_w_next_gen(local_read(&pg->write)));
		local_set(&pg->entries,
			  rb_w_next_gen(local_read(&pg->entries)));
		pg->page->commit = 0;
	}
	pg = rb_desc(cb, cb->slots[0]);
	pg->page->time_stamp = READ_ONCE(cb->buffer->clock)();
	local_set(&cb->tail, rb_p_make(0, pg->id));
	WRITE_ONCE(cb->commit, rb_p_make(0, pg->id));
	atomic_long_set(&cb->head, rb_h_make(0));
	local_set(&cb->committing, 0);
	local_set(&cb->commits, 0);
	cb->last_pos = RB_POS_INVALID;
	local_set(&cb->written, 0);
	local_set(&cb->overrun, 0);
	local_set(&cb->commit_overrun, 0);
	local_set(&cb->dropped, 0);
	local_set(&cb->written_bytes, 0);
	local_set(&cb->overrun_bytes, 0);
	cb->reader_read = 0;
	cb->reader_seq = 0;
	cb->read_stamp = 0;
	cb->reader_gen++;
	cb->read_events = 0;
	cb->read_bytes = 0;
	cb->lost_seen = 0;
}

static void rb_cpu_free(struct rb_cpu *cb)
{
	unsigned int i;

	if (!cb)
		return;
	irq_work_sync(&cb->waiters.work);
	if (cb->pages)
		for (i = 0; i <= cb->nr; i++)
			rb_page_free(cb->pages[i]);
	kfree(cb->pages);
	kfree(cb->slots);
	kfree(cb);
}

static struct rb_cpu *rb_cpu_alloc(struct trace_buffer *buffer, int cpu,
				   unsigned int nr)
{
	int node = cpu_to_node(cpu);
	struct rb_cpu *cb;
	unsigned int i;

	cb = kzalloc_node(sizeof(*cb), GFP_KERNEL, node);
	if (!cb)
		return NULL;
	cb->buffer = buffer;
	cb->cpu = cpu;
	cb->nr = nr;
	raw_spin_lock_init(&cb->reader_lock);
	rb_waiters_init(&cb->waiters, buffer, cpu);
	cb->pages = kcalloc_node(nr + 1, sizeof(*cb->pages), GFP_KERNEL, node);
	cb->slots = kcalloc_node(nr, sizeof(*cb->slots), GFP_KERNEL, node);
	if (!cb->pages || !cb->slots)
		goto fail;
	for (i = 0; i <= nr; i++) {
		cb->pages[i] = rb_page_alloc(cpu);
		if (!cb->pages[i])
			goto fail;
		cb->pages[i]->id = i;
		if (i < nr)
			cb->slots[i] = i;
	}
	cb->reader_id = nr;
	rb_cpu_clear(cb);
	return cb;
fail:
	rb_cpu_free(cb);
	return NULL;
}

/* Pages for @size bytes of data: rounded up, at least two. */
static unsigned long rb_size_to_pages(unsigned long size)
{
	return max(DIV_ROUND_UP(size, RB_PAGE_DATA), 2UL);
}

/**
 * ring_buffer_alloc - allocate a buffer with a ring on every possible CPU
 * @size: bytes of data per CPU (rounded up to pages, at least two)
 * @flags: RB_FL_OVERWRITE or 0
 *
 * Context: process, sleeps.
 * Return: the buffer, or NULL when out of memory or @size is absurd.
 */
struct trace_buffer *ring_buffer_alloc(unsigned long size, unsigned int flags)
{
	unsigned long nr = rb_size_to_pages(size);
	struct trace_buffer *buffer;
	int cpu;

	BUILD_BUG_ON(BITS_PER_LONG != 64);
	BUILD_BUG_ON(RB_W_OFF_MASK / 4 <= RB_PAGE_DATA);
	if (nr >= RB_P_MAX_PAGES)
		return NULL;
	buffer = kzalloc(sizeof(*buffer), GFP_KERNEL);
	if (!buffer)
		return NULL;
	buffer->flags = flags;
	buffer->clock = RB_DEFAULT_CLOCK;
	mutex_init(&buffer->mutex);
	rb_waiters_init(&buffer->waiters, buffer, RING_BUFFER_ALL_CPUS);
	buffer->cpus = kcalloc(nr_cpu_ids, sizeof(*buffer->cpus), GFP_KERNEL);
	if (!buffer->cpus)
		goto fail;
	for_each_possible_cpu(cpu) {
		buffer->cpus[cpu] = rb_cpu_alloc(buffer, cpu, nr);
		if (!buffer->cpus[cpu])
			goto fail;
	}
	return buffer;
fail:
	ring_buffer_free(buffer);
	return NULL;
}
EXPORT_SYMBOL_GPL(ring_buffer_alloc);

/**
 * ring_buffer_free - free a buffer
 * @buffer: the buffer; no writer, reader or waiter may use it any more
 *
 * Context: process, sleeps.
 */
void ring_buffer_free(struct trace_buffer *buffer)
{
	int cpu;

	if (!buffer)
		return;
	irq_work_sync(&buffer->waiters.work);
	if (buffer->cpus)
		for_each_possible_cpu(cpu)
			rb_cpu_free(buffer->cpus[cpu]);
	kfree(buffer->cpus);
	kfree(buffer);
}
EXPORT_SYMBOL_GPL(ring_buffer_free);

/* Hold writers off @cb and wait until none is inside. */
static void rb_cpu_quiesce(struct rb_cpu *cb)
{
	atomic_inc(&cb->record_disabled);
	synchronize_rcu();
}

/**
 * ring_buffer_reset_cpu - throw away everything recorded on one CPU
 * @buffer: the buffer
 * @cpu: the CPU
 *
 * Context: process, sleeps. Statistics start again from zero.
 */
void ring_buffer_reset_cpu(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);

	if (!cb)
		return;
	mutex_lock(&buffer->mutex);
	rb_cpu_quiesce(cb);
	raw_spin_lock_irq(&cb->reader_lock);
	rb_cpu_clear(cb);
	raw_spin_unlock_irq(&cb->reader_lock);
	atomic_dec(&cb->record_disabled);
	mutex_unlock(&buffer->mutex);
}
EXPORT_SYMBOL_GPL(ring_buffer_reset_cpu);

/**
 * ring_buffer_reset - throw away everything recorded
 * @buffer: the buffer
 *
 * Context: process, sleeps.
 */
void ring_buffer_reset(struct trace_buffer *buffer)
{
	struct rb_cpu *cb;
	int cpu;

	mutex_lock(&buffer->mutex);
	for_each_possible_cpu(cpu)
		atomic_inc(&buffer->cpus[cpu]->record_disabled);
	synchronize_rcu();
	for_each_possible_cpu(cpu) {
		cb = buffer->cpus[cpu];
		raw_spin_lock_irq(&cb->reader_lock);
		rb_cpu_clear(cb);
		raw_spin_unlock_irq(&cb->reader_lock);
		atomic_dec(&cb->record_disabled);
	}
	mutex_unlock(&buffer->mutex);
}
EXPORT_SYMBOL_GPL(ring_buffer_reset);

/*
 * A resize of one CPU, prepared outside any lock: the new arrays and the
 * descriptors that will make up the new ring. pool[] is filled in ring
 * order by rb_resize_commit(); entries past nr + 1 are left over and freed.
 */
struct rb_resize {
	struct rb_cpu	*cb;
	unsigned int	nr;		/* new ring size */
	unsigned int	pool_len;	/* old nr + 1 + added pages */
	struct rb_page	**pages;	/* new pages[], nr + 1 */
	unsigned int	*slots;		/* new slots[], nr */
	struct rb_page	**pool;
};

static void rb_resize_free(struct rb_resize *rs)
{
	unsigned int i;

	if (rs->pool)
		for (i = rs->cb->nr + 1; i < rs->pool_len; i++)
			rb_page_free(rs->pool[i]);
	kfree(rs->pool);
	kfree(rs->pages);
	kfree(rs->slots);
}

/* Allocate; new pages wait at pool[old nr + 1 ...]. */
static int rb_resize_prepare(struct rb_resize *rs, struct rb_cpu *cb,
			     unsigned int nr)
{
	int node = cpu_to_node(cb->cpu);
	unsigned int i, old = cb->nr;

	rs->cb = cb;
	rs->nr = nr;
	rs->pool_len = max(old, nr) + 1;
	rs->pages = kcalloc_node(nr + 1, sizeof(*rs->pages), GFP_KERNEL, node);
	rs->slots = kcalloc_node(nr, sizeof(*rs->slots), GFP_KERNEL, node);
	rs->pool = kcalloc_node(rs->pool_len, sizeof(*rs->pool), GFP_KERNEL,
				node);
	if (!rs->pages || !rs->slots || !rs->pool)
		return -ENOMEM;
	for (i = old + 1; i < rs->pool_len; i++) {
		rs->pool[i] = rb_page_alloc(cb->cpu);
		if (!rs->pool[i])
			return -ENOMEM;
	}
	return 0;
}

/*
 * Rebuild the ring of rs->cb with rs->nr pages, keeping the newest
 * recorded pages in order; older ones beyond the new size count as
 * overrun. Context: writers quiesced, reader_lock held.
 */
static void rb_resize_commit(struct rb_resize *rs)
{
	struct rb_cpu *cb = rs->cb;
	unsigned long w = rb_p_seq(local_read(&cb->tail));
	unsigned long h = rb_h_seq(atomic_long_read(&cb->head));
	unsigned int live = h <= w ? w - h + 1 : 0, drop = 0, n = 0, i;
	struct rb_page **old = cb->pages, *pg;
	unsigned long s;

	lockdep_assert_held(&cb->reader_lock);
	WARN_ON_ONCE(rb_p_seq(cb->commit) != w);
	if (live > rs->nr)
		drop = live - rs->nr;
	/* pool: reader page, kept pages oldest first, then free pages. */
	rs->pool[n++] = old[cb->reader_id];
	for (s = h + drop; s < h + live; s++)
		rs->pool[n++] = s == w ? rb_desc(cb, rb_p_id(local_read(&cb->tail))) :
					 rb_desc(cb, cb->slots[s % cb->nr]);
	for (s = h; s < h + drop; s++) {
		pg = rb_desc(cb, cb->slots[s % cb->nr]);
		local_add(rb_w_off(local_read(&pg->entries)), &cb->overrun);
		local_add(pg->page->commit, &cb->overrun_bytes);
		rs->pool[n++] = pg;
	}
	for (s = h + live; s < h + cb->nr; s++)
		rs->pool[n++] = rb_desc(cb, cb->slots[s % cb->nr]);
	/* pool[old nr + 1 ...] already holds the added pages. */

	h += drop;
	for (i = 0; i <= rs->nr; i++) {
		rs->pages[i] = rs->pool[i];
		rs->pages[i]->id = i;
	}
	for (i = 0; i < rs->nr; i++)
		rs->slots[(h + i) % rs->nr] = i + 1;
	cb->reader_id = 0;
	pg = live > drop ? rs->pages[live - drop] : rs->pages[0];
	local_set(&cb->tail, rb_p_make(w, pg->id));
	WRITE_ONCE(cb->commit, rb_p_make(w, pg->id));
	atomic_long_set(&cb->head, rb_h_make(h));
	/* Hand the old arrays to rb_resize_free() in place of the new. */
	swap(cb->pages, rs->pages);
	swap(cb->slots, rs->slots);
	cb->nr = rs->nr;
	cb->reader_gen++;
}

/**
 * ring_buffer_resize - set the size of one CPU's ring, or of all
 * @buffer: the buffer
 * @size: bytes of data per CPU, rounded up to pages (at least two)
 * @cpu: the CPU, or RING_BUFFER_ALL_CPUS
 *
 * Recorded data is kept, oldest first out when shrinking (counted as
 * overrun). Writers on the resized CPUs are held off meanwhile.
 * Context: process, sleeps.
 *
 * Return: 0, -ENOMEM, -EINVAL for a bad @cpu or @size, -EBUSY while an
 * iterator is open on a CPU being resized.
 */
int ring_buffer_resize(struct trace_buffer *buffer, unsigned long size,
		       int cpu)
{
	unsigned long nr = rb_size_to_pages(size);
	struct rb_resize *rs;
	int i, n = 0, ret = 0;

	if (nr >= RB_P_MAX_PAGES)
		return -EINVAL;
	if (cpu != RING_BUFFER_ALL_CPUS && !rb_cpu_of(buffer, cpu))
		return -EINVAL;
	rs = kcalloc(nr_cpu_ids, sizeof(*rs), GFP_KERNEL);
	if (!rs)
		return -ENOMEM;
	mutex_lock(&buffer->mutex);
	for_each_possible_cpu(i) {
		struct rb_cpu *cb = buffer->cpus[i];

		if ((cpu != RING_BUFFER_ALL_CPUS && i != cpu) || cb->nr == nr)
			continue;
		if (atomic_read(&cb->iterators)) {
			ret = -EBUSY;
			goto out;
		}
		ret = rb_resize_prepare(&rs[n++], cb, nr);
		if (ret)
			goto out;
	}
	for (i = 0; i < n; i++)
		atomic_inc(&rs[i].cb->record_disabled);
	synchronize_rcu();
	for (i = 0; i < n; i++) {
		raw_spin_lock_irq(&rs[i].cb->reader_lock);
		rb_resize_commit(&rs[i]);
		raw_spin_unlock_irq(&rs[i].cb->reader_lock);
		atomic_dec(&rs[i].cb->record_disabled);
	}
out:
	mutex_unlock(&buffer->mutex);
	for (i = 0; i < n; i++)
		rb_resize_free(&rs[i]);
	kfree(rs);
	return ret;
}
EXPORT_SYMBOL_GPL(ring_buffer_resize);

/* --- format files and snapshot swap ------------------------------------------ */

/**
 * ring_buffer_print_page_header - the text of events/header_page
 * @buffer: the buffer
 * @s: output
 *
 * The field list is ABI (trace-cmd parses it). The "overwrite" line is
 * historical: it describes a flag bit inside the commit word.
 *
 * Return: 1, or 0 when @s overflowed.
 */
int ring_buffer_print_page_header(struct trace_buffer *buffer,
				  struct trace_seq *s)
{
	static const struct {
		const char	*decl;
		unsigned int	offset, size, is_signed;
	} fields[] = {
		{ "u64 timestamp", offsetof(struct rb_data_page, time_stamp),
		  sizeof_field(struct rb_data_page, time_stamp), 0 },
		{ "local_t commit", offsetof(struct rb_data_page, commit),
		  sizeof_field(struct rb_data_page, commit), 1 },
		{ "int overwrite", offsetof(struct rb_data_page, commit), 1, 1 },
		{ "char data", offsetof(struct rb_data_page, data),
		  RB_PAGE_DATA, is_signed_type(char) },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(fields); i++)
		trace_seq_printf(s, "\tfield: %s;\toffset:%u;\tsize:%u;\tsigned:%u;\n",
				 fields[i].decl, fields[i].offset,
				 fields[i].size, fields[i].is_signed);
	return !trace_seq_has_overflowed(s);
}
EXPORT_SYMBOL_GPL(ring_buffer_print_page_header);

/**
 * ring_buffer_print_entry_header - the text of events/header_event
 * @s: output
 *
 * Return: 1, or 0 when @s overflowed.
 */
int ring_buffer_print_entry_header(struct trace_seq *s)
{
	trace_seq_printf(s, "# compressed entry header\n"
			 "\ttype_len    :    5 bits\n"
			 "\ttime_delta  :   27 bits\n"
			 "\tarray       :   32 bits\n"
			 "\n"
			 "\tpadding     : type == %d\n"
			 "\ttime_extend : type == %d\n"
			 "\ttime_stamp : type == %d\n"
			 "\tdata max type_len  == %d\n",
			 RINGBUF_TYPE_PADDING, RINGBUF_TYPE_TIME_EXTEND,
			 RINGBUF_TYPE_TIME_STAMP,
			 RINGBUF_TYPE_DATA_TYPE_LEN_MAX);
	return !trace_seq_has_overflowed(s);
}
EXPORT_SYMBOL_GPL(ring_buffer_print_entry_header);

/**
 * ring_buffer_swap_cpu - exchange one CPU's ring between two buffers
 * @buffer_a: one buffer
 * @buffer_b: the other
 * @cpu: the CPU
 *
 * Used by the snapshot code. It does not sleep, so it cannot wait for
 * writers: the caller runs on @cpu with interrupts off, or otherwise
 * knows no writer is between reserve and commit there. A writer caught
 * inside makes it fail.
 *
 * Return: 0; -EINVAL for a bad @cpu or rings of different sizes; -EBUSY
 * when recording is disabled on either side or a writer is inside.
 */
int ring_buffer_swap_cpu(struct trace_buffer *buffer_a,
			 struct trace_buffer *buffer_b, int cpu)
{
	struct rb_cpu *a = rb_cpu_of(buffer_a, cpu);
	struct rb_cpu *b = rb_cpu_of(buffer_b, cpu);
	int ret = -EBUSY;

	if (!a || !b || a->nr != b->nr)
		return -EINVAL;
	if (atomic_read(&buffer_a->record_disabled) ||
	    atomic_read(&buffer_b->record_disabled) ||
	    atomic_read(&a->record_disabled) ||
	    atomic_read(&b->record_disabled))
		return -EBUSY;
	atomic_inc(&a->record_disabled);
	atomic_inc(&b->record_disabled);
	if (local_read(&a->committing) || local_read(&b->committing) ||
	    atomic_read(&a->iterators) || atomic_read(&b->iterators))
		goto out;
	/* Writers look the ring up once per record, after the checks. */
	WRITE_ONCE(buffer_a->cpus[cpu], b);
	WRITE_ONCE(buffer_b->cpus[cpu], a);
	a->buffer = buffer_b;
	b->buffer = buffer_a;
	a->waiters.buffer = buffer_b;
	b->waiters.buffer = buffer_a;
	ret = 0;
out:
	atomic_dec(&a->record_disabled);
	atomic_dec(&b->record_disabled);
	return ret;
}
EXPORT_SYMBOL_GPL(ring_buffer_swap_cpu);
