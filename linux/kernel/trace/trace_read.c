// SPDX-License-Identifier: GPL-2.0
/*
 * Reading a buffer: the "trace", "trace_pipe" and "trace_pipe_raw" files,
 * top level and per_cpu/cpuN.
 *
 *  trace		non-consuming: a header, then every record, oldest
 *			first, merged across CPUs by time stamp. Opening it
 *			for write with O_TRUNC empties the buffer.
 *  trace_pipe		consuming text: blocks while empty (unless
 *			O_NONBLOCK), supports poll.
 *  trace_pipe_raw	consuming pages in the ring-buffer wire format, for
 *			trace-cmd and other binary readers; read() and
 *			splice().
 *
 * Every open pins its instance, so rmdir cannot free the buffer under a
 * reader (it fails with -EBUSY instead), and a reader blocked in
 * trace_pipe never holds up tracefs_remove().
 *
 * Consuming readers of one instance serialize on consume_lock around
 * "peek, print, consume": two readers of one CPU could otherwise each
 * print the record the other one consumed.
 */
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/seq_file.h>
#include <linux/pipe_fs_i.h>
#include <linux/slab.h>
#include <linux/splice.h>
#include <linux/uaccess.h>
#include "trace_array.h"
#include "trace_output.h"

static DEFINE_MUTEX(consume_lock);

/* ---- iterators ---- */

static bool iter_has_cpu(struct trace_iterator *iter, int cpu)
{
	return iter->cpu_file == RING_BUFFER_ALL_CPUS || iter->cpu_file == cpu;
}

#define for_each_iter_cpu(cpu, iter)				\
	for_each_possible_cpu(cpu)				\
		if (iter_has_cpu(iter, cpu))

static struct trace_iterator *iter_alloc(struct trace_cpu_handle *h)
{
	struct trace_array *tr = h->tr;
	struct trace_iterator *iter;

	iter = kvzalloc(sizeof(*iter), GFP_KERNEL);
	if (!iter)
		return NULL;
	iter->tr = tr;
	iter->trace = READ_ONCE(tr->current_trace);
	iter->buffer = tr->buffer;
	iter->cpu_file = h->cpu;
	mutex_init(&iter->mutex);
	trace_seq_init(&iter->seq);
	trace_seq_init(&iter->tmp_seq);
	if (trace_clocks[READ_ONCE(tr->clock_id)].in_ns)
		iter->iter_flags |= TRACE_FILE_TIME_IN_NS;
	if (tr_opt(tr, TOPT_LATENCY_FMT))
		iter->iter_flags |= TRACE_FILE_LAT_FMT;
	if (tr_opt(tr, TOPT_ANNOTATE) && ring_buffer_overruns(tr->buffer))
		iter->iter_flags |= TRACE_FILE_ANNOTATE;
	return iter;
}

static void iter_free(struct trace_iterator *iter)
{
	int cpu;

	if (iter->buffer_iter) {
		for_each_possible_cpu(cpu)
			if (iter->buffer_iter[cpu])
				ring_buffer_read_finish(iter->buffer_iter[cpu]);
		kfree(iter->buffer_iter);
	}
	kfree(iter->started);
	kfree(iter->temp);
	kvfree(iter);
}

/* Point the iterator at a record (or at nothing when @ev is NULL). */
static void iter_set(struct trace_iterator *iter, struct ring_buffer_event *ev,
		     int cpu, u64 ts, unsigned long lost)
{
	iter->ent = ev ? ring_buffer_event_data(ev) : NULL;
	iter->ent_size = ev ? ring_buffer_event_length(ev) : 0;
	iter->cpu = cpu;
	iter->ts = ts;
	iter->lost_events = lost;
}

/* Non-consuming: the oldest record at any CPU's iterator. */
static struct ring_buffer_event *iter_peek_walk(struct trace_iterator *iter)
{
	struct ring_buffer_event *best = NULL, *ev;
	int cpu, best_cpu = 0;
	u64 ts, best_ts = 0;

	for_each_iter_cpu(cpu, iter) {
		if (!iter->buffer_iter[cpu])
			continue;
		ev = ring_buffer_iter_peek(iter->buffer_iter[cpu], &ts);
		if (ev && (!best || ts < best_ts)) {
			best = ev;
			best_cpu = cpu;
			best_ts = ts;
		}
	}
	iter_set(iter, best, best_cpu, best_ts, 0);
	return best;
}

