// SPDX-License-Identifier: GPL-2.0
/*
 * Event filters: from an expression to a program. Runs when a filter is
 * written, in process context; see trace_events_filter.c for the whole
 * picture and trace_events_filter_eval.c for running the result.
 *
 * Grammar (blanks between tokens are free):
 *
 *	expr	:= and ( "||" and )*
 *	and	:= unary ( "&&" unary )*
 *	unary	:= "!" unary | "(" expr ")" | pred
 *	pred	:= field [ ".function" | ".ustring" ] cmp value
 *	cmp	:= "==" | "!=" | "<" | "<=" | ">" | ">=" | "&" | "~"
 *	value	:= number | 'text' | "text" | CPUS{cpulist} | symbol
 *
 * Numbers are decimal, 0x hex or 0 octal, with a '-' for signed fields;
 * a symbol (or an address) only follows "field.function". What a
 * comparison may do depends on the field's kind: strings take == != ~,
 * integers take all but ~, cpumasks take == != & against CPUS{...}.
 *
 * PARSING is one left-to-right pass of operator precedence, without
 * recursion, so deep nesting costs heap and not kernel stack. Operands
 * (tree nodes) go on one stack and "(", "!", "&&", "||" on another; an
 * operator waits there until one that binds less tightly arrives, then
 * it is applied to the operands on top ("!" binds tightest, then "&&",
 * then "||"). Each predicate becomes a leaf, numbered in the order it
 * appears; "!" just flips a bit in the node it applies to.
 *
 * CODE GENERATION turns the tree into short-circuit jumps, one
 * instruction per leaf, instruction i being leaf i. Every node is given
 * two targets, where to go if it is true (T) and if it is false (F);
 * the root gets KEEP and DROP. Then, top-down:
 *
 *	leaf:		test it; true -> T, false -> F
 *	!node:		the node with T and F swapped
 *	a && b:		a gets (first leaf of b, F), b gets (T, F)
 *	a || b:		a gets (T, first leaf of b), b gets (T, F)
 *
 * For "a && !(b || c)" that gives:
 *
 *	0: a	true -> 1	false -> DROP
 *	1: b	true -> DROP	false -> 2
 *	2: c	true -> DROP	false -> KEEP
 *
 * A target is always a later leaf or an answer, so a run is at most one
 * test per leaf, and "!" costs nothing at run time.
 *
 * ERROR POSITIONS follow upstream's byte for byte, since scripts check
 * them (the caret under the expression in the filter file and in
 * error_log). They are not "the bad token": most point one byte past a
 * landmark. With N the end of a predicate's field name, O the offset
 * where its comparison should start, V that of its value, E the end of
 * the value and L the length of the text:
 *
 *	unbalanced ")"			its offset
 *	unbalanced "("			offset of the last unclosed one
 *	unterminated quote		offset of that quote
 *	Field not found			N + 1
 *	Invalid operator		O + 1 (V + 1 after .function)
 *	type/operation checks		V + 1
 *	Illegal integer value		V + 1
 *	too long, bad number/symbol	E + 1 (E: the closing quote or '}')
 *	CPUS without "{"		V + 6
 *	CPUS{ without "}"		L + 1
 *	junk after a predicate		its offset
 *	nothing after "&&" or "||"	L
 *	only "!"s			L
 *
 * Brackets and quotes are checked over the whole text before anything
 * else, as upstream does, so they win over errors left of them. An
 * operand that cannot start a field name, or a text without any, gets
 * upstream's errno-style report (FERR_ERRNO) and no caret.
 */
#include <linux/bitops.h>
#include <linux/ctype.h>
#include <linux/kallsyms.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "trace_event_internal.h"
#include "trace_events_filter.h"

#define FILTER_ERR_TEXT(code, text)	[FERR_##code] = text,
const char * const filter_err_text[] = { FILTER_ERRORS(FILTER_ERR_TEXT) };
#undef FILTER_ERR_TEXT

#define FIELD_NAME_MAX	64	/* longer names cannot be fields */
#define NUMBER_MAX	24	/* "-0xfeedfacedeadbeef" fits */

