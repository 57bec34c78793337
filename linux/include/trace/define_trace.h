/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Included as the last line of every event header. With CREATE_TRACE_POINTS
 * defined, this is where the TRACE_EVENT expansion passes run, once per
 * event header, in the one .c file that instantiates it.
 *
 * State of this tree: tracepoints are inert (see linux/tracepoint.h), so
 * there is nothing to instantiate yet. Only the per-header settings are
 * cleared, so that the next event header in the same file starts clean.
 * No include guard: this file is meant to be read many times.
 */
#undef TRACE_INCLUDE_FILE
#undef TRACE_INCLUDE_PATH
