// SPDX-License-Identifier: GPL-2.0
/*
 * trace_marker and trace_marker_raw: user space writes into the buffer.
 *
 * trace_marker	text: one write is one TRACE_PRINT record, printed as
 *		"tracing_mark_write: <text>". Writes longer than
 *		TRACE_MARKER_MAX bytes (or than a record can hold) are cut
 *		short, and the shorter count is returned.
 * trace_marker_raw
 *		binary: a 4-byte id, then data, as one TRACE_RAW_DATA record.
 *		Shorter than the id, or too big for one record: -EINVAL.
 *
 * The user's bytes are copied straight into the reserved record with a
 * non-faulting copy (the record is reserved with preemption off, so the
 * copy must not sleep). If the copy faults, the record says "<faulted>"
 * and the write fails with -EFAULT, as upstream does.
 */
#include <linux/fs.h>
#include <linux/uaccess.h>
#include "trace_array.h"
#include "trace_entries.h"

static const char faulted[] = "<faulted>";
#define FAULTED_LEN	(sizeof(faulted) - 1)

/*
 * Context: ->write, process context. The record's ip is this function,
 * so the output names it: "tracing_mark_write: <text>", as tools expect.
 */
static ssize_t tracing_mark_write(struct file *file, const char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	struct trace_buffer *buffer = tr->buffer;
	struct ring_buffer_event *event;
	unsigned int ctx = tracing_gen_ctx();
	struct print_entry *entry;
	size_t room, size;
	ssize_t written;

	if (!tr_opt(tr, TOPT_MARKERS))
		return -EINVAL;
	if ((ssize_t)cnt < 0)
		return -EINVAL;
	if (!cnt)
		return 0;

	/* Room for the text, a newline and a NUL; at least "<faulted>". */
	room = ring_buffer_max_event_size(buffer) - sizeof(*entry) - 2;
	cnt = min3(cnt, (size_t)TRACE_MARKER_MAX, room);
	size = sizeof(*entry) + max(cnt, FAULTED_LEN) + 2;

	event = trace_buffer_lock_reserve(buffer, TRACE_PRINT, size, ctx);
	if (!event)
		return -EBADF;	/* recording off: as if not open for write */
	entry = ring_buffer_event_data(event);
	entry->ip = _THIS_IP_;

	if (copy_from_user_nofault(entry->buf, ubuf, cnt)) {
		memcpy(entry->buf, faulted, FAULTED_LEN);
		cnt = FAULTED_LEN;
		written = -EFAULT;
	} else {
		written = cnt;
	}
	if (entry->buf[cnt - 1] != '\n')
		entry->buf[cnt++] = '\n';
	entry->buf[cnt] = '\0';
	trace_buffer_unlock_commit(tr, buffer, event, ctx);
	return written;
}

static ssize_t tracing_mark_raw_write(struct file *file,
				      const char __user *ubuf,
				      size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = file->private_data;
	struct trace_buffer *buffer = tr->buffer;
	struct ring_buffer_event *event;
	unsigned int ctx = tracing_gen_ctx();
	struct raw_data_entry *entry;
	size_t size, min_data = FAULTED_LEN + sizeof(int);
	ssize_t written;

	if (!tr_opt(tr, TOPT_MARKERS))
		return -EINVAL;
	if ((ssize_t)cnt < 0 || cnt < sizeof(unsigned int))
		return -EINVAL;

	/* The id is the record's first field; the data follows it. */
	size = offsetof(struct raw_data_entry, id) + max(cnt, min_data);
	if (size > ring_buffer_max_event_size(buffer))
		return -EINVAL;

	event = trace_buffer_lock_reserve(buffer, TRACE_RAW_DATA, size, ctx);
	if (!event)
		return -EBADF;
	entry = ring_buffer_event_data(event);
	if (copy_from_user_nofault(&entry->id, ubuf, cnt)) {
		entry->id = -1;
		memcpy(entry->buf, faulted, FAULTED_LEN);
		written = -EFAULT;
	} else {
		written = cnt;
	}
	trace_buffer_unlock_commit(tr, buffer, event, ctx);
	return written;
}

const struct file_operations trace_marker_fops = {
	.open		= tracing_open_generic_tr,
	.write		= tracing_mark_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};

const struct file_operations trace_marker_raw_fops = {
	.open		= tracing_open_generic_tr,
	.write		= tracing_mark_raw_write,
	.llseek		= generic_file_llseek,
	.release	= tracing_release_generic_tr,
};
