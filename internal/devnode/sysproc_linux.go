//go:build linux

package devnode

import "syscall"

// sysProcAttr makes the kernel kill geth if the test binary dies without
// calling Stop (a test timeout panics, for example), so no orphaned geth
// keeps running on a shared machine.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