/*
 * Consuming: the oldest unread record. A CPU's lost-events count is
 * reported by peek until that CPU's record is consumed, so only the
 * chosen CPU's count is printed. The pipe files call this with
 * consume_lock held.
 */
struct ring_buffer_event *trace_iter_peek_consume(struct trace_iterator *iter)
{
	struct ring_buffer_event *best = NULL, *ev;
	unsigned long lost, best_lost = 0;
	int cpu, best_cpu = 0;
	u64 ts, best_ts = 0;

	for_each_iter_cpu(cpu, iter) {
		ev = ring_buffer_peek(iter->buffer, cpu, &ts, &lost);
		if (ev && (!best || ts < best_ts)) {
			best = ev;
			best_cpu = cpu;
			best_ts = ts;
			best_lost = lost;
		}
	}
	iter_set(iter, best, best_cpu, best_ts, best_lost);
	return best;
}

static bool iter_empty_consume(struct trace_iterator *iter)
{
	int cpu;

	for_each_iter_cpu(cpu, iter)
		if (!ring_buffer_empty_cpu(iter->buffer, cpu))
			return false;
	return true;
}

/* ---- trace: seq_file over a non-consuming walk ---- */

static void *trace_s_next(struct seq_file *m, void *v, loff_t *pos)
{
	struct trace_iterator *iter = m->private;

	if (v != SEQ_START_TOKEN && iter->ent)
		ring_buffer_iter_advance(iter->buffer_iter[iter->cpu]);
	(*pos)++;
	iter->pos = *pos;
	iter->idx = *pos - 1;
	iter->leftover = 0;
	return iter_peek_walk(iter) ? iter : NULL;
}

/* Position 0 is the header; position n is the n-th record. */
static void *trace_s_start(struct seq_file *m, loff_t *pos)
{
	struct trace_iterator *iter = m->private;
	loff_t p = 0;
	void *v = SEQ_START_TOKEN;
	int cpu;

	if (*pos == iter->pos)
		return *pos ? (iter->ent ? iter : NULL) : SEQ_START_TOKEN;

	/* Seek: rewind and walk forward. */
	for_each_iter_cpu(cpu, iter)
		if (iter->buffer_iter[cpu])
			ring_buffer_iter_reset(iter->buffer_iter[cpu]);
	iter->ent = NULL;
	iter->pos = 0;
	while (p < *pos && v)
		v = trace_s_next(m, v, &p);
	return v;
}

static void trace_s_stop(struct seq_file *m, void *v)
{
}

static int trace_s_show(struct seq_file *m, void *v)
{
	struct trace_iterator *iter = m->private;

	if (v == SEQ_START_TOKEN) {
		trace_print_header(m, iter);
		return 0;
	}
	/* A record seq_file could not take last time is copied again. */
	if (!iter->leftover) {
		trace_seq_init(&iter->seq);
		print_trace_line(iter);
	}
	iter->leftover = trace_print_seq(m, &iter->seq);
	return 0;
}

static const struct seq_operations trace_seq_ops = {
	.start	= trace_s_start,
	.next	= trace_s_next,
	.stop	= trace_s_stop,
	.show	= trace_s_show,
};

static void trace_reset_cpus(struct trace_array *tr, int cpu)
{
	if (cpu == RING_BUFFER_ALL_CPUS)
		ring_buffer_reset(tr->buffer);
	else
		ring_buffer_reset_cpu(tr->buffer, cpu);
}

/* Context: ->open, process, may sleep. */
static int trace_open(struct inode *inode, struct file *file)
{
	struct trace_cpu_handle *h = tracefs_file_data(file);
	struct trace_iterator *iter;
	int cpu, ret;

	ret = trace_array_get(h->tr);
	if (ret)
		return ret;
	if ((file->f_mode & FMODE_WRITE) && (file->f_flags & O_TRUNC))
		trace_reset_cpus(h->tr, h->cpu);
	if (!(file->f_mode & FMODE_READ)) {
		file->private_data = h;
		return 0;
	}

	ret = -ENOMEM;
	iter = iter_alloc(h);
	if (!iter)
		goto fail;
	iter->buffer_iter = kcalloc(nr_cpu_ids, sizeof(*iter->buffer_iter),
				    GFP_KERNEL);
	iter->started = kzalloc(cpumask_size(), GFP_KERNEL);
	if (!iter->buffer_iter || !iter->started)
		goto fail_iter;
	for_each_iter_cpu(cpu, iter)
		iter->buffer_iter[cpu] = ring_buffer_read_start(iter->buffer,
								cpu, GFP_KERNEL);
	ret = seq_open(file, &trace_seq_ops);
	if (ret)
		goto fail_iter;
	((struct seq_file *)file->private_data)->private = iter;
	return 0;

fail_iter:
	iter_free(iter);
fail:
	trace_array_put(h->tr);
	return ret;
}

