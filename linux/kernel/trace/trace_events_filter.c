// SPDX-License-Identifier: GPL-2.0
/*
 * Event filters: the "filter" files of events/ and of its subsystems.
 *
 * THEORY OF OPERATION
 *
 * A filter is a boolean expression over the fields of an event's records
 * (Documentation/trace/events.rst, "Event filtering"). Writing one to
 * events/<sys>/<event>/filter compiles it against that event's fields
 * into a program (trace_events_filter_parse.c); from then on each record
 * of the event runs the program (trace_events_filter_eval.c) and reaches
 * the ring buffer only if it passes: the event runtime builds a filtered
 * event's record in scratch space and tests it there, so a dropped
 * record is never reserved in the buffer.
 *
 *   trace_event_file           struct event_filter      struct filter_prog
 *   +----------------+         +---------------+        +---------------+
 *   | flags FILTERED |    +--> | prog ----------------> | len           |
 *   | filter --------+----+    | text          |        | insn[len]     |
 *   +----------------+         | sys_note      |        +---------------+
 *                              +---------------+
 *
 * Who touches what:
 *  - Writers (this file, the perf ioctl in trace_event_perf.c) hold
 *    event_mutex. A new expression is a whole new event_filter with its
 *    own program: published with rcu_assign_pointer() (A), and only then
 *    is EVENT_FILE_FL_FILTERED set (B). Taking a filter off is the other
 *    way round: flag clear (C), then the pointer swapped (D).
 *  - Probes test the flag, then rcu_dereference() the pointer, with
 *    preemption disabled, in any context. A probe that sees the flag set
 *    after (B) also sees the program of (A) (the flag is set only after
 *    the pointer, and both are read in that order by a probe that has
 *    the record in hand); one that runs between (C) and (D) still finds
 *    the old object alive. NULL, or an object with no program, means
 *    "keep the record".
 *  - A published event_filter never changes its prog. Its text and
 *    sys_note are only used by the filter files, under event_mutex, so
 *    they change in place.
 *  - A replaced or removed event_filter is freed only after
 *    tracepoint_synchronize_unregister(): probes hold it with preemption
 *    disabled, so after that grace period none can still be running it.
 *    A subsystem write waits once for all its events.
 *
 * A rejected expression (-EINVAL) changes nothing that probes see: the
 * program already running, if any, stays. Only the text changes, to
 * what reading the file shows next: the expression, a line with a caret
 * and "parse_error: <message>", as upstream prints it, caret column
 * included (the parser's comment lists where each error puts it).
 * error_log gets the same message and caret (location "event filter
 * parse error"); the messages are in one table,
 * FILTER_ERRORS() in trace_events_filter.h.
 *
 * Subsystem filters (events/<sys>/filter) compile the expression for
 * each event of the subsystem in turn. Events where it compiles get it;
 * the others keep the filter they had. If no event takes it the write
 * fails with -EINVAL and the subsystem's filter file shows the error;
 * otherwise it shows upstream's "### global filter ###" note again.
 * That one line of state per subsystem lives in the event_filter of the
 * subsystem's first event (sys_note), so it goes away with the
 * instance's event files and needs no list of its own. "0" clears the
 * filters of every event of the subsystem.
 */
#include <linux/bitops.h>
#include <linux/rcupdate.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include "trace_array.h"
#include "trace_event_internal.h"
#include "trace_events_filter.h"

#define FILTER_ERRLOG_LOC	"event filter parse error"

#define SUBSYS_FILTER_DEFAULT						\
	"### global filter ###\n"					\
	"# Use this to set filters for multiple events.\n"		\
	"# Only events with the given fields will be affected.\n"	\
	"# If no events are modified, an error message will be displayed here\n"

static struct event_filter *file_filter(struct trace_event_file *file)
{
	return rcu_dereference_protected(file->filter,
					 lockdep_is_held(&event_mutex));
}