/* The comparisons as written; each maps to an fpred_op and an invert. */
enum filter_cmp {
	CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_BAND, CMP_GLOB,
};

/* Longer tokens first: "<=" must be tried before "<". */
static const struct {
	const char	*tok;
	u8		cmp;
} filter_cmps[] = {
	{ "==", CMP_EQ },  { "!=", CMP_NE },  { "<=", CMP_LE },
	{ "<",  CMP_LT },  { ">=", CMP_GE },  { ">",  CMP_GT },
	{ "&",  CMP_BAND }, { "~", CMP_GLOB },
};

/* The fpred_op and invert bit that implement each comparison. */
static const struct {
	u8	op;
	u8	invert;
} filter_cmp_impl[] = {
	[CMP_EQ]   = { FPOP_EQ, 0 },	[CMP_NE] = { FPOP_EQ, 1 },
	[CMP_LT]   = { FPOP_LT, 0 },	[CMP_LE] = { FPOP_GT, 1 },
	[CMP_GT]   = { FPOP_GT, 0 },	[CMP_GE] = { FPOP_LT, 1 },
	[CMP_BAND] = { FPOP_BAND, 0 },
};

/* Names that are no field of any record but mean something everywhere. */
static const struct {
	const char	*name;
	int		kind;		/* enum trace_field_kind */
} filter_pseudo_fields[] = {
	{ "CPU", FILTER_CPU }, { "cpu", FILTER_CPU }, { "common_cpu", FILTER_CPU },
	{ "COMM", FILTER_COMM }, { "comm", FILTER_COMM },
};

/* A field as the parser needs it. */
struct ffield {
	int		kind;		/* enum trace_field_kind */
	int		offset;
	int		size;
	bool		is_signed;
	bool		rel;		/* __rel_loc: offset from the field's end */
	const char	*type;
};

enum fnode_type { FNODE_PRED, FNODE_AND, FNODE_OR };

/* A node of the expression tree. */
struct fnode {
	u8		type;		/* enum fnode_type */
	u8		invert;		/* under an odd number of "!" */
	int		left, right;	/* FNODE_AND, FNODE_OR */
	int		first;		/* number of the leftmost leaf below */
};

/* Operators waiting to be applied, weakest first (see the top). */
enum ftok { FTOK_OPEN, FTOK_OR, FTOK_AND, FTOK_NOT };

struct fop_slot {
	u8		tok;		/* enum ftok */
	unsigned int	pos;		/* for "Too many '('" */
};

/* One compile. Arrays grow as needed; all are freed at the end. */
struct fparse {
	struct trace_event_call	*call;
	const char		*s;
	unsigned int		pos;		/* cursor in @s */
	struct filter_error	*err;

	struct filter_pred	*preds;		/* leaf i tests preds[i] */
	unsigned int		npreds, preds_cap;
	struct fnode		*nodes;
	unsigned int		nnodes, nodes_cap;
	struct fop_slot		*ops;		/* operator stack */
	unsigned int		nops, ops_cap;
	int			*vals;		/* operand stack (node numbers) */
	unsigned int		nvals, vals_cap;
};

static int fail(struct fparse *p, enum filter_err code, unsigned int pos)
{
	p->err->code = code;
	p->err->pos = pos;
	return -EINVAL;
}

/*
 * Brackets and quotes over the whole text, skipping quoted parts: the
 * first ")" without a "(", else a quote left open, else the last "("
 * left open. Also fails a text of nothing but blanks and brackets.
 */
static int check_balance(struct fparse *p)
{
	const char *s = p->s;
	unsigned int i, depth = 0, quote_at = 0, need;
	bool operand = false;
	char quote = 0;

	for (i = 0; s[i]; i++) {
		if (quote) {
			if (s[i] == quote)
				quote = 0;
			continue;
		}
		if (s[i] == '(') {
			depth++;
		} else if (s[i] == ')') {
			if (!depth)
				return fail(p, FERR_TOO_MANY_CLOSE, i);
			depth--;
		} else if (!isspace(s[i])) {
			operand = true;
			if (s[i] == '"' || s[i] == '\'') {
				quote = s[i];
				quote_at = i;
			}
		}
	}
	if (quote)
		return fail(p, FERR_MISSING_QUOTE, quote_at);
	if (depth) {
		/* Walk back to the "(" that no later ")" closes. */
		need = 0;
		while (i) {
			i--;
			if (quote) {
				if (s[i] == quote)
					quote = 0;
			} else if (s[i] == '"' || s[i] == '\'') {
				quote = s[i];
			} else if (s[i] == ')') {
				need++;
			} else if (s[i] == '(') {
				if (!need)
					break;
				need--;
			}
		}
		return fail(p, FERR_TOO_MANY_OPEN, i);	/* 0 if none found */
	}
	if (!operand)
		return fail(p, FERR_ERRNO, 0);
	return 0;
}