static int trace_release(struct inode *inode, struct file *file)
{
	struct trace_array *tr;

	if (file->f_mode & FMODE_READ) {
		struct seq_file *m = file->private_data;
		struct trace_iterator *iter = m->private;

		tr = iter->tr;
		iter_free(iter);
		seq_release(inode, file);
	} else {
		tr = ((struct trace_cpu_handle *)file->private_data)->tr;
	}
	trace_array_put(tr);
	return 0;
}

/* Writes are accepted and ignored: "echo > trace" clears through O_TRUNC. */
static ssize_t trace_write(struct file *file, const char __user *ubuf,
			   size_t cnt, loff_t *ppos)
{
	return cnt;
}

static loff_t trace_llseek(struct file *file, loff_t offset, int whence)
{
	if (file->f_mode & FMODE_READ)
		return seq_lseek(file, offset, whence);
	file->f_pos = 0;
	return 0;
}

const struct file_operations trace_fops = {
	.open		= trace_open,
	.read		= seq_read,
	.write		= trace_write,
	.llseek		= trace_llseek,
	.release	= trace_release,
};

/* ---- trace_pipe ---- */

static int trace_pipe_open(struct inode *inode, struct file *file)
{
	struct trace_cpu_handle *h = tracefs_file_data(file);
	struct trace_iterator *iter;
	int ret;

	ret = trace_array_get(h->tr);
	if (ret)
		return ret;
	iter = iter_alloc(h);
	if (!iter) {
		trace_array_put(h->tr);
		return -ENOMEM;
	}
	file->private_data = iter;
	stream_open(inode, file);
	return 0;
}

static int trace_pipe_release(struct inode *inode, struct file *file)
{
	struct trace_iterator *iter = file->private_data;
	struct trace_array *tr = iter->tr;

	iter_free(iter);
	trace_array_put(tr);
	return 0;
}

/*
 * Wait until there is something to read. Called and returns with
 * iter->mutex held. Return: 1 when there is data, 0 for end of file
 * (tracing turned off after something was read), -EAGAIN, or
 * -ERESTARTSYS on a signal.
 *
 * A signal restarts the read when its handler has SA_RESTART, as
 * upstream's does: a handler that sets O_NONBLOCK (trace-cmd stopping
 * its recorders) then gets -EAGAIN instead of sleeping on.
 */
static int trace_pipe_wait(struct trace_iterator *iter, struct file *file)
{
	int ret;

	while (iter_empty_consume(iter)) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (!tracer_tracing_is_on(iter->tr) && iter->pos)
			return 0;
		mutex_unlock(&iter->mutex);
		ret = ring_buffer_wait(iter->buffer, iter->cpu_file, 0);
		mutex_lock(&iter->mutex);
		if (ret == -EINTR || signal_pending(current))
			return -ERESTARTSYS;
		if (ret)
			return ret;
	}
	return 1;
}

/* Format consumed records into iter->seq until about @cnt bytes. */
static void trace_pipe_fill(struct trace_iterator *iter, size_t cnt)
{
	guard(mutex)(&consume_lock);
	while (trace_iter_peek_consume(iter)) {
		unsigned int used = trace_seq_used(&iter->seq);

		iter->idx = iter->pos;
		if (print_trace_line(iter) == TRACE_TYPE_PARTIAL_LINE) {
			/* Did not fit: leave it for the next read. */
			iter->seq.seq.len = used;
			iter->seq.full = 0;
			break;
		}
		ring_buffer_consume(iter->buffer, iter->cpu, NULL, NULL);
		iter->pos++;
		if (trace_seq_used(&iter->seq) >= cnt)
			break;
	}
}