/* Atomic: other flags of the word change under other code's feet. */
static void set_filtered_flag(struct trace_event_file *file, bool on)
{
	if (on)
		set_mask_bits(&file->flags, 0, EVENT_FILE_FL_FILTERED);
	else
		set_mask_bits(&file->flags, EVENT_FILE_FL_FILTERED, 0);
}

/**
 * free_event_filter - free a filter no probe can be using any more
 * @filter: an event file's or a perf event's filter, or NULL
 *
 * Context: process, may sleep. The caller has waited for a grace period
 * since @filter was last reachable by a probe (or it never was).
 */
void free_event_filter(struct event_filter *filter)
{
	if (!filter)
		return;
	filter_prog_free(rcu_access_pointer(filter->prog));
	kfree(filter->text);
	kfree(filter->sys_note);
	kfree(filter);
}

/*
 * Give @file a new event_filter holding @prog and @text (either may be
 * NULL; both NULL and no subsystem note to keep means no object at all)
 * and hand back the one it replaces in *@oldp, to be freed after a grace
 * period. Takes over @prog and @text, also on failure.
 * Context: event_mutex held. Return: 0 or -ENOMEM (nothing changed).
 */
static int filter_install(struct trace_event_file *file,
			  struct filter_prog *prog, char *text,
			  struct event_filter **oldp)
{
	struct event_filter *old = file_filter(file), *new = NULL;
	char *note = old ? old->sys_note : NULL;

	if (prog || text || note) {
		new = kzalloc(sizeof(*new), GFP_KERNEL);
		if (!new) {
			filter_prog_free(prog);
			kfree(text);
			return -ENOMEM;
		}
		RCU_INIT_POINTER(new->prog, prog);
		new->text = text;
		new->sys_note = note;
	}
	if (old)
		old->sys_note = NULL;

	if (!prog)
		set_filtered_flag(file, false);		/* C */
	rcu_assign_pointer(file->filter, new);		/* A, D */
	if (prog)
		set_filtered_flag(file, true);		/* B */
	*oldp = old;
	return 0;
}

/*
 * "expr\n<caret>\nparse_error: msg\n", what the file shows after @err.
 * As upstream, the caret stops at the end of the text here (error_log
 * does not clip it), and FERR_ERRNO shows "Error: (0)" without a caret.
 */
static char *error_text(const char *expr, const struct filter_error *err)
{
	unsigned int pos = min_t(unsigned int, err->pos, strlen(expr));

	if (err->code == FERR_ERRNO)
		return kasprintf(GFP_KERNEL, "%s\nError: (0)\n", expr);
	return kasprintf(GFP_KERNEL, "%s\n%*s^\nparse_error: %s\n", expr,
			 pos, "", filter_err_text[err->code]);
}

static void log_error(struct trace_array *tr, const char *expr,
		      const struct filter_error *err)
{
	tracing_log_err(tr, FILTER_ERRLOG_LOC, expr, filter_err_text,
			err->code, min_t(unsigned int, err->pos, U16_MAX));
}

/* The text of a rejected expression goes where the filter file finds it. */
static int show_event_error(struct trace_event_file *file, const char *expr,
			    const struct filter_error *err)
{
	struct event_filter *cur = file_filter(file), *old;
	char *text = error_text(expr, err);
	int ret;

	if (!text)
		return -ENOMEM;
	log_error(file->tr, expr, err);
	if (cur) {
		/* Probes do not read text: replace it in place. */
		kfree(cur->text);
		cur->text = text;
		return 0;
	}
	/* A text-only object: no program, the flag stays clear. */
	ret = filter_install(file, NULL, text, &old);
	WARN_ON_ONCE(!ret && old);
	return ret;
}

/**
 * apply_event_filter - set, replace or clear an event's filter
 * @file: the event in one instance
 * @filter_string: what was written to its filter file; "0" clears.
 *	Surrounding blanks are ignored (the buffer is modified).
 *
 * Context: process, may sleep (waits for a grace period before freeing
 * a replaced filter); event_mutex held.
 * Return: 0; -EINVAL if the expression is rejected (the running filter
 * stays, reading the file shows the error); -ENOMEM; -ENODEV if the
 * event is being removed.
 */