/* Make room for @need elements in *@arr (capacity *@cap). */
static int grow(void *arr, unsigned int *cap, unsigned int need, size_t elem)
{
	void **ap = arr;
	unsigned int ncap;
	void *n;

	if (need <= *cap)
		return 0;
	ncap = max(need, *cap ? *cap * 2 : 8U);
	n = krealloc_array(*ap, ncap, elem, GFP_KERNEL);
	if (!n)
		return -ENOMEM;
	*ap = n;
	*cap = ncap;
	return 0;
}

static unsigned int skip_blanks(const char *s, unsigned int pos)
{
	while (isspace(s[pos]))
		pos++;
	return pos;
}

static bool is_string_kind(int kind)
{
	switch (kind) {
	case FILTER_STATIC_STRING:
	case FILTER_DYN_STRING:
	case FILTER_RDYN_STRING:
	case FILTER_PTR_STRING:
	case FILTER_COMM:
		return true;
	}
	return false;
}

static bool is_int_size(int size)
{
	return size == 1 || size == 2 || size == 4 || size == 8;
}

/*
 * The kind of a field described only by its C type (fields added at run
 * time may come as FILTER_OTHER): strings and cpumasks are recognised by
 * the way format files spell them.
 */
static int kind_from_type(const char *type)
{
	if (strstr(type, "__data_loc")) {
		if (strstr(type, "char"))
			return FILTER_DYN_STRING;
		if (strstr(type, "cpumask"))
			return FILTER_CPUMASK;
	}
	if (strstr(type, "__rel_loc")) {
		if (strstr(type, "char"))
			return FILTER_RDYN_STRING;
		if (strstr(type, "cpumask"))
			return FILTER_CPUMASK;
	}
	if (strchr(type, '[') && strstr(type, "char"))
		return FILTER_STATIC_STRING;
	if (!strcmp(type, "char *") || !strcmp(type, "const char *"))
		return FILTER_PTR_STRING;
	return FILTER_OTHER;
}

/* Look @name up: the event's fields, common_*, then the pseudo fields. */
static bool find_field(struct trace_event_call *call, const char *name,
		       struct ffield *f)
{
	struct trace_event_field *field;
	int i;

	field = trace_find_event_field(call, name);
	if (field) {
		f->kind = field->filter_type;
		if (f->kind == FILTER_OTHER)
			f->kind = kind_from_type(field->type);
		f->rel = strstr(field->type, "__rel_loc");
		if (f->rel && f->kind == FILTER_DYN_STRING)
			f->kind = FILTER_RDYN_STRING;
		f->offset = field->offset;
		f->size = field->size;
		f->is_signed = field->is_signed;
		f->type = field->type;
		return true;
	}
	for (i = 0; i < ARRAY_SIZE(filter_pseudo_fields); i++) {
		if (strcmp(name, filter_pseudo_fields[i].name))
			continue;
		f->kind = filter_pseudo_fields[i].kind;
		f->offset = 0;
		f->size = f->kind == FILTER_CPU ? sizeof(int) : TASK_COMM_LEN;
		f->is_signed = f->kind == FILTER_CPU;
		f->rel = false;
		f->type = f->kind == FILTER_CPU ? "int" : "char *";
		return true;
	}
	return false;
}

/* An integer constant as the field would hold it (C conversion rules). */
static u64 fit_to_size(u64 v, int size, bool is_signed)
{
	if (size >= 8)
		return v;
	if (is_signed)
		return (u64)sign_extend64(v, size * 8 - 1);
	return v & GENMASK_ULL(size * 8 - 1, 0);
}