static ssize_t trace_pipe_read(struct file *file, char __user *ubuf,
			       size_t cnt, loff_t *ppos)
{
	struct trace_iterator *iter = file->private_data;
	ssize_t ret;

	guard(mutex)(&iter->mutex);
	/* Text formatted by an earlier read and not yet copied out. */
	ret = trace_seq_to_user(&iter->seq, ubuf, cnt);
	if (ret != -EBUSY)
		return ret;

	for (;;) {
		trace_seq_init(&iter->seq);
		ret = trace_pipe_wait(iter, file);
		if (ret <= 0)
			return ret;
		trace_pipe_fill(iter, min_t(size_t, cnt, PAGE_SIZE - 1));
		ret = trace_seq_to_user(&iter->seq, ubuf, cnt);
		if (iter->seq.readpos >= trace_seq_used(&iter->seq))
			trace_seq_init(&iter->seq);
		/* Everything there was a record too big to print: skip on. */
		if (ret != -EBUSY)
			return ret;
	}
}

static __poll_t trace_pipe_poll(struct file *file, poll_table *pt)
{
	struct trace_iterator *iter = file->private_data;

	/* With the "block" option a reader never waits in poll. */
	if (tr_opt(iter->tr, TOPT_BLOCK))
		return EPOLLIN | EPOLLRDNORM;
	return ring_buffer_poll_wait(iter->buffer, iter->cpu_file, file, pt, 0);
}

const struct file_operations trace_pipe_fops = {
	.open		= trace_pipe_open,
	.read		= trace_pipe_read,
	.poll		= trace_pipe_poll,
	.release	= trace_pipe_release,
};

/* ---- trace_pipe_raw: whole pages ---- */

/*
 * A raw reader hands out pages as ring_buffer_read_page() fills them:
 * the header that events/header_page describes (time stamp, commit
 * word), the records, then zeroes to the end of the page.
 *
 *  read()	copies one page out, over as many calls as the caller's
 *		buffer needs. It also takes a page the writer is still
 *		filling (the records so far), which is how trace-cmd
 *		collects the last partial page of each CPU when it stops.
 *  splice()	moves whole pages into a pipe without copying them, and
 *		only pages the writer has left (as upstream does); the
 *		length must cover at least one page, else -EINVAL. A page
 *		that read() has started stays with read().
 *
 * Both wait unless O_NONBLOCK (or SPLICE_F_NONBLOCK) asks for -EAGAIN:
 * read() until the CPU has any record, as upstream's does (it returns
 * the partial page at once); splice() and poll() until the CPU's buffer
 * is buffer_percent full (any record at 0). A signal restarts the call
 * under SA_RESTART, so O_NONBLOCK set by the handler (trace-cmd's stop)
 * makes it return -EAGAIN. A splice that slept looks once more after the
 * wake-up (not at all when tracing is now off) and then returns 0 rather
 * than sleeping again, so a recorder is never parked on a page that will
 * not fill; trace_pipe's readers likewise see end of file when
 * tracing_on goes to 0. Closing the file
 * wakes readers blocked in it.
 *
 * r->lock serializes the users of one open file; it is not held while
 * waiting, nor while taking trace_types_lock. Readers of the same CPU
 * through other opens serialize in the ring buffer. splice() runs with
 * the pipe locked, and pipe buffers are released with it locked, so the
 * order is pipe->mutex, r->lock, ring buffer reader lock; and
 * pipe->mutex, trace_types_lock.
 */
struct raw_reader {
	struct trace_array	*tr;
	int			cpu;
	struct mutex		lock;
	void			*page;		/* the page being copied out */
	size_t			copied;		/* bytes of it already read */
	size_t			page_size;
	bool			closed;		/* ->flush ran: stop waiting */
};

static int trace_pipe_raw_open(struct inode *inode, struct file *file)
{
	struct trace_cpu_handle *h = tracefs_file_data(file);
	struct raw_reader *r;
	int ret;

	ret = trace_array_get(h->tr);
	if (ret)
		return ret;
	r = kzalloc(sizeof(*r), GFP_KERNEL);
	if (!r) {
		trace_array_put(h->tr);
		return -ENOMEM;
	}
	r->tr = h->tr;
	r->cpu = h->cpu;
	mutex_init(&r->lock);
	r->page_size = ring_buffer_subbuf_size(h->tr->buffer);
	r->copied = r->page_size;	/* nothing pending */
	file->private_data = r;
	stream_open(inode, file);
	return 0;
}

static int trace_pipe_raw_release(struct inode *inode, struct file *file)
{
	struct raw_reader *r = file->private_data;
	struct trace_array *tr = r->tr;

	if (r->page)
		ring_buffer_free_read_page(tr->buffer, r->cpu, r->page);
	kfree(r);
	trace_array_put(tr);
	return 0;
}

