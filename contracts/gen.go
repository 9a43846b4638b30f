package contracts

//go:generate bash ./generate.sh