static void set_cmp(struct filter_pred *pred, enum filter_cmp cmp)
{
	pred->op = filter_cmp_impl[cmp].op;
	pred->invert = filter_cmp_impl[cmp].invert;
}

/* "field cmp 123": integers, and the CPU pseudo field. */
static int parse_number(struct fparse *p, const struct ffield *f,
			enum filter_cmp cmp, struct filter_pred *pred)
{
	const char *s = p->s;
	unsigned int start = p->pos, end = start;
	bool is_signed = f->is_signed || f->kind == FILTER_CPU;
	char buf[NUMBER_MAX];
	u64 v;
	int ret;

	if (is_string_kind(f->kind))
		return fail(p, FERR_EXPECT_STRING, start + 1);
	if (cmp == CMP_GLOB || f->kind == FILTER_CPUMASK ||
	    f->kind == FILTER_STACKTRACE ||
	    (f->kind != FILTER_CPU && !is_int_size(f->size)))
		return fail(p, FERR_ILLEGAL_FIELD_OP, start + 1);

	if (s[end] == '-')
		end++;
	while (isalnum(s[end]))
		end++;
	if (end - start >= NUMBER_MAX)
		return fail(p, FERR_OPERAND_TOO_LONG, end + 1);
	memcpy(buf, s + start, end - start);
	buf[end - start] = '\0';
	if (is_signed)
		ret = kstrtoll(buf, 0, (s64 *)&v);
	else
		ret = kstrtoull(buf, 0, &v);
	if (ret)
		return fail(p, FERR_ILLEGAL_INTVAL, start + 1);

	if (f->kind == FILTER_CPU) {
		pred->kind = FPRED_CPU;
		pred->size = sizeof(int);
	} else {
		pred->kind = is_signed ? FPRED_SINT : FPRED_UINT;
		pred->size = f->size;
		pred->offset = f->offset;
	}
	pred->val = fit_to_size(v, pred->size, is_signed);
	set_cmp(pred, cmp);
	p->pos = end;
	return 0;
}

/*
 * The match style of a "~" pattern (already in @pred->pattern). A
 * leading '!' negates it. Stars only at the ends become a prefix, suffix
 * or substring test on the pattern without them; any other wildcard
 * leaves a full glob.
 */
static void classify_pattern(struct filter_pred *pred)
{
	char *pat = pred->pattern;
	size_t len = strlen(pat), blen;
	bool lead, trail;

	if (pat[0] == '!') {
		pred->invert = 1;
		memmove(pat, pat + 1, len--);
	}
	lead = len && pat[0] == '*';
	trail = len > lead && pat[len - 1] == '*';
	blen = len - lead - trail;
	if (strpbrk(pat, "?[\\") ||
	    memchr(pat + lead, '*', blen)) {
		pred->op = FMATCH_GLOB;
		pred->plen = len;
		return;
	}
	memmove(pat, pat + lead, blen);
	pat[blen] = '\0';
	pred->plen = blen;
	if (lead && trail)
		pred->op = FMATCH_SUBSTR;
	else if (lead)
		pred->op = FMATCH_SUFFIX;
	else if (trail)
		pred->op = FMATCH_PREFIX;
	else
		pred->op = FMATCH_EXACT;
}

/* The predicate kind reading a string field of kind @kind. */
static int string_pred_kind(const struct ffield *f, bool ustring)
{
	switch (f->kind) {
	case FILTER_STATIC_STRING:
		return FPRED_STR;
	case FILTER_DYN_STRING:
		return FPRED_STR_LOC;
	case FILTER_RDYN_STRING:
		return FPRED_STR_RLOC;
	case FILTER_PTR_STRING:
		return ustring ? FPRED_STR_USER : FPRED_STR_PTR;
	case FILTER_COMM:
		return FPRED_COMM;
	case FILTER_OTHER:
		/* A user pointer that format files show as a number. */
		if (ustring && f->size == sizeof(long) && strchr(f->type, '*'))
			return FPRED_STR_USER;
		break;
	}
	return -1;
}

