// SPDX-License-Identifier: GPL-2.0
/*
 * The event core: which events exist, what their records look like, and
 * turning an event on or off in an instance.
 *
 * Events (struct trace_event_call) come from three places:
 *
 *	vmlinux		section _ftrace_events, added at core_initcall
 *	modules		mod->trace_events, added when the module comes and
 *			removed when it goes (module notifier)
 *	run time	trace_add_event_call() / trace_remove_event_call()
 *			(events/ftrace, probes)
 *
 * Adding an event, under event_mutex:
 *
 *	class->raw_init(call)	trace_event_raw_init() for TRACE_EVENTs: gives
 *				the event its record type id; -ENOSYS means
 *				"not on this kernel", silently skipped
 *	fields			the class's fields_array (or its define_fields
 *				hook) becomes the runtime field list, once per
 *				class, or per event with get_fields()
 *	eval maps		TRACE_DEFINE_ENUM/SIZEOF symbols of the event's
 *				system are replaced by their values in its
 *				print fmt
 *	ftrace_events		the event is listed
 *	files			trace_event_files_add_call() gives it a
 *				trace_event_file and a directory in every
 *				instance (trace_events_files.c)
 *
 * Removing undoes it in reverse; the files side disables the event in
 * every instance first. When a module whose events were ever enabled goes
 * away, every instance's buffer is emptied: its record type ids will be
 * handed out again, and old records would print as another event.
 *
 * Enabling an event in an instance attaches the class probe to the
 * tracepoint with that instance's trace_event_file as its data
 * (trace_event_reg()); the record path is in trace_events_record.c.
 *
 * Locking: event_mutex (lock order in trace_event_internal.h) guards the
 * event list, the field lists, and every trace_event_file's state.
 */
#include <linux/ctype.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include "trace_array.h"
#include "trace_event_internal.h"

DEFINE_MUTEX(event_mutex);
LIST_HEAD(ftrace_events);

extern struct trace_event_call *__start_ftrace_events[];
extern struct trace_event_call *__stop_ftrace_events[];
extern struct trace_eval_map *__start_ftrace_eval_maps[];
extern struct trace_eval_map *__stop_ftrace_eval_maps[];

/* ---- fields ---- */

/*
 * The trace_entry header every record starts with, as the format files
 * show it. Listed newest first, like every field list.
 */
#define COMMON_FIELD(_name, _type, _signed)				\
	{ .name = "common_" #_name, .type = _type,			\
	  .offset = offsetof(struct trace_entry, _name),		\
	  .size = sizeof_field(struct trace_entry, _name),		\
	  .is_signed = _signed, .filter_type = FILTER_OTHER }

static struct trace_event_field common_fields[] = {
	COMMON_FIELD(type, "unsigned short", 0),
	COMMON_FIELD(flags, "unsigned char", 0),
	COMMON_FIELD(preempt_count, "unsigned char", 0),
	COMMON_FIELD(pid, "int", 1),
};
static LIST_HEAD(common_field_list);

struct list_head *trace_common_fields(void)
{
	return &common_field_list;
}

struct list_head *trace_get_fields(struct trace_event_call *call)
{
	if (call->class->get_fields)
		return call->class->get_fields(call);
	return &call->class->fields;
}

