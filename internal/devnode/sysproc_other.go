//go:build !linux

package devnode

import "syscall"

// sysProcAttr has no portable way to tie geth's lifetime to ours outside
// Linux; Stop remains the way to end it.
func sysProcAttr() *syscall.SysProcAttr { return nil }