/* "field cmp 'text'" */
static int parse_string(struct fparse *p, const struct ffield *f,
			enum filter_cmp cmp, bool ustring,
			struct filter_pred *pred)
{
	const char *s = p->s;
	unsigned int start = p->pos;
	const char *end;
	size_t len;
	int kind;

	if (cmp != CMP_EQ && cmp != CMP_NE && cmp != CMP_GLOB)
		return fail(p, FERR_ILLEGAL_FIELD_OP, start + 1);
	kind = string_pred_kind(f, ustring);
	if (kind < 0)
		return fail(p, FERR_EXPECT_DIGIT, start + 1);

	end = strchr(s + start + 1, s[start]);
	if (!end)	/* check_balance() has seen to it; be safe */
		return fail(p, FERR_MISSING_QUOTE, strlen(s) + 1);
	len = end - (s + start + 1);
	if (len >= MAX_FILTER_STR_VAL)
		return fail(p, FERR_OPERAND_TOO_LONG, end - s + 1);
	if ((kind == FPRED_STR_PTR || kind == FPRED_STR_USER) &&
	    filter_strbuf_init())
		return -ENOMEM;

	pred->pattern = kmemdup_nul(s + start + 1, len, GFP_KERNEL);
	if (!pred->pattern)
		return -ENOMEM;
	pred->kind = kind;
	pred->offset = f->offset;
	pred->size = f->size;
	if (cmp == CMP_GLOB) {
		classify_pattern(pred);
	} else {
		pred->op = FMATCH_EXACT;
		pred->plen = len;
		pred->invert = cmp == CMP_NE;
	}
	p->pos = end - s + 1;
	return 0;
}

/* "field cmp CPUS{list}": cpumask fields, CPU numbers and CPU. */
static int parse_cpus(struct fparse *p, const struct ffield *f,
		      enum filter_cmp cmp, struct filter_pred *pred)
{
	const char *s = p->s;
	unsigned int open = p->pos + strlen("CPUS");
	const char *close;
	char *list;
	int ret;

	if (f->kind == FILTER_CPUMASK)
		pred->kind = f->rel ? FPRED_MASK_RLOC : FPRED_MASK_LOC;
	else if (f->kind == FILTER_CPU)
		pred->kind = FPRED_CPU_IN_MASK;
	else if ((f->kind == FILTER_OTHER || f->kind == FILTER_TRACE_FN) &&
		 is_int_size(f->size))
		pred->kind = FPRED_INT_IN_MASK;
	else
		return fail(p, FERR_ILLEGAL_FIELD_OP, p->pos + 1);
	if (cmp != CMP_EQ && cmp != CMP_NE && cmp != CMP_BAND)
		return fail(p, FERR_ILLEGAL_FIELD_OP, p->pos + 1);

	if (s[open] != '{')
		return fail(p, FERR_MISSING_BRACE_OPEN, open + 2);
	close = strchr(s + open, '}');
	if (!close)
		return fail(p, FERR_MISSING_BRACE_CLOSE, strlen(s) + 1);
	if (close == s + open + 1)
		return fail(p, FERR_INVALID_CPULIST, close - s + 1);

	list = kmemdup_nul(s + open + 1, close - (s + open + 1), GFP_KERNEL);
	pred->mask = kzalloc(cpumask_size(), GFP_KERNEL);
	if (!list || !pred->mask) {
		kfree(list);
		return -ENOMEM;
	}
	ret = cpulist_parse(list, pred->mask);
	kfree(list);
	if (ret)
		return fail(p, FERR_INVALID_CPULIST, close - s + 1);

	pred->single = cpumask_weight(pred->mask) == 1;
	pred->offset = f->offset;
	pred->size = f->size;
	set_cmp(pred, cmp);
	p->pos = close - s + 1;
	return 0;
}

/* "field.function cmp symbol" or "... cmp 0xaddress". */
static int parse_function(struct fparse *p, const struct ffield *f,
			  enum filter_cmp cmp, struct filter_pred *pred)
{
	const char *s = p->s;
	unsigned int start = p->pos, end = start, word;
	unsigned long addr, size, offset;
	char name[KSYM_NAME_LEN];