struct trace_event_field *trace_find_event_field(struct trace_event_call *call,
						 const char *name)
{
	struct trace_event_field *f;

	list_for_each_entry(f, trace_get_fields(call), link)
		if (!strcmp(f->name, name))
			return f;
	list_for_each_entry(f, &common_field_list, link)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

/* What a field of type @type is, for the filter language. */
static int field_kind(const char *type)
{
	bool is_char = strstr(type, "char");

	if (str_has_prefix(type, "__data_loc")) {
		if (strstr(type, "cpumask_t"))
			return FILTER_CPUMASK;
		return is_char ? FILTER_DYN_STRING : FILTER_OTHER;
	}
	if (str_has_prefix(type, "__rel_loc"))
		return is_char ? FILTER_RDYN_STRING : FILTER_OTHER;
	if (strchr(type, '[') && is_char)
		return FILTER_STATIC_STRING;
	if (!strcmp(type, "char *") || !strcmp(type, "const char *"))
		return FILTER_PTR_STRING;
	return FILTER_OTHER;
}

static int define_field(struct trace_event_call *call, const char *type,
			const char *name, int offset, int size, int is_signed,
			int filter_type, int len)
{
	struct trace_event_field *f;

	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
	f->name = name;
	f->type = type;
	f->offset = offset;
	f->size = size;
	f->is_signed = is_signed;
	f->len = len;
	f->filter_type = filter_type == FILTER_OTHER ? field_kind(type) :
						       filter_type;
	list_add(&f->link, trace_get_fields(call));
	return 0;
}

/**
 * trace_define_field - add a field to an event's record description
 * @call: the event (its class's list, or its own with get_fields())
 * @type: the type as format files print it; kept, not copied
 * @name: the field name; kept, not copied
 * @offset: from the start of the record
 * @size: in bytes
 * @is_signed: for integer fields
 * @filter_type: enum trace_field_kind, or FILTER_OTHER to derive it
 *	from @type
 *
 * Context: process, event_mutex held (define_fields hooks).
 * Return: 0 or -ENOMEM.
 */
int trace_define_field(struct trace_event_call *call, const char *type,
		       const char *name, int offset, int size, int is_signed,
		       int filter_type)
{
	lockdep_assert_held(&event_mutex);
	return define_field(call, type, name, offset, size, is_signed,
			    filter_type, 0);
}
EXPORT_SYMBOL_GPL(trace_define_field);

static void free_fields(struct list_head *head)
{
	struct trace_event_field *f, *tmp;

	list_for_each_entry_safe(f, tmp, head, link) {
		list_del(&f->link);
		kfree(f);
	}
}

/*
 * The class's fields_array as a runtime list (see struct
 * trace_event_fields for the layout rule). Return: 0, -ENOMEM, -EINVAL
 * when the layout disagrees with the record struct.
 */
static int build_fields(struct trace_event_call *call)
{
	const struct trace_event_fields *f = call->class->fields_array;
	int offset = sizeof(struct trace_entry);
	int ret = 0;

	for (; !ret && (f->name || f->define_fields); f++) {
		if (f->define_fields) {
			ret = f->define_fields(call);
			continue;
		}
		if (f->align)
			offset = ALIGN(offset, f->align);
		else
			offset = f->offset;
		ret = define_field(call, f->type, f->name, offset, f->size,
				   f->is_signed, f->filter_type, f->len);
		offset += f->size;
	}
	if (!ret && f->offset && f->offset != offset) {
		pr_warn("tracing: %s: fields end at %d, record says %d\n",
			trace_event_name(call), offset, f->offset);
		ret = -EINVAL;
	}
	if (ret)
		free_fields(trace_get_fields(call));
	return ret;
}

/* ---- eval maps (TRACE_DEFINE_ENUM, TRACE_DEFINE_SIZEOF) ---- */

/* Print formats that had to grow to take a value, to free with modules. */
struct grown_fmt {
	struct list_head	list;
	struct trace_event_call	*call;
	char			*fmt;
};
static LIST_HEAD(grown_fmts);

static bool ident_char(char c)
{
	return isalnum(c) || c == '_';
}

/*
 * Replace the @len bytes at @pos of @call's print fmt by @val. Return:
 * where scanning goes on, or NULL (no memory; the fmt is left as it was).
 */
static char *fmt_splice(struct trace_event_call *call, char *pos, int len,
			const char *val)
{
	int vlen = strlen(val);
	struct grown_fmt *g;
	char *fmt;
	size_t size;

	if (vlen <= len) {
		memcpy(pos, val, vlen);
		memmove(pos + vlen, pos + len, strlen(pos + len) + 1);
		return pos + vlen;
	}
	size = strlen(call->print_fmt) + vlen - len + 1;
	fmt = kmalloc(size, GFP_KERNEL);
	g = kmalloc(sizeof(*g), GFP_KERNEL);
	if (!fmt || !g) {
		kfree(fmt);
		kfree(g);
		return NULL;
	}
	snprintf(fmt, size, "%.*s%s%s", (int)(pos - call->print_fmt),
		 call->print_fmt, val, pos + len);
	g->call = call;
	g->fmt = fmt;
	list_add(&g->list, &grown_fmts);
	pos = fmt + (pos - call->print_fmt) + vlen;
	call->print_fmt = fmt;
	return pos;
}

/*
 * Replace @map's symbol by its value in @call's print fmt, wherever it
 * stands as a whole word outside the quoted format and is not a member
 * (after "." or "->"). Numbers are skipped whole (0x1fUL is no symbol).
 */
static void eval_apply(struct trace_event_call *call,
		       const struct trace_eval_map *map)
{
	int len = strlen(map->eval_string);
	bool quoted = false;
	char val[24];
	char *p;

	snprintf(val, sizeof(val), "%ld", (long)map->eval_value);
	for (p = call->print_fmt; p && *p; ) {
		if (*p == '\\' && p[1]) {
			p += 2;
		} else if (*p == '"') {
			quoted = !quoted;
			p++;
		} else if (quoted || !ident_char(*p)) {
			p++;
		} else if (isdigit(*p) ||
			   (p > call->print_fmt && (p[-1] == '.' ||
			    (p[-1] == '>' && p - 1 > call->print_fmt &&
			     p[-2] == '-')))) {
			while (ident_char(*p))
				p++;
		} else if (!strncmp(p, map->eval_string, len) &&
			   !ident_char(p[len])) {
			p = fmt_splice(call, p, len, val);
		} else {
			while (ident_char(*p))
				p++;
		}
	}
}

/*
 * Apply @n maps to @call, if it is a TRACE_EVENT event (its print fmt is
 * our writable copy) of the maps' system. Context: event_mutex held, before
 * the event is visible in tracefs.
 */
static void eval_update(struct trace_event_call *call,
			struct trace_eval_map **maps, unsigned int n)
{
	unsigned int i;

	if (!(call->flags & TRACE_EVENT_FL_TRACEPOINT) || !call->print_fmt)
		return;
	for (i = 0; i < n; i++)
		if (maps[i] && !strcmp(maps[i]->system, call->class->system))
			eval_apply(call, maps[i]);
}

static void free_grown_fmt(struct trace_event_call *call)
{
	struct grown_fmt *g, *tmp;

	list_for_each_entry_safe(g, tmp, &grown_fmts, list) {
		if (g->call != call)
			continue;
		list_del(&g->list);
		kfree(g->fmt);
		kfree(g);
	}
}

/* ---- adding and removing events ---- */

/**
 * trace_event_raw_init - the raw_init of TRACE_EVENT classes
 * @call: the event being added
 *
 * Gives the event a record type id and makes its records printable.
 * Context: process, event_mutex held.
 * Return: 0, or -ENODEV when no type id is left.
 */
int trace_event_raw_init(struct trace_event_call *call)
{
	return register_trace_event(&call->event) ? 0 : -ENODEV;
}
EXPORT_SYMBOL_GPL(trace_event_raw_init);

/* Did @call's raw_init register its record type (as trace_event_raw_init does)? */
static bool type_registered(struct trace_event_call *call)
{
	bool ret;

	if (!call->event.type)
		return false;
	rcu_read_lock();
	ret = ftrace_find_event(call->event.type) == &call->event;
	rcu_read_unlock();
	return ret;
}

static void type_unregister(struct trace_event_call *call)
{
	if (!type_registered(call))
		return;
	unregister_trace_event(&call->event);
	call->event.type = 0;		/* a re-add asks for a fresh id */
}

/* Is another listed event of @call's class using the class's field list? */
static bool class_shared(struct trace_event_call *call)
{
	struct trace_event_call *other;

	if (call->class->get_fields)
		return false;
	list_for_each_entry(other, &ftrace_events, list)
		if (other != call && other->class == call->class)
			return true;
	return false;
}

/*
 * Make @call known, up to but not including its files. Context:
 * event_mutex held. Return: 0, or the error of raw_init or of the fields.
 */
static int event_add(struct trace_event_call *call,
		     struct trace_eval_map **maps, unsigned int nmaps)
{
	int ret;

	lockdep_assert_held(&event_mutex);
	if (!call->class || !call->class->raw_init)
		return -EINVAL;
	ret = call->class->raw_init(call);
	if (ret)
		return ret;
	if (list_empty(trace_get_fields(call)) && call->class->fields_array) {
		ret = build_fields(call);
		if (ret) {
			type_unregister(call);
			return ret;
		}
	}
	eval_update(call, maps, nmaps);
	list_add_tail(&call->list, &ftrace_events);
	return 0;
}

/* The other way. Context: event_mutex held, files already removed. */
static void event_del(struct trace_event_call *call)
{
	bool shared = class_shared(call);

	lockdep_assert_held(&event_mutex);
	list_del(&call->list);
	if (!shared)
		free_fields(trace_get_fields(call));
	free_grown_fmt(call);
	type_unregister(call);
}

/**
 * trace_add_event_call - add an event made at run time
 * @call: the event, with its class (raw_init required)
 *
 * Context: process, may sleep; takes event_mutex.
 * Return: 0, the error of raw_init or -ENOMEM.
 */
int trace_add_event_call(struct trace_event_call *call)
{
	int ret;

	guard(mutex)(&event_mutex);
	ret = event_add(call, NULL, 0);
	if (ret)
		return ret;
	ret = trace_event_files_add_call(call);
	if (ret)
		event_del(call);
	return ret;
}
EXPORT_SYMBOL_GPL(trace_add_event_call);

/**
 * trace_remove_event_call - remove an event added by trace_add_event_call()
 * @call: the event
 *
 * Context: process, may sleep; takes event_mutex.
 * Return: 0, or -EBUSY while an instance or perf has it enabled.
 */
int trace_remove_event_call(struct trace_event_call *call)
{
	guard(mutex)(&event_mutex);
	if (call->nr_enabled || trace_event_perf_users(call))
		return -EBUSY;
	trace_event_files_remove_call(call);
	event_del(call);
	return 0;
}
EXPORT_SYMBOL_GPL(trace_remove_event_call);

/* ---- modules ---- */

#ifdef CONFIG_MODULES
static void module_events_add(struct module *mod)
{
	struct trace_event_call *call;
	unsigned int i;
	int ret;

	if (!mod->num_trace_events)
		return;
	if (trace_module_has_bad_taint(mod)) {
		pr_err("%s: module has bad taint, not creating trace events\n",
		       mod->name);
		return;
	}
	guard(mutex)(&event_mutex);
	for (i = 0; i < mod->num_trace_events; i++) {
		call = mod->trace_events[i];
		call->module = mod;
		ret = event_add(call, mod->trace_evals, mod->num_trace_evals);
		if (!ret) {
			ret = trace_event_files_add_call(call);
			if (ret)
				event_del(call);
		}
		if (ret && ret != -ENOSYS)
			pr_warn("tracing: %s: no event %s (%d)\n", mod->name,
				trace_event_name(call), ret);
	}
}

/*
 * Every instance's buffer is emptied (trace_array_for_each) when one of
 * the module's events was ever enabled: see the top of this file.
 */
static void reset_buffer(struct trace_array *tr, void *unused)
{
	if (tr->buffer)
		ring_buffer_reset(tr->buffer);
}

static void module_events_remove(struct module *mod)
{
	struct trace_event_call *call, *tmp;
	bool was_enabled = false;

	scoped_guard(mutex, &event_mutex) {
		list_for_each_entry_safe(call, tmp, &ftrace_events, list) {
			if (call->module != mod)
				continue;
			was_enabled |= call->flags & TRACE_EVENT_FL_WAS_ENABLED;
			trace_event_files_remove_call(call);
			event_del(call);
		}
	}
	if (was_enabled)
		trace_array_for_each(reset_buffer, NULL);
}

/* Context: module loader, process. */
static int events_module_notify(struct notifier_block *nb,
				unsigned long val, void *data)
{
	struct module *mod = data;

	if (val == MODULE_STATE_COMING)
		module_events_add(mod);
	else if (val == MODULE_STATE_GOING)
		module_events_remove(mod);
	return NOTIFY_OK;
}

/* Before the tracepoint core's: it checks that no probe is left. */
static struct notifier_block events_module_nb = {
	.notifier_call	= events_module_notify,
	.priority	= 1,
};

static __init int events_module_init(void)
{
	return register_module_notifier(&events_module_nb);
}
#else
static inline int events_module_init(void)
{
	return 0;
}
#endif /* CONFIG_MODULES */

/* ---- turning events on and off ---- */

#ifdef CONFIG_PERF_EVENTS
static int perf_reg(struct trace_event_call *call, enum trace_reg type)
{
	switch (type) {
	case TRACE_REG_PERF_REGISTER:
		return tracepoint_probe_register(call->tp,
						 call->class->perf_probe, call);
	case TRACE_REG_PERF_UNREGISTER:
		tracepoint_probe_unregister(call->tp, call->class->perf_probe,
					    call);
		return 0;
	default:	/* open, close, add, del: nothing to do */
		return 0;
	}
}
#else
static inline int perf_reg(struct trace_event_call *call, enum trace_reg type)
{
	return -EINVAL;
}
#endif

/**
 * trace_event_reg - the default trace_event_class::reg
 * @call: a TRACE_EVENT event (backed by a tracepoint)
 * @type: what to do
 * @data: TRACE_REG_REGISTER/UNREGISTER: the instance's trace_event_file,
 *	which becomes the probe's data
 *
 * Attaches the class's probe (or perf probe) to the event's tracepoint.
 * Context: process, may sleep, event_mutex held.
 * Return: 0 or the error of tracepoint_probe_register().
 */
int trace_event_reg(struct trace_event_call *call, enum trace_reg type,
		    void *data)
{
	switch (type) {
	case TRACE_REG_REGISTER:
		return tracepoint_probe_register(call->tp, call->class->probe,
						 data);
	case TRACE_REG_UNREGISTER:
		tracepoint_probe_unregister(call->tp, call->class->probe, data);
		return 0;
	default:
		return perf_reg(call, type);
	}
}
EXPORT_SYMBOL_GPL(trace_event_reg);

static int call_reg(struct trace_event_call *call, enum trace_reg type,
		    void *data)
{
	if (call->class->reg)
		return call->class->reg(call, type, data);
	return trace_event_reg(call, type, data);
}

/* Flag changes: under event_mutex, but probes read the word at any time. */
static void file_set(struct trace_event_file *file, unsigned long mask)
{
	set_mask_bits(&file->flags, 0, mask);
}

static void file_clear(struct trace_event_file *file, unsigned long mask)
{
	set_mask_bits(&file->flags, mask, 0);
}

/*
 * Attach the probe with @file as its data. With record-cmd/record-tgid
 * (latched now, as upstream) the comms of its writers get saved
 * (trace_events_record.c), and the other writers' too
 * (tracing_start_cmdline_record()), as upstream does once any event is on.
 */
static int file_attach(struct trace_event_file *file)
{
	struct trace_event_call *call = file->event_call;
	struct trace_array *tr = file->tr;
	bool cmd = tr_opt(tr, TOPT_RECORD_CMD);
	bool tgid = tr_opt(tr, TOPT_RECORD_TGID);
	int ret;

	ret = trace_event_scratch_init();
	if (!ret)
		ret = trace_event_comm_get(cmd, tgid);
	if (ret)
		return ret;
	if (cmd || tgid)
		tracing_start_cmdline_record();
	ret = call_reg(call, TRACE_REG_REGISTER, file);
	if (ret) {
		if (cmd || tgid)
			tracing_stop_cmdline_record();
		trace_event_comm_put(cmd, tgid);
		pr_info("event trace: Could not enable event %s\n",
			trace_event_name(call));
		return ret;
	}
	file_set(file, EVENT_FILE_FL_ENABLED | EVENT_FILE_FL_WAS_ENABLED |
		       (cmd ? EVENT_FILE_FL_RECORDED_CMD : 0) |
		       (tgid ? EVENT_FILE_FL_RECORDED_TGID : 0));
	call->flags |= TRACE_EVENT_FL_WAS_ENABLED;
	call->nr_enabled++;
	return 0;
}

static void file_detach(struct trace_event_file *file)
{
	struct trace_event_call *call = file->event_call;
	bool cmd = file->flags & EVENT_FILE_FL_RECORDED_CMD;
	bool tgid = file->flags & EVENT_FILE_FL_RECORDED_TGID;

	file_clear(file, EVENT_FILE_FL_ENABLED | EVENT_FILE_FL_RECORDED_CMD |
			 EVENT_FILE_FL_RECORDED_TGID);
	WARN_ON_ONCE(call_reg(call, TRACE_REG_UNREGISTER, file));
	if (cmd || tgid)
		tracing_stop_cmdline_record();
	trace_event_comm_put(cmd, tgid);
	call->nr_enabled--;
}

/*
 * Soft mode. Triggers of other events may want an event's probe attached
 * while the user has it off: they enable it "soft" (@soft, counted in
 * sm_ref). The event is then attached but SOFT_DISABLED, so its probe
 * records nothing (trace_trigger_soft_disabled()), and its enable file
 * reads "0*". A plain enable clears SOFT_DISABLED ("1*"); a plain disable
 * in soft mode only sets it again, leaving the probe for the soft users.
 *
 *	sm_ref	user	ENABLED	SOFT_DISABLED	enable file
 *	0	off	0	0		0
 *	0	on	1	0		1
 *	>0	off	1	1		0*
 *	>0	on	1	0		1*
 */
static int file_enable(struct trace_event_file *file, bool soft)
{
	int ret;

	if (soft) {
		if (atomic_inc_return(&file->sm_ref) > 1)
			return 0;
		file_set(file, EVENT_FILE_FL_SOFT_MODE);
	} else {
		file_clear(file, EVENT_FILE_FL_SOFT_DISABLED);
	}
	if (file->flags & EVENT_FILE_FL_ENABLED)
		return 0;
	/* Going to soft mode on an event the user has off: keep it quiet. */
	if (soft)
		file_set(file, EVENT_FILE_FL_SOFT_DISABLED);
	ret = file_attach(file);
	if (ret && soft) {
		atomic_dec(&file->sm_ref);
		file_clear(file, EVENT_FILE_FL_SOFT_MODE |
				 EVENT_FILE_FL_SOFT_DISABLED);
	}
	return ret;
}

static void file_disable(struct trace_event_file *file, bool soft)
{
	bool detach;

	if (soft) {
		if (WARN_ON_ONCE(atomic_read(&file->sm_ref) <= 0) ||
		    atomic_dec_return(&file->sm_ref) > 0)
			return;
		/* The last soft user: detach unless the user has it on. */
		detach = file->flags & EVENT_FILE_FL_SOFT_DISABLED;
		file_clear(file, EVENT_FILE_FL_SOFT_MODE);
	} else {
		detach = !(file->flags & EVENT_FILE_FL_SOFT_MODE);
	}
	if (detach && (file->flags & EVENT_FILE_FL_ENABLED))
		file_detach(file);
	if (file->flags & EVENT_FILE_FL_SOFT_MODE)
		file_set(file, EVENT_FILE_FL_SOFT_DISABLED);
	else
		file_clear(file, EVENT_FILE_FL_SOFT_DISABLED);
}

int trace_event_enable_disable(struct trace_event_file *file, int enable,
			       int soft)
{
	lockdep_assert_held(&event_mutex);
	if (enable)
		return file_enable(file, soft);
	file_disable(file, soft);
	return 0;
}

/* ---- lookups ---- */

struct trace_event_file *trace_find_event_file(struct trace_array *tr,
					       struct trace_event_call *call)
{
	struct trace_event_file *file;

	lockdep_assert_held(&event_mutex);
	if (!tr->ev)
		return NULL;
	for_each_instance_event_file(tr, file)
		if (file->event_call == call)
			return file;
	return NULL;
}

struct trace_event_file *trace_lookup_event_file(struct trace_array *tr,
						 const char *system,
						 const char *event)
{
	struct trace_event_file *file;
	struct trace_event_call *call;

	lockdep_assert_held(&event_mutex);
	if (!tr->ev)
		return NULL;
	for_each_instance_event_file(tr, file) {
		call = file->event_call;
		if (!strcmp(trace_event_name(call), event) &&
		    !strcmp(trace_event_system(call), system))
			return file;
	}
	return NULL;
}

/* ---- boot ---- */

static __init int trace_events_core_init(void)
{
	struct trace_event_call **iter;
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(common_fields); i++)
		list_add(&common_fields[i].link, &common_field_list);

	scoped_guard(mutex, &event_mutex) {
		for (iter = __start_ftrace_events; iter < __stop_ftrace_events;
		     iter++) {
			ret = event_add(*iter, __start_ftrace_eval_maps,
					__stop_ftrace_eval_maps -
					__start_ftrace_eval_maps);
			if (ret && ret != -ENOSYS)
				pr_warn("tracing: no event %s (%d)\n",
					trace_event_name(*iter), ret);
			cond_resched();
		}
	}
	ret = trace_ftrace_events_init();
	if (ret)
		pr_warn("tracing: no events/ftrace (%d)\n", ret);
	return events_module_init();
}
core_initcall(trace_events_core_init);