/* Context: close() of one descriptor of the file; wakes its sleepers. */
static int trace_pipe_raw_flush(struct file *file, fl_owner_t id)
{
	struct raw_reader *r = file->private_data;

	WRITE_ONCE(r->closed, true);
	ring_buffer_wake_waiters(r->tr->buffer, r->cpu);
	return 0;
}

/*
 * Sleep until the CPU is @full percent full (0: has a record), without
 * r->lock. Return: 0, or -ERESTARTSYS on a signal (see trace_pipe_wait()).
 */
static int raw_wait(struct raw_reader *r, int full)
{
	int ret;

	mutex_unlock(&r->lock);
	ret = ring_buffer_wait(r->tr->buffer, r->cpu, full);
	mutex_lock(&r->lock);
	if (ret == -EINTR || signal_pending(current))
		return -ERESTARTSYS;
	return ret;
}

/*
 * Take the next page of records into r->page. Called with r->lock held.
 * Return: 1 with a page, 0 when the file was closed, -EAGAIN, -ENOMEM,
 * -ENODEV, -ERESTARTSYS.
 */
static int raw_next_page(struct raw_reader *r, struct file *file)
{
	struct trace_buffer *buffer = r->tr->buffer;
	int ret;

	if (!r->page) {
		void *page = ring_buffer_alloc_read_page(buffer, r->cpu);

		if (IS_ERR_OR_NULL(page))
			return page ? PTR_ERR(page) : -ENOMEM;
		r->page = page;
	}
	while (ring_buffer_read_page(buffer, &r->page, r->page_size,
				     r->cpu, 0) < 0) {
		if (READ_ONCE(r->closed))
			return 0;
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		ret = raw_wait(r, 0);
		if (ret)
			return ret;
	}
	r->copied = 0;
	return 1;
}

static ssize_t trace_pipe_raw_read(struct file *file, char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct raw_reader *r = file->private_data;
	size_t n;
	int ret;

	if (!cnt)
		return 0;
	guard(mutex)(&r->lock);
	if (r->copied >= r->page_size) {
		ret = raw_next_page(r, file);
		if (ret <= 0)
			return ret;
	}
	n = min(cnt, r->page_size - r->copied);
	if (copy_to_user(ubuf, r->page + r->copied, n))
		return -EFAULT;
	r->copied += n;
	return n;
}

/*
 * A page lent to a pipe. The pipe may hold it after the file is closed
 * (and tee() may share it), so it has its own count and pins the
 * instance until the last user lets go.
 */
struct raw_page_ref {
	refcount_t		count;
	struct trace_array	*tr;
	int			cpu;
	void			*page;
};

static void raw_page_put(struct raw_page_ref *ref)
{
	if (!refcount_dec_and_test(&ref->count))
		return;
	ring_buffer_free_read_page(ref->tr->buffer, ref->cpu, ref->page);
	trace_array_put(ref->tr);
	kfree(ref);
}

/* Context: pipe_buf_operations, process context, pipe locked. */
static void raw_buf_release(struct pipe_inode_info *pipe,
			    struct pipe_buffer *buf)
{
	raw_page_put((struct raw_page_ref *)buf->private);
	buf->private = 0;
}

static bool raw_buf_get(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	struct raw_page_ref *ref = (struct raw_page_ref *)buf->private;

	return refcount_inc_not_zero(&ref->count);
}

/* No ->try_steal: the page goes back through the ring buffer's API. */
static const struct pipe_buf_operations raw_buf_ops = {
	.release	= raw_buf_release,
	.get		= raw_buf_get,
};

/* splice_to_pipe() could not place page @i: drop it. */
static void raw_spd_release(struct splice_pipe_desc *spd, unsigned int i)
{
	raw_page_put((struct raw_page_ref *)spd->partial[i].private);
	spd->partial[i].private = 0;
}

/*
 * Fill @spd with finished pages, at most @len bytes of them. Called with
 * r->lock held; the caller pins the instance for each page before they
 * can be released. Return: 0 (spd->nr_pages may still be 0), -ENOMEM,
 * -ENODEV (the CPU has no buffer).
 */