	if (is_string_kind(f->kind) || f->size != sizeof(long))
		return fail(p, FERR_ILLEGAL_FIELD_OP, start + 1);
	if (cmp != CMP_EQ && cmp != CMP_NE)
		return fail(p, FERR_INVALID_OP, start + 1);

	/* Upstream: a bad symbol is marked past its last non-blank byte. */
	word = start;
	while (s[word] && !isspace(s[word]))
		word++;
	if (isdigit(s[start])) {
		while (isalnum(s[end]))
			end++;
		if (end - start >= NUMBER_MAX)
			return fail(p, FERR_OPERAND_TOO_LONG, end + 1);
		memcpy(name, s + start, end - start);
		name[end - start] = '\0';
		if (kstrtoul(name, 0, &addr))
			return fail(p, FERR_INVALID_VALUE, end + 1);
		word = end;
	} else {
		while (isalnum(s[end]) || s[end] == '_' || s[end] == '.' ||
		       s[end] == '$')
			end++;
		if (end == start || end - start >= KSYM_NAME_LEN)
			return fail(p, FERR_NO_FUNCTION, word + 1);
		memcpy(name, s + start, end - start);
		name[end - start] = '\0';
		addr = kallsyms_lookup_name(name);
		if (!addr)
			return fail(p, FERR_NO_FUNCTION, word + 1);
	}
	if (!kallsyms_lookup_size_offset(addr, &size, &offset))
		return fail(p, FERR_NO_FUNCTION, word + 1);

	pred->kind = FPRED_FUNC;
	pred->offset = f->offset;
	pred->size = f->size;
	pred->val = addr - offset;
	pred->val2 = addr - offset + size;
	set_cmp(pred, cmp);
	p->pos = end;
	return 0;
}

static void pred_release(struct filter_pred *pred)
{
	switch (pred->kind) {
	case FPRED_STR ... FPRED_COMM:
		kfree(pred->pattern);
		break;
	case FPRED_MASK_LOC ... FPRED_CPU_IN_MASK:
		kfree(pred->mask);
		break;
	}
	pred->pattern = NULL;
}

static int push_val(struct fparse *p, int node)
{
	if (grow(&p->vals, &p->vals_cap, p->nvals + 1, sizeof(*p->vals)))
		return -ENOMEM;
	p->vals[p->nvals++] = node;
	return 0;
}

static int new_node(struct fparse *p, u8 type, int left, int right,
		    int first)
{
	struct fnode *nd;

	if (grow(&p->nodes, &p->nodes_cap, p->nnodes + 1, sizeof(*p->nodes)))
		return -ENOMEM;
	nd = &p->nodes[p->nnodes];
	nd->type = type;
	nd->invert = 0;
	nd->left = left;
	nd->right = right;
	nd->first = first;
	return p->nnodes++;
}

/* Take over @pred as the next leaf and push it as an operand. */
static int add_leaf(struct fparse *p, struct filter_pred *pred,
		    unsigned int pos)
{
	int node;

	if (p->npreds >= FILTER_NEXT_MAX) {
		pred_release(pred);
		return fail(p, FERR_TOO_MANY_PREDS, pos);
	}
	if (grow(&p->preds, &p->preds_cap, p->npreds + 1, sizeof(*p->preds))) {
		pred_release(pred);
		return -ENOMEM;
	}
	p->preds[p->npreds] = *pred;
	node = new_node(p, FNODE_PRED, -1, -1, p->npreds++);
	return node < 0 ? node : push_val(p, node);
}