int apply_event_filter(struct trace_event_file *file, char *filter_string)
{
	char *expr = strim(filter_string), *text;
	struct event_filter *old;
	struct filter_prog *prog;
	struct filter_error err;
	int ret;

	lockdep_assert_held(&event_mutex);
	if (file->flags & EVENT_FILE_FL_FREED)
		return -ENODEV;

	if (!strcmp(expr, "0")) {
		ret = filter_install(file, NULL, NULL, &old);
	} else {
		ret = filter_compile(file->event_call, expr, &prog, &err);
		if (ret == -EINVAL)
			return show_event_error(file, expr, &err) ?: -EINVAL;
		if (ret)
			return ret;
		text = kstrdup(expr, GFP_KERNEL);
		if (!text) {
			filter_prog_free(prog);
			return -ENOMEM;
		}
		ret = filter_install(file, prog, text, &old);
	}
	if (!ret && old) {
		tracepoint_synchronize_unregister();
		free_event_filter(old);
	}
	return ret;
}

/**
 * print_event_filter - what reading an event's filter file shows
 * @file: the event in one instance
 * @m: where to write it
 *
 * The expression, the last error with its caret, or "none".
 * Context: process, event_mutex held.
 */
void print_event_filter(struct trace_event_file *file, struct seq_file *m)
{
	struct event_filter *filter;

	lockdep_assert_held(&event_mutex);
	filter = file_filter(file);
	if (filter && filter->text)
		seq_printf(m, "%s\n", filter->text);
	else
		seq_puts(m, "none\n");
}

/* --- subsystems --- */

static bool in_system(struct trace_event_file *file, const char *system)
{
	return !strcmp(trace_event_system(file->event_call), system);
}

/*
 * Set what events/@system/filter shows (NULL: the default note), on the
 * first event of the subsystem. Takes over @note, also on failure.
 * Context: event_mutex held. Return: 0 or -ENOMEM.
 */
static int set_subsys_note(struct trace_array *tr, const char *system,
			   char *note)
{
	struct trace_event_file *file, *first = NULL;
	struct event_filter *filter;

	for_each_instance_event_file(tr, file) {
		if (!in_system(file, system))
			continue;
		filter = file_filter(file);
		if (filter) {
			kfree(filter->sys_note);
			filter->sys_note = NULL;
		}
		if (!first)
			first = file;
	}
	if (!note || !first) {
		kfree(note);
		return 0;
	}
	filter = file_filter(first);
	if (!filter) {
		/* A holder without program: the flag stays clear. */
		filter = kzalloc(sizeof(*filter), GFP_KERNEL);
		if (!filter) {
			kfree(note);
			return -ENOMEM;
		}
		rcu_assign_pointer(first->filter, filter);
	}
	filter->sys_note = note;
	return 0;
}

/* Filters replaced by one subsystem write, freed after one grace period. */
struct filter_graveyard {
	struct event_filter	**filters;
	unsigned int		n;
};

static void graveyard_flush(struct filter_graveyard *g)
{
	unsigned int i;

	if (g->n)
		tracepoint_synchronize_unregister();
	for (i = 0; i < g->n; i++)
		free_event_filter(g->filters[i]);
	kfree(g->filters);
}

/* "0": clear every event of the subsystem. */
static int clear_subsystem(struct trace_array *tr, const char *system,
			   struct filter_graveyard *g)
{
	struct trace_event_file *file;
	struct event_filter *old;
	int ret;

	ret = set_subsys_note(tr, system, NULL);
	for_each_instance_event_file(tr, file) {
		if (ret || !in_system(file, system) ||
		    (file->flags & EVENT_FILE_FL_FREED))
			continue;
		ret = filter_install(file, NULL, NULL, &old);
		if (!ret && old)
			g->filters[g->n++] = old;
	}
	return ret;
}