static int raw_splice_fill(struct raw_reader *r, struct splice_pipe_desc *spd,
			   size_t len)
{
	struct trace_buffer *buffer = r->tr->buffer;
	struct raw_page_ref *ref;
	int i;

	while (spd->nr_pages < spd->nr_pages_max && len >= r->page_size) {
		ref = kzalloc(sizeof(*ref), GFP_KERNEL);
		if (!ref)
			return -ENOMEM;
		ref->page = ring_buffer_alloc_read_page(buffer, r->cpu);
		if (IS_ERR_OR_NULL(ref->page)) {
			int err = ref->page ? PTR_ERR(ref->page) : -ENOMEM;

			kfree(ref);
			return err;
		}
		if (ring_buffer_read_page(buffer, &ref->page, r->page_size,
					  r->cpu, 1) < 0) {
			ring_buffer_free_read_page(buffer, r->cpu, ref->page);
			kfree(ref);
			break;
		}
		refcount_set(&ref->count, 1);
		ref->tr = r->tr;
		ref->cpu = r->cpu;
		i = spd->nr_pages++;
		spd->pages[i] = virt_to_page(ref->page);
		spd->partial[i].offset = 0;
		spd->partial[i].len = r->page_size;
		spd->partial[i].private = (unsigned long)ref;
		len -= r->page_size;
	}
	return 0;
}

/*
 * Context: splice(2) from the file into a pipe; the pipe is locked, may
 * sleep. Return: bytes spliced (whole pages), 0 when woken with no
 * finished page, -EINVAL when @len is less than a page, -EAGAIN,
 * -ERESTARTSYS, -ENOMEM, -ENODEV, or splice_to_pipe()'s errors (-EPIPE).
 */
static ssize_t trace_pipe_raw_splice_read(struct file *file, loff_t *ppos,
					  struct pipe_inode_info *pipe,
					  size_t len, unsigned int flags)
{
	struct raw_reader *r = file->private_data;
	struct page *pages_def[PIPE_DEF_BUFFERS];
	struct partial_page partial_def[PIPE_DEF_BUFFERS];
	struct splice_pipe_desc spd = {
		.pages		= pages_def,
		.partial	= partial_def,
		.nr_pages_max	= PIPE_DEF_BUFFERS,
		.ops		= &raw_buf_ops,
		.spd_release	= raw_spd_release,
	};
	bool nonblock = (file->f_flags & O_NONBLOCK) ||
			(flags & SPLICE_F_NONBLOCK);
	bool woken = false;
	ssize_t ret;
	int i;

	/* One ring-buffer page per pipe buffer: they must be system pages. */
	if (len < r->page_size || r->page_size != PAGE_SIZE)
		return -EINVAL;
	if (splice_grow_spd(pipe, &spd))
		return -ENOMEM;
	mutex_lock(&r->lock);
	for (;;) {
		ret = raw_splice_fill(r, &spd, len);
		if (ret || spd.nr_pages || woken || READ_ONCE(r->closed))
			break;
		if (nonblock) {
			ret = -EAGAIN;
			break;
		}
		ret = raw_wait(r, READ_ONCE(r->tr->buffer_percent));
		if (ret || !tracer_tracing_is_on(r->tr))
			break;
		woken = true;
	}
	mutex_unlock(&r->lock);
	if (spd.nr_pages) {
		/*
		 * Each page pins the instance (trace_types_lock, so not
		 * under r->lock). Cannot fail: the open file pins it too.
		 */
		for (i = 0; i < spd.nr_pages; i++)
			trace_array_get(r->tr);
		ret = splice_to_pipe(pipe, &spd);
		if (ret > 0 && ppos)
			*ppos += ret;
	}
	splice_shrink_spd(&spd);
	return ret;
}

static __poll_t trace_pipe_raw_poll(struct file *file, poll_table *pt)
{
	struct raw_reader *r = file->private_data;

	if (READ_ONCE(r->copied) < r->page_size)
		return EPOLLIN | EPOLLRDNORM;
	return ring_buffer_poll_wait(r->tr->buffer, r->cpu, file, pt,
				     READ_ONCE(r->tr->buffer_percent));
}

const struct file_operations trace_pipe_raw_fops = {
	.open		= trace_pipe_raw_open,
	.read		= trace_pipe_raw_read,
	.splice_read	= trace_pipe_raw_splice_read,
	.poll		= trace_pipe_raw_poll,
	.flush		= trace_pipe_raw_flush,
	.release	= trace_pipe_raw_release,
};