/* One "field cmp value" at p->pos. */
static int parse_pred(struct fparse *p)
{
	const char *s = p->s;
	unsigned int start = p->pos, pos = start;
	struct filter_pred pred = {};
	bool function = false, ustring = false;
	char name[FIELD_NAME_MAX];
	struct ffield f;
	int cmp = -1, i, ret;

	while (isalnum(s[pos]) || s[pos] == '_')
		pos++;
	if (pos - start >= FIELD_NAME_MAX)
		return fail(p, FERR_FIELD_NOT_FOUND, pos + 1);
	memcpy(name, s + start, pos - start);
	name[pos - start] = '\0';
	if (!find_field(p->call, name, &f))
		return fail(p, FERR_FIELD_NOT_FOUND, pos + 1);

	if (str_has_prefix(s + pos, ".function")) {
		function = true;
		pos += strlen(".function");
	} else if (str_has_prefix(s + pos, ".ustring")) {
		ustring = true;
		pos += strlen(".ustring");
	}

	pos = skip_blanks(s, pos);
	for (i = 0; i < ARRAY_SIZE(filter_cmps); i++) {
		if (str_has_prefix(s + pos, filter_cmps[i].tok)) {
			cmp = filter_cmps[i].cmp;
			break;
		}
	}
	if (cmp < 0)
		return fail(p, FERR_INVALID_OP, pos + 1);
	p->pos = skip_blanks(s, pos + strlen(filter_cmps[i].tok));
	pos = p->pos;

	if (function)
		ret = parse_function(p, &f, cmp, &pred);
	else if (str_has_prefix(s + pos, "CPUS"))
		ret = parse_cpus(p, &f, cmp, &pred);
	else if (s[pos] == '"' || s[pos] == '\'')
		ret = parse_string(p, &f, cmp, ustring, &pred);
	else if (isdigit(s[pos]) || s[pos] == '-')
		ret = parse_number(p, &f, cmp, &pred);
	else
		ret = fail(p, FERR_INVALID_VALUE, pos + 1);
	if (ret) {
		pred_release(&pred);
		return ret;
	}
	return add_leaf(p, &pred, start);
}

static int push_op(struct fparse *p, enum ftok tok, unsigned int pos)
{
	if (grow(&p->ops, &p->ops_cap, p->nops + 1, sizeof(*p->ops)))
		return -ENOMEM;
	p->ops[p->nops].tok = tok;
	p->ops[p->nops].pos = pos;
	p->nops++;
	return 0;
}

/* Apply the operator on top of the stack to the operands on top. */
static int reduce(struct fparse *p)
{
	u8 tok = p->ops[--p->nops].tok;
	int left, right, node;

	if (tok == FTOK_NOT) {
		p->nodes[p->vals[p->nvals - 1]].invert ^= 1;
		return 0;
	}
	right = p->vals[--p->nvals];
	left = p->vals[--p->nvals];
	node = new_node(p, tok == FTOK_AND ? FNODE_AND : FNODE_OR, left,
			right, p->nodes[left].first);
	return node < 0 ? node : push_val(p, node);
}

/* Apply every waiting operator that binds at least as tightly as @tok. */
static int reduce_down_to(struct fparse *p, enum ftok tok)
{
	int ret;

	while (p->nops && p->ops[p->nops - 1].tok >= tok) {
		ret = reduce(p);
		if (ret)
			return ret;
	}
	return 0;
}

/*
 * After an operand: "&&" or "||" (then another operand is due), ")"
 * (an operand again, the group), or the end (@done).
 */
static int parse_after_operand(struct fparse *p, bool *want_operand,
			       bool *done)
{
	const char *s = p->s;
	unsigned int pos = p->pos;
	int ret;

	if ((s[pos] == '&' || s[pos] == '|') && s[pos + 1] == s[pos]) {
		enum ftok tok = s[pos] == '&' ? FTOK_AND : FTOK_OR;

		ret = reduce_down_to(p, tok);
		if (!ret)
			ret = push_op(p, tok, pos);
		p->pos = pos + 2;
		*want_operand = true;
		return ret;
	}
	if (s[pos] == ')') {
		ret = reduce_down_to(p, FTOK_OR);
		if (ret)
			return ret;
		if (!p->nops)	/* check_balance() has seen to it */
			return fail(p, FERR_TOO_MANY_CLOSE, pos + 1);
		p->nops--;		/* the matching "(" */
		p->pos = pos + 1;
		return 0;
	}
	if (s[pos])
		return fail(p, FERR_TOO_MANY_PREDS, pos);

	ret = reduce_down_to(p, FTOK_OR);
	if (ret)
		return ret;
	if (p->nops)	/* check_balance() has seen to it */
		return fail(p, FERR_TOO_MANY_OPEN, pos + 1);
	*done = true;
	return 0;
}

