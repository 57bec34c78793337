/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Architecture hooks for the ring buffer (x86 lists this header as
 * generic-y). The generic defaults need nothing here.
 */
#ifndef _ASM_GENERIC_RING_BUFFER_H
#define _ASM_GENERIC_RING_BUFFER_H
#endif