/*
 * Set @expr on each event of the subsystem where it compiles. *@err
 * gets the error of the first event that rejected it (or BAD_SUBSYS if
 * events rejected it for different reasons).
 * Return: the number of events that took it, or -ENOMEM.
 */
static int set_subsystem(struct trace_array *tr, const char *system,
			 const char *expr, struct filter_graveyard *g,
			 struct filter_error *err)
{
	struct trace_event_file *file;
	struct filter_error this;
	struct event_filter *old;
	struct filter_prog *prog;
	int ret, taken = 0;
	bool failed = false;
	char *text;

	for_each_instance_event_file(tr, file) {
		if (!in_system(file, system) ||
		    (file->flags & (EVENT_FILE_FL_FREED |
				    EVENT_FILE_FL_NO_SET_FILTER)))
			continue;
		ret = filter_compile(file->event_call, expr, &prog, &this);
		if (ret == -EINVAL) {
			if (!failed)
				*err = this;
			else if (err->code != this.code || err->pos != this.pos)
				*err = (struct filter_error){ FERR_BAD_SUBSYS_FILTER, 0 };
			failed = true;
			continue;
		}
		if (ret)
			return ret;
		text = kstrdup(expr, GFP_KERNEL);
		if (!text) {
			filter_prog_free(prog);
			return -ENOMEM;
		}
		ret = filter_install(file, prog, text, &old);
		if (ret)
			return ret;
		if (old)
			g->filters[g->n++] = old;
		taken++;
	}
	if (!failed)
		*err = (struct filter_error){ FERR_BAD_SUBSYS_FILTER, 0 };
	return taken;
}

/**
 * apply_subsystem_event_filter - write events/@system/filter
 * @tr: the instance
 * @system: the subsystem's name
 * @filter_string: what was written; "0" clears every event's filter
 *
 * Context: process, may sleep; event_mutex held.
 * Return: 0 if at least one event of the subsystem took the expression
 * (the others keep their filters); -EINVAL if none did (the subsystem's
 * filter file then shows why); -ENODEV if the subsystem has no events
 * in @tr; -ENOMEM.
 */
int apply_subsystem_event_filter(struct trace_array *tr, const char *system,
				 char *filter_string)
{
	char *expr = strim(filter_string);
	struct filter_graveyard g = {};
	struct trace_event_file *file;
	struct filter_error err;
	unsigned int count = 0;
	int ret;

	lockdep_assert_held(&event_mutex);
	for_each_instance_event_file(tr, file)
		count += in_system(file, system);
	if (!count)
		return -ENODEV;
	g.filters = kmalloc_array(count, sizeof(*g.filters), GFP_KERNEL);
	if (!g.filters)
		return -ENOMEM;

	if (!strcmp(expr, "0")) {
		ret = clear_subsystem(tr, system, &g);
	} else {
		ret = set_subsystem(tr, system, expr, &g, &err);
		if (ret > 0) {
			ret = set_subsys_note(tr, system, NULL);
		} else if (!ret) {
			char *note = error_text(expr, &err);

			log_error(tr, expr, &err);
			ret = note ? set_subsys_note(tr, system, note) : -ENOMEM;
			ret = ret ?: -EINVAL;
		}
	}
	graveyard_flush(&g);
	return ret;
}

/**
 * print_subsystem_event_filter - what reading events/@system/filter shows
 * @tr: the instance
 * @system: the subsystem's name
 * @m: where to write it
 *
 * Upstream's "### global filter ###" note, or the error of the last
 * write that no event of the subsystem took.
 * Context: process, event_mutex held.
 */
void print_subsystem_event_filter(struct trace_array *tr, const char *system,
				  struct seq_file *m)
{
	struct trace_event_file *file;
	struct event_filter *filter;

	lockdep_assert_held(&event_mutex);
	for_each_instance_event_file(tr, file) {
		if (!in_system(file, system))
			continue;
		filter = file_filter(file);
		if (filter && filter->sys_note) {
			seq_printf(m, "%s\n", filter->sys_note);
			return;
		}
	}
	seq_puts(m, SUBSYS_FILTER_DEFAULT);
}