/* The whole expression into p->preds and a tree rooted at p->vals[0]. */
static int parse_expr(struct fparse *p)
{
	const char *s = p->s;
	bool want_operand = true, done = false;
	int ret = 0;

	while (!done && !ret) {
		unsigned int pos = skip_blanks(s, p->pos);
		char c = s[pos];

		p->pos = pos;
		if (!want_operand) {
			ret = parse_after_operand(p, &want_operand, &done);
			continue;
		}
		if (c == '(' ||
		    (c == '!' && s[pos + 1] != '=' && s[pos + 1] != '~')) {
			ret = push_op(p, c == '!' ? FTOK_NOT : FTOK_OPEN, pos);
			p->pos = pos + 1;
		} else if (isalnum(c) || c == '_') {
			ret = parse_pred(p);
			want_operand = false;
		} else if (!c) {
			ret = fail(p, p->npreds ? FERR_INVALID_FILTER :
				   FERR_NO_FILTER, pos);
		} else {
			/* Upstream has no message for this one. */
			ret = fail(p, FERR_ERRNO, 0);
		}
	}
	return ret;
}

/* The tree as jumps (see the top of this file). */
static int emit_program(struct fparse *p, struct filter_prog **progp)
{
	unsigned int n = p->npreds, top = 0, i;
	struct filter_prog *prog;
	struct {
		int	node;
		u16	t, f;
	} *work;

	prog = kzalloc(struct_size(prog, insn, n), GFP_KERNEL);
	work = kmalloc_array(p->nnodes, sizeof(*work), GFP_KERNEL);
	if (!prog || !work) {
		kfree(prog);
		kfree(work);
		return -ENOMEM;
	}
	prog->len = n;

	if (WARN_ON_ONCE(p->nvals != 1 || !n)) {
		kfree(prog);
		kfree(work);
		return -EINVAL;
	}
	work[top].node = p->vals[0];
	work[top].t = n;		/* keep */
	work[top++].f = n + 1;		/* drop */
	while (top) {
		struct fnode *nd = &p->nodes[work[--top].node];
		u16 t = work[top].t, f = work[top].f, mid;

		if (nd->invert)
			swap(t, f);
		if (nd->type == FNODE_PRED) {
			prog->insn[nd->first].pred = p->preds[nd->first];
			prog->insn[nd->first].next[1] = t;
			prog->insn[nd->first].next[0] = f;
			continue;
		}
		mid = p->nodes[nd->right].first;
		work[top].node = nd->right;
		work[top].t = t;
		work[top++].f = f;
		work[top].node = nd->left;
		work[top].t = nd->type == FNODE_AND ? mid : t;
		work[top++].f = nd->type == FNODE_AND ? f : mid;
	}
	kfree(work);

	/* Every leaf placed once, every jump forward: runs terminate. */
	for (i = 0; i < n; i++) {
		if (WARN_ON_ONCE(prog->insn[i].next[0] <= i ||
				 prog->insn[i].next[1] <= i)) {
			kfree(prog);
			return -EINVAL;
		}
	}
	*progp = prog;
	return 0;
}

void filter_prog_free(struct filter_prog *prog)
{
	unsigned int i;

	if (!prog)
		return;
	for (i = 0; i < prog->len; i++)
		pred_release(&prog->insn[i].pred);
	kfree(prog);
}

int filter_compile(struct trace_event_call *call, const char *expr,
		   struct filter_prog **progp, struct filter_error *err)
{
	struct fparse p = { .call = call, .s = expr, .err = err };
	unsigned int i;
	int ret;

	err->code = FERR_NONE;
	err->pos = 0;
	ret = check_balance(&p);
	if (!ret)
		ret = parse_expr(&p);
	if (!ret)
		ret = emit_program(&p, progp);
	if (ret) {
		/* The program did not take the leaves' allocations over. */
		for (i = 0; i < p.npreds; i++)
			pred_release(&p.preds[i]);
	}
	kfree(p.preds);
	kfree(p.nodes);
	kfree(p.ops);
	kfree(p.vals);
	return ret;
}
