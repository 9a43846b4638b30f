// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DACommitteeMetaData contains all meta data concerning the DACommittee contract.
var DACommitteeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"threshold_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"memberBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"slashRewardPercent_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"AttestationHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"AttestationsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"member\",\"type\":\"uint32\"}],\"name\":\"BadAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CertificateMalformed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyEndpoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFaultContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"TooFewAttestations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"member\",\"type\":\"uint32\"}],\"name\":\"UnknownMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"faultContracts\",\"type\":\"address[]\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"name\":\"MemberExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"MemberRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"faultContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"MemberSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MemberWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"endpoints\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"out\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"faultContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"indexOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"faultContracts_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isFaultContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"memberAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"memberInfo\",\"outputs\":[{\"internalType\":\"enumDACommittee.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"membersByIndex\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"n\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardPercent\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DACommittee",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516124f93803806124f983398101604081905261002f916102b4565b63ffffffff8616158061004957506101008663ffffffff16115b80610058575063ffffffff8516155b8061006e57508563ffffffff168563ffffffff16115b8061008457508463ffffffff168463ffffffff16105b8061009a57508563ffffffff168463ffffffff16115b806100a3575082155b806100b557506001600160401b038216155b806100c3575060648160ff16115b156100e157604051630e52390960e41b815260040160405180910390fd5b63ffffffff808716608081905286821660a05290851660c05260e08490526001600160401b038084166101005260ff831661012052336101405281111561012a5761012a610335565b604051908082528060200260200182016040528015610153578160200160208202803683370190505b50805161016891600191602090910190610225565b504661016052610215604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fef695bcf8984d8bfcc4817301abf4ec97c669aad652efa6e465fefea0f0caec4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6101805250610349945050505050565b828054828255905f5260205f20908101928215610278579160200282015b8281111561027857825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610243565b50610284929150610288565b5090565b5b80821115610284575f8155600101610289565b805163ffffffff811681146102af575f5ffd5b919050565b5f5f5f5f5f5f60c087890312156102c9575f5ffd5b6102d28761029c565b95506102e06020880161029c565b94506102ee6040880161029c565b6060880151608089015191955093506001600160401b0381168114610311575f5ffd5b60a088015190925060ff81168114610327575f5ffd5b809150509295509295509295565b634e487b7160e01b5f52604160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516121136103e65f395f61173501525f61166101525f81816105fc0152610c3401525f81816104d70152610b2501525f81816103ff01528181610822015261197a01525f818161034601528181611453015261148d01525f81816103b001528181611024015261106b01525f61051c01525f6102a801526121135ff3fe6080604052600436106101db575f3560e01c8063a313c371116100fd578063d89135cd11610092578063f698da2511610062578063f698da2514610688578063fd23048c1461069c578063fd33d916146106b0578063fd6aad25146106c4575f5ffd5b8063d89135cd1461061e578063e9fad8ee14610633578063f1556f6114610647578063f2c298be14610675575f5ffd5b8063bea6f1d3116100cd578063bea6f1d31461055d578063bf8d7be014610594578063d5d44d80146105c0578063d5f39488146105eb575f5ffd5b8063a313c37114610496578063a53b32b0146104c6578063b4f40c611461050b578063b7d1801c1461053e575f5ffd5b8063409a379f116101735780636cf6d675116101435780636cf6d675146103ee5780637aeccce914610439578063a224cee714610458578063a230c52414610477575f5ffd5b8063409a379f14610335578063426233601461036857806342cde4e81461039f5780634331ed1f146103d2575f5ffd5b80632e52d606116101ae5780632e52d606146102975780633a0ba7d8146102df5780633ccfd60b146103005780633e94325d14610314575f5ffd5b806307090c1f146101df5780631333db2e14610225578063158ef93e1461023b57806320606b7014610264575b5f5ffd5b3480156101ea575f5ffd5b506102127f7b9d92af833974d940929c2f40822c06e81fa59381b66869bd94b9db0de012c381565b6040519081526020015b60405180910390f35b348015610230575f5ffd5b506102396106e3565b005b348015610246575f5ffd5b506005546102549060ff1681565b604051901515815260200161021c565b34801561026f575f5ffd5b506102127f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b3480156102a2575f5ffd5b506102ca7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff909116815260200161021c565b3480156102ea575f5ffd5b506102f3610772565b60405161021c9190611a0c565b34801561030b575f5ffd5b506102396107d2565b34801561031f575f5ffd5b50610328610914565b60405161021c9190611a85565b348015610340575f5ffd5b506102127f000000000000000000000000000000000000000000000000000000000000000081565b348015610373575f5ffd5b50610212610382366004611b03565b6001600160a01b03165f9081526020819052604090206001015490565b3480156103aa575f5ffd5b506102ca7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103dd575f5ffd5b506002546102ca9063ffffffff1681565b3480156103f9575f5ffd5b506104217f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161021c565b348015610444575f5ffd5b50610212610453366004611b23565b610a95565b348015610463575f5ffd5b50610239610472366004611b54565b610c29565b348015610482575f5ffd5b50610254610491366004611b03565b610dcb565b3480156104a1575f5ffd5b506104b56104b0366004611b03565b610e01565b60405161021c959493929190611bd7565b3480156104d1575f5ffd5b506104f97f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161021c565b348015610516575f5ffd5b506102ca7f000000000000000000000000000000000000000000000000000000000000000081565b348015610549575f5ffd5b50610212610558366004611c4a565b610ef2565b348015610568575f5ffd5b5061057c610577366004611c7c565b610f9c565b6040516001600160a01b03909116815260200161021c565b34801561059f575f5ffd5b506105b36105ae366004611cd9565b610fe6565b60405161021c9190611d3b565b3480156105cb575f5ffd5b506102126105da366004611b03565b60066020525f908152604090205481565b3480156105f6575f5ffd5b5061057c7f000000000000000000000000000000000000000000000000000000000000000081565b348015610629575f5ffd5b5061021260075481565b34801561063e575f5ffd5b50610239611396565b348015610652575f5ffd5b50610254610661366004611b03565b60036020525f908152604090205460ff1681565b6102ca610683366004611d72565b6113e7565b348015610693575f5ffd5b5061021261165e565b3480156106a7575f5ffd5b506102f3611757565b3480156106bb575f5ffd5b50610212604581565b3480156106cf575f5ffd5b506102ca6106de366004611b03565b6117b5565b335f908152600660205260408120549081900361071a57604051636385746f60e01b81523360048201526024015b60405180910390fd5b335f8181526006602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead9061075d9084815260200190565b60405180910390a261076f338261180d565b50565b606060048054806020026020016040519081016040528092919081815260200182805480156107c857602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107aa575b5050505050905090565b335f9081526020819052604090206002815460ff1660028111156107f8576107f8611bc3565b146108185760405163b4ddacd360e01b8152336004820152602401610711565b80545f90610859907f0000000000000000000000000000000000000000000000000000000000000000906501000000000090046001600160401b0316611dc4565b9050806001600160401b03164210156108905760405163be8a527b60e01b81526001600160401b0382166004820152602401610711565b600180830154335f90815260208190526040812080546cffffffffffffffffffffffffff191681559283018190559091906108ce60028301826119c6565b505060405181815233907f9206244e7d07ef9a49c1dae86e820d494f0dd268fa04f434eb1de8475a4bb5549060200160405180910390a261090f338261180d565b505050565b6001546060906001600160401b0381111561093157610931611de3565b60405190808252806020026020018201604052801561096457816020015b606081526020019060019003908161094f5790505b5090505f5b600154811015610a91575f6001600160a01b03166001828154811061099057610990611df7565b5f918252602090912001546001600160a01b031614610a89575f5f600183815481106109be576109be611df7565b5f9182526020808320909101546001600160a01b03168352820192909252604001902060020180546109ef90611e0b565b80601f0160208091040260200160405190810160405280929190818152602001828054610a1b90611e0b565b8015610a665780601f10610a3d57610100808354040283529160200191610a66565b820191905f5260205f20905b815481529060010190602001808311610a4957829003601f168201915b5050505050828281518110610a7d57610a7d611df7565b60200260200101819052505b600101610969565b5090565b335f9081526003602052604081205460ff16610ac657604051634b778a2360e11b8152336004820152602401610711565b6001600160a01b038216610aed5760405163d92e233d60e01b815260040160405180910390fd5b506001600160a01b0382165f908152602081905260408120600181015491829003610b1b575f915050610c23565b5f6064610b4b60ff7f00000000000000000000000000000000000000000000000000000000000000001685611e43565b610b559190611e6e565b5f600184018190556001600160a01b038616815260066020526040812080549293508392909190610b87908490611e81565b90915550610b9790508184611e94565b60075f828254610ba79190611e81565b9091555050604080518481526020810183905233916001600160a01b0387811692908916917f5e89a7234790c9bf86ceee2e4681016fd2a9a21ac6e4a6a5df7c92812187c6e7910160405180910390a46001825460ff166002811115610c0f57610c0f611bc3565b03610c2057610c208583600161188f565b50505b92915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c7457604051630646601b60e11b8152336004820152602401610711565b60055460ff1615610c975760405162dc149f60e41b815260040160405180910390fd5b5f5b81811015610d7f575f838383818110610cb457610cb4611df7565b9050602002016020810190610cc99190611b03565b90506001600160a01b038116610cf25760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526003602052604090205460ff16610d76576001600160a01b0381165f818152600360205260408120805460ff191660019081179091556004805491820181559091527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b03191690911790555b50600101610c99565b506005805460ff191660011790556040517fe58d4b3592c74e580b584cc31679cad3eefea91577f47aabd1764352d4b4901b90610dbf9084908490611ea7565b60405180910390a15050565b5f60016001600160a01b0383165f9081526020819052604090205460ff166002811115610dfa57610dfa611bc3565b1492915050565b6001600160a01b0381165f90815260208190526040812080546001820154600283018054859485948594606094929360ff831693610100840463ffffffff16936501000000000090046001600160401b031692918190610e6090611e0b565b80601f0160208091040260200160405190810160405280929190818152602001828054610e8c90611e0b565b8015610ed75780601f10610eae57610100808354040283529160200191610ed7565b820191905f5260205f20905b815481529060010190602001808311610eba57829003601f168201915b50505050509050955095509550955095505091939590929450565b604080517f7b9d92af833974d940929c2f40822c06e81fa59381b66869bd94b9db0de012c360208201529081018490526060810183905263ffffffff821660808201525f90819060a001604051602081830303815290604052805190602001209050610f5c61165e565b60405161190160f01b6020820152602281019190915260428101829052606201604051602081830303815290604052805190602001209150509392505050565b6001545f9063ffffffff831610610fb3575f610c23565b60018263ffffffff1681548110610fcc57610fcc611df7565b5f918252602090912001546001600160a01b031692915050565b6060610ff3604583611ef1565b156110145760405163136c044960e21b815260048101839052602401610711565b5f611020604584611e6e565b90507f000000000000000000000000000000000000000000000000000000000000000063ffffffff16811015611098576040516367f63c0560e11b81526004810182905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610711565b5f6110a4888888610ef2565b9050816001600160401b038111156110be576110be611de3565b6040519080825280602002602001820160405280156110e7578160200160208202803683370190505b5092505f805b83811015611389575f611101604583611e43565b90505f888289611112826004611e81565b9261111f93929190611f04565b61112891611f2b565b60e01c90505f831180156111425750838163ffffffff1611155b15611163576040516315af87f560e21b815260048101849052602401610711565b60015463ffffffff821694505f90851061117d575f6111ab565b60018263ffffffff168154811061119657611196611df7565b5f918252602090912001546001600160a01b03165b90506001600160a01b0381166111e357604051631d89d42760e01b81526004810185905263ffffffff83166024820152604401610711565b5f8a8a6111f1866004611e81565b906111fd876024611e81565b9261120a93929190611f04565b61121391611f63565b90505f8b8b611223876024611e81565b9061122f886044611e81565b9261123c93929190611f04565b61124591611f63565b90507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081111561128b57604051635a2e53c560e11b815260048101879052602401610711565b6001600160a01b0383166001898e8e6112a58a6044611e81565b8181106112b4576112b4611df7565b604080515f8152602081018083529590955292013560f81c9183019190915250606081018590526080810184905260a0016020604051602081039080840390855afa158015611305573d5f5f3e3d5ffd5b505050602060405103516001600160a01b0316146113455760405163649a624560e11b81526004810187905263ffffffff85166024820152604401610711565b826001600160a01b031660a08563ffffffff16901b178a878151811061136d5761136d611df7565b60209081029190910101525050600190930192506110ed915050565b5050505095945050505050565b335f9081526020819052604090206001815460ff1660028111156113bc576113bc611bc3565b146113dc57604051634022bc5560e01b8152336004820152602401610711565b61076f33825f61188f565b6005545f9060ff1661140c576040516321c4e35760e21b815260040160405180910390fd5b335f90815260208190526040812090815460ff16600281111561143157611431611bc3565b14611451576040516345ed80e960e01b8152336004820152602401610711565b7f00000000000000000000000000000000000000000000000000000000000000003410156114b957604051620155b560e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610711565b5f8390036114da5760405163221418ad60e21b815260040160405180910390fd5b6001545f5b818110801561151d57505f6001600160a01b03166001828154811061150657611506611df7565b5f918252602090912001546001600160a01b031614155b15611534578061152c81611f80565b9150506114df565b81810361155457604051635396a0e760e01b815260040160405180910390fd5b809350336001828154811061156b5761156b611df7565b5f918252602082200180546001600160a01b0319166001600160a01b0393909316929092179091556002805463ffffffff16916115a783611f98565b825463ffffffff91821661010093840a908102908302199091161790925585546cffffffffffffffffffffffffff1916918716026cffffffffffffffff00000000001916176001908117855534908501555060028301611608868883612007565b508363ffffffff16336001600160a01b03167f2e0395702e419434c0d1b545c3d374e458c697c369bef0be28a3dd6d037cb29134898960405161164d939291906120c0565b60405180910390a350505092915050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146117325761172d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fef695bcf8984d8bfcc4817301abf4ec97c669aad652efa6e465fefea0f0caec4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b606060018054806020026020016040519081016040528092919081815260200182805480156107c857602002820191905f5260205f209081546001600160a01b031681526001909101906020018083116107aa575050505050905090565b5f6117bf82610dcb565b6117e757604051634022bc5560e01b81526001600160a01b0383166004820152602401610711565b506001600160a01b03165f90815260208190526040902054610100900463ffffffff1690565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611856576040519150601f19603f3d011682016040523d82523d5f602084013e61185b565b606091505b505090508061090f57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610711565b8154600180545f92610100900463ffffffff169081106118b1576118b1611df7565b5f918252602082200180546001600160a01b0319166001600160a01b0393909316929092179091556002805463ffffffff16916118ed836120f5565b825461010092830a63ffffffff81810219909216928216029190911790925584546001600160401b034290811665010000000000026cffffffffffffffff00000000ff19909216919091176002178087559190910490911691506001600160a01b038516907f91fed4237a9adafb8bb3cd0fdf9759970689d82f4e6aa2a2c191676e5465ec489061199f907f000000000000000000000000000000000000000000000000000000000000000090611dc4565b604080516001600160401b03909216825285151560208301520160405180910390a3505050565b5080546119d290611e0b565b5f825580601f106119e1575050565b601f0160209004905f5260205f209081019061076f91905b80821115610a91575f81556001016119f9565b602080825282518282018190525f918401906040840190835b81811015611a4c5783516001600160a01b0316835260209384019390920191600101611a25565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015611adc57603f19878603018452611ac7858351611a57565b94506020938401939190910190600101611aab565b50929695505050505050565b80356001600160a01b0381168114611afe575f5ffd5b919050565b5f60208284031215611b13575f5ffd5b611b1c82611ae8565b9392505050565b5f5f60408385031215611b34575f5ffd5b611b3d83611ae8565b9150611b4b60208401611ae8565b90509250929050565b5f5f60208385031215611b65575f5ffd5b82356001600160401b03811115611b7a575f5ffd5b8301601f81018513611b8a575f5ffd5b80356001600160401b03811115611b9f575f5ffd5b8560208260051b8401011115611bb3575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52602160045260245ffd5b5f60038710611bf457634e487b7160e01b5f52602160045260245ffd5b86825263ffffffff861660208301526001600160401b038516604083015283606083015260a06080830152611c2c60a0830184611a57565b979650505050505050565b803563ffffffff81168114611afe575f5ffd5b5f5f5f60608486031215611c5c575f5ffd5b8335925060208401359150611c7360408501611c37565b90509250925092565b5f60208284031215611c8c575f5ffd5b611b1c82611c37565b5f5f83601f840112611ca5575f5ffd5b5081356001600160401b03811115611cbb575f5ffd5b602083019150836020828501011115611cd2575f5ffd5b9250929050565b5f5f5f5f5f60808688031215611ced575f5ffd5b8535945060208601359350611d0460408701611c37565b925060608601356001600160401b03811115611d1e575f5ffd5b611d2a88828901611c95565b969995985093965092949392505050565b602080825282518282018190525f918401906040840190835b81811015611a4c578351835260209384019390920191600101611d54565b5f5f60208385031215611d83575f5ffd5b82356001600160401b03811115611d98575f5ffd5b611da485828601611c95565b90969095509350505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610c2357610c23611db0565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680611e1f57607f821691505b602082108103611e3d57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082028115828204841417610c2357610c23611db0565b634e487b7160e01b5f52601260045260245ffd5b5f82611e7c57611e7c611e5a565b500490565b80820180821115610c2357610c23611db0565b81810381811115610c2357610c23611db0565b602080825281018290525f8360408301825b85811015611ee7576001600160a01b03611ed284611ae8565b16825260209283019290910190600101611eb9565b5095945050505050565b5f82611eff57611eff611e5a565b500690565b5f5f85851115611f12575f5ffd5b83861115611f1e575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015611f5c576001600160e01b0319600485900360031b81901b82161691505b5092915050565b80356020831015610c23575f19602084900360031b1b1692915050565b5f60018201611f9157611f91611db0565b5060010190565b5f63ffffffff821663ffffffff8103611fb357611fb3611db0565b60010192915050565b601f82111561090f57805f5260205f20601f840160051c81016020851015611fe15750805b601f840160051c820191505b81811015612000575f8155600101611fed565b5050505050565b6001600160401b0383111561201e5761201e611de3565b6120328361202c8354611e0b565b83611fbc565b5f601f841160018114612063575f851561204c5750838201355b5f19600387901b1c1916600186901b178355612000565b5f83815260208120601f198716915b828110156120925786850135825560209485019460019092019101612072565b50868210156120ae575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f63ffffffff82168061210a5761210a611db0565b5f19019291505056",
}

// DACommittee is an auto generated Go binding around an Ethereum contract.
type DACommittee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DACommittee) GetABI() abi.ABI {
	return c.abi
}

// NewDACommittee creates a new instance of DACommittee.
func NewDACommittee() *DACommittee {
	parsed, err := DACommitteeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DACommittee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DACommittee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint32 n_, uint32 k_, uint32 threshold_, uint256 memberBond_, uint64 unbondingPeriod_, uint8 slashRewardPercent_) returns()
func (dACommittee *DACommittee) PackConstructor(n_ uint32, k_ uint32, threshold_ uint32, memberBond_ *big.Int, unbondingPeriod_ uint64, slashRewardPercent_ uint8) []byte {
	enc, err := dACommittee.abi.Pack("", n_, k_, threshold_, memberBond_, unbondingPeriod_, slashRewardPercent_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd33d916.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) PackATTESTATIONSIZE() []byte {
	enc, err := dACommittee.abi.Pack("ATTESTATION_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd33d916.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) TryPackATTESTATIONSIZE() ([]byte, error) {
	return dACommittee.abi.Pack("ATTESTATION_SIZE")
}

// UnpackATTESTATIONSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd33d916.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) UnpackATTESTATIONSIZE(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("ATTESTATION_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) PackATTESTATIONTYPEHASH() []byte {
	enc, err := dACommittee.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return dACommittee.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) PackDOMAINTYPEHASH() []byte {
	enc, err := dACommittee.abi.Pack("DOMAIN_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return dACommittee.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) PackActiveCount() []byte {
	enc, err := dACommittee.abi.Pack("activeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) TryPackActiveCount() ([]byte, error) {
	return dACommittee.abi.Pack("activeCount")
}

// UnpackActiveCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4331ed1f.
//
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) UnpackActiveCount(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("activeCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7d1801c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength) view returns(bytes32)
func (dACommittee *DACommittee) PackAttestationDigest(dataRoot [32]byte, dataHash [32]byte, dataLength uint32) []byte {
	enc, err := dACommittee.abi.Pack("attestationDigest", dataRoot, dataHash, dataLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7d1801c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength) view returns(bytes32)
func (dACommittee *DACommittee) TryPackAttestationDigest(dataRoot [32]byte, dataHash [32]byte, dataLength uint32) ([]byte, error) {
	return dACommittee.abi.Pack("attestationDigest", dataRoot, dataHash, dataLength)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7d1801c.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength) view returns(bytes32)
func (dACommittee *DACommittee) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit() returns()
func (dACommittee *DACommittee) PackClaimCredit() []byte {
	enc, err := dACommittee.abi.Pack("claimCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit() returns()
func (dACommittee *DACommittee) TryPackClaimCredit() ([]byte, error) {
	return dACommittee.abi.Pack("claimCredit")
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (dACommittee *DACommittee) PackCredit(arg0 common.Address) []byte {
	enc, err := dACommittee.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (dACommittee *DACommittee) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (dACommittee *DACommittee) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (dACommittee *DACommittee) PackDeployer() []byte {
	enc, err := dACommittee.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (dACommittee *DACommittee) TryPackDeployer() ([]byte, error) {
	return dACommittee.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (dACommittee *DACommittee) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := dACommittee.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dACommittee *DACommittee) PackDomainSeparator() []byte {
	enc, err := dACommittee.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dACommittee *DACommittee) TryPackDomainSeparator() ([]byte, error) {
	return dACommittee.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dACommittee *DACommittee) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEndpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e94325d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) PackEndpoints() []byte {
	enc, err := dACommittee.abi.Pack("endpoints")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e94325d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) TryPackEndpoints() ([]byte, error) {
	return dACommittee.abi.Pack("endpoints")
}

// UnpackEndpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e94325d.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) UnpackEndpoints(data []byte) ([]string, error) {
	out, err := dACommittee.abi.Unpack("endpoints", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exit() returns()
func (dACommittee *DACommittee) PackExit() []byte {
	enc, err := dACommittee.abi.Pack("exit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exit() returns()
func (dACommittee *DACommittee) TryPackExit() ([]byte, error) {
	return dACommittee.abi.Pack("exit")
}

// PackFaultContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0ba7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function faultContracts() view returns(address[])
func (dACommittee *DACommittee) PackFaultContracts() []byte {
	enc, err := dACommittee.abi.Pack("faultContracts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFaultContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0ba7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function faultContracts() view returns(address[])
func (dACommittee *DACommittee) TryPackFaultContracts() ([]byte, error) {
	return dACommittee.abi.Pack("faultContracts")
}

// UnpackFaultContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a0ba7d8.
//
// Solidity: function faultContracts() view returns(address[])
func (dACommittee *DACommittee) UnpackFaultContracts(data []byte) ([]common.Address, error) {
	out, err := dACommittee.abi.Unpack("faultContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) PackIndexOf(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("indexOf", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) TryPackIndexOf(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("indexOf", a)
}

// UnpackIndexOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd6aad25.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) UnpackIndexOf(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("indexOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa224cee7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address[] faultContracts_) returns()
func (dACommittee *DACommittee) PackInitialize(faultContracts []common.Address) []byte {
	enc, err := dACommittee.abi.Pack("initialize", faultContracts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa224cee7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address[] faultContracts_) returns()
func (dACommittee *DACommittee) TryPackInitialize(faultContracts []common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("initialize", faultContracts)
}

// PackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialized() view returns(bool)
func (dACommittee *DACommittee) PackInitialized() []byte {
	enc, err := dACommittee.abi.Pack("initialized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialized() view returns(bool)
func (dACommittee *DACommittee) TryPackInitialized() ([]byte, error) {
	return dACommittee.abi.Pack("initialized")
}

// UnpackInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158ef93e.
//
// Solidity: function initialized() view returns(bool)
func (dACommittee *DACommittee) UnpackInitialized(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("initialized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFaultContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1556f61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (dACommittee *DACommittee) PackIsFaultContract(arg0 common.Address) []byte {
	enc, err := dACommittee.abi.Pack("isFaultContract", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFaultContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1556f61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (dACommittee *DACommittee) TryPackIsFaultContract(arg0 common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("isFaultContract", arg0)
}

// UnpackIsFaultContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1556f61.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (dACommittee *DACommittee) UnpackIsFaultContract(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("isFaultContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) PackIsMember(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("isMember", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) TryPackIsMember(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("isMember", a)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) UnpackIsMember(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) PackK() []byte {
	enc, err := dACommittee.abi.Pack("k")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) TryPackK() ([]byte, error) {
	return dACommittee.abi.Pack("k")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f40c61.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) UnpackK(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("k", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea6f1d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) PackMemberAt(index uint32) []byte {
	enc, err := dACommittee.abi.Pack("memberAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea6f1d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) TryPackMemberAt(index uint32) ([]byte, error) {
	return dACommittee.abi.Pack("memberAt", index)
}

// UnpackMemberAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea6f1d3.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) UnpackMemberAt(data []byte) (common.Address, error) {
	out, err := dACommittee.abi.Unpack("memberAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMemberBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409a379f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) PackMemberBond() []byte {
	enc, err := dACommittee.abi.Pack("memberBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409a379f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) TryPackMemberBond() ([]byte, error) {
	return dACommittee.abi.Pack("memberBond")
}

// UnpackMemberBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x409a379f.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) UnpackMemberBond(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("memberBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMemberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa313c371.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) PackMemberInfo(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("memberInfo", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa313c371.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) TryPackMemberInfo(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("memberInfo", a)
}

// MemberInfoOutput serves as a container for the return parameters of contract
// method MemberInfo.
type MemberInfoOutput struct {
	Status   uint8
	Index    uint32
	ExitAt   uint64
	Stake    *big.Int
	Endpoint string
}

// UnpackMemberInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa313c371.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) UnpackMemberInfo(data []byte) (MemberInfoOutput, error) {
	out, err := dACommittee.abi.Unpack("memberInfo", data)
	outstruct := new(MemberInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Index = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.ExitAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Stake = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Endpoint = *abi.ConvertType(out[4], new(string)).(*string)
	return *outstruct, nil
}

// PackMembersByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd23048c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) PackMembersByIndex() []byte {
	enc, err := dACommittee.abi.Pack("membersByIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMembersByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd23048c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) TryPackMembersByIndex() ([]byte, error) {
	return dACommittee.abi.Pack("membersByIndex")
}

// UnpackMembersByIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd23048c.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) UnpackMembersByIndex(data []byte) ([]common.Address, error) {
	out, err := dACommittee.abi.Unpack("membersByIndex", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e52d606.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) PackN() []byte {
	enc, err := dACommittee.abi.Pack("n")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e52d606.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) TryPackN() ([]byte, error) {
	return dACommittee.abi.Pack("n")
}

// UnpackN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e52d606.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) UnpackN(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("n", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) PackRegister(endpoint string) []byte {
	enc, err := dACommittee.abi.Pack("register", endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) TryPackRegister(endpoint string) ([]byte, error) {
	return dACommittee.abi.Pack("register", endpoint)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c298be.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) UnpackRegister(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("register", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) PackSlash(member common.Address, prover common.Address) []byte {
	enc, err := dACommittee.abi.Pack("slash", member, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) TryPackSlash(member common.Address, prover common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("slash", member, prover)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7aeccce9.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashRewardPercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b32b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (dACommittee *DACommittee) PackSlashRewardPercent() []byte {
	enc, err := dACommittee.abi.Pack("slashRewardPercent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashRewardPercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b32b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (dACommittee *DACommittee) TryPackSlashRewardPercent() ([]byte, error) {
	return dACommittee.abi.Pack("slashRewardPercent")
}

// UnpackSlashRewardPercent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53b32b0.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (dACommittee *DACommittee) UnpackSlashRewardPercent(data []byte) (uint8, error) {
	out, err := dACommittee.abi.Unpack("slashRewardPercent", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) PackStakeOf(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("stakeOf", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) TryPackStakeOf(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("stakeOf", a)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) PackThreshold() []byte {
	enc, err := dACommittee.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) TryPackThreshold() ([]byte, error) {
	return dACommittee.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) UnpackThreshold(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (dACommittee *DACommittee) PackTotalBurned() []byte {
	enc, err := dACommittee.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (dACommittee *DACommittee) TryPackTotalBurned() ([]byte, error) {
	return dACommittee.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (dACommittee *DACommittee) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (dACommittee *DACommittee) PackUnbondingPeriod() []byte {
	enc, err := dACommittee.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (dACommittee *DACommittee) TryPackUnbondingPeriod() ([]byte, error) {
	return dACommittee.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (dACommittee *DACommittee) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := dACommittee.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8d7be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) PackVerifyCertificate(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, cert []byte) []byte {
	enc, err := dACommittee.abi.Pack("verifyCertificate", dataRoot, dataHash, dataLength, cert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8d7be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) TryPackVerifyCertificate(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, cert []byte) ([]byte, error) {
	return dACommittee.abi.Pack("verifyCertificate", dataRoot, dataHash, dataLength, cert)
}

// UnpackVerifyCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf8d7be0.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) UnpackVerifyCertificate(data []byte) ([]*big.Int, error) {
	out, err := dACommittee.abi.Unpack("verifyCertificate", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (dACommittee *DACommittee) PackWithdraw() []byte {
	enc, err := dACommittee.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (dACommittee *DACommittee) TryPackWithdraw() ([]byte, error) {
	return dACommittee.abi.Pack("withdraw")
}

// DACommitteeCreditClaimed represents a CreditClaimed event raised by the DACommittee contract.
type DACommitteeCreditClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DACommitteeCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (DACommitteeCreditClaimed) ContractEventName() string {
	return DACommitteeCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed account, uint256 amount)
func (dACommittee *DACommittee) UnpackCreditClaimedEvent(log *types.Log) (*DACommitteeCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeCreditClaimed)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DACommitteeInitialized represents a Initialized event raised by the DACommittee contract.
type DACommitteeInitialized struct {
	FaultContracts []common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DACommitteeInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DACommitteeInitialized) ContractEventName() string {
	return DACommitteeInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address[] faultContracts)
func (dACommittee *DACommittee) UnpackInitializedEvent(log *types.Log) (*DACommitteeInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeInitialized)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DACommitteeMemberExited represents a MemberExited event raised by the DACommittee contract.
type DACommitteeMemberExited struct {
	Member         common.Address
	Index          uint32
	WithdrawableAt uint64
	Slashed        bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberExitedEventName = "MemberExited"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberExited) ContractEventName() string {
	return DACommitteeMemberExitedEventName
}

// UnpackMemberExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberExited(address indexed member, uint32 indexed index, uint64 withdrawableAt, bool slashed)
func (dACommittee *DACommittee) UnpackMemberExitedEvent(log *types.Log) (*DACommitteeMemberExited, error) {
	event := "MemberExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberExited)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DACommitteeMemberRegistered represents a MemberRegistered event raised by the DACommittee contract.
type DACommitteeMemberRegistered struct {
	Member   common.Address
	Index    uint32
	Stake    *big.Int
	Endpoint string
	Raw      *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberRegisteredEventName = "MemberRegistered"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberRegistered) ContractEventName() string {
	return DACommitteeMemberRegisteredEventName
}

// UnpackMemberRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRegistered(address indexed member, uint32 indexed index, uint256 stake, string endpoint)
func (dACommittee *DACommittee) UnpackMemberRegisteredEvent(log *types.Log) (*DACommitteeMemberRegistered, error) {
	event := "MemberRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberRegistered)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DACommitteeMemberSlashed represents a MemberSlashed event raised by the DACommittee contract.
type DACommitteeMemberSlashed struct {
	Member        common.Address
	Prover        common.Address
	FaultContract common.Address
	Amount        *big.Int
	Reward        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberSlashedEventName = "MemberSlashed"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberSlashed) ContractEventName() string {
	return DACommitteeMemberSlashedEventName
}

// UnpackMemberSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberSlashed(address indexed member, address indexed prover, address indexed faultContract, uint256 amount, uint256 reward)
func (dACommittee *DACommittee) UnpackMemberSlashedEvent(log *types.Log) (*DACommitteeMemberSlashed, error) {
	event := "MemberSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberSlashed)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DACommitteeMemberWithdrawn represents a MemberWithdrawn event raised by the DACommittee contract.
type DACommitteeMemberWithdrawn struct {
	Member common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberWithdrawnEventName = "MemberWithdrawn"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberWithdrawn) ContractEventName() string {
	return DACommitteeMemberWithdrawnEventName
}

// UnpackMemberWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberWithdrawn(address indexed member, uint256 amount)
func (dACommittee *DACommittee) UnpackMemberWithdrawnEvent(log *types.Log) (*DACommitteeMemberWithdrawn, error) {
	event := "MemberWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberWithdrawn)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dACommittee *DACommittee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AttestationHighS"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAttestationHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AttestationsNotSorted"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAttestationsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["BadAttestation"].ID.Bytes()[:4]) {
		return dACommittee.UnpackBadAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return dACommittee.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["CertificateMalformed"].ID.Bytes()[:4]) {
		return dACommittee.UnpackCertificateMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["CommitteeFull"].ID.Bytes()[:4]) {
		return dACommittee.UnpackCommitteeFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["EmptyEndpoint"].ID.Bytes()[:4]) {
		return dACommittee.UnpackEmptyEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return dACommittee.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotExiting"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotFaultContract"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotFaultContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return dACommittee.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["TooFewAttestations"].ID.Bytes()[:4]) {
		return dACommittee.UnpackTooFewAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dACommittee.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["UnknownMember"].ID.Bytes()[:4]) {
		return dACommittee.UnpackUnknownMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dACommittee.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DACommitteeAlreadyInitialized represents a AlreadyInitialized error raised by the DACommittee contract.
type DACommitteeAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func DACommitteeAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (dACommittee *DACommittee) UnpackAlreadyInitializedError(raw []byte) (*DACommitteeAlreadyInitialized, error) {
	out := new(DACommitteeAlreadyInitialized)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAlreadyRegistered represents a AlreadyRegistered error raised by the DACommittee contract.
type DACommitteeAlreadyRegistered struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address member)
func DACommitteeAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address member)
func (dACommittee *DACommittee) UnpackAlreadyRegisteredError(raw []byte) (*DACommitteeAlreadyRegistered, error) {
	out := new(DACommitteeAlreadyRegistered)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAttestationHighS represents a AttestationHighS error raised by the DACommittee contract.
type DACommitteeAttestationHighS struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationHighS(uint256 position)
func DACommitteeAttestationHighSErrorID() common.Hash {
	return common.HexToHash("0xb45ca78adf38a9900f4af605215f996d2e8cb341d2516d59b8920988d2e05094")
}

// UnpackAttestationHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationHighS(uint256 position)
func (dACommittee *DACommittee) UnpackAttestationHighSError(raw []byte) (*DACommitteeAttestationHighS, error) {
	out := new(DACommitteeAttestationHighS)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AttestationHighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAttestationsNotSorted represents a AttestationsNotSorted error raised by the DACommittee contract.
type DACommitteeAttestationsNotSorted struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsNotSorted(uint256 position)
func DACommitteeAttestationsNotSortedErrorID() common.Hash {
	return common.HexToHash("0x56be1fd40914e538b3a0c01e33e359fbd2a10c86f83c299b66e66243e289952b")
}

// UnpackAttestationsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsNotSorted(uint256 position)
func (dACommittee *DACommittee) UnpackAttestationsNotSortedError(raw []byte) (*DACommitteeAttestationsNotSorted, error) {
	out := new(DACommitteeAttestationsNotSorted)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AttestationsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeBadAttestation represents a BadAttestation error raised by the DACommittee contract.
type DACommitteeBadAttestation struct {
	Position *big.Int
	Member   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAttestation(uint256 position, uint32 member)
func DACommitteeBadAttestationErrorID() common.Hash {
	return common.HexToHash("0xc934c48a60c528f05b7cb7ebfdbf5bbe2b5e220c5c5b37e37118c95096ab9c40")
}

// UnpackBadAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAttestation(uint256 position, uint32 member)
func (dACommittee *DACommittee) UnpackBadAttestationError(raw []byte) (*DACommitteeBadAttestation, error) {
	out := new(DACommitteeBadAttestation)
	if err := dACommittee.abi.UnpackIntoInterface(out, "BadAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeBondTooLow represents a BondTooLow error raised by the DACommittee contract.
type DACommitteeBondTooLow struct {
	Value    *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 value, uint256 required)
func DACommitteeBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 value, uint256 required)
func (dACommittee *DACommittee) UnpackBondTooLowError(raw []byte) (*DACommitteeBondTooLow, error) {
	out := new(DACommitteeBondTooLow)
	if err := dACommittee.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeCertificateMalformed represents a CertificateMalformed error raised by the DACommittee contract.
type DACommitteeCertificateMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CertificateMalformed(uint256 length)
func DACommitteeCertificateMalformedErrorID() common.Hash {
	return common.HexToHash("0x4db011242bb9a562b53824f400600e86c9ac4bdafc11eb40f5b369feff76830a")
}

// UnpackCertificateMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CertificateMalformed(uint256 length)
func (dACommittee *DACommittee) UnpackCertificateMalformedError(raw []byte) (*DACommitteeCertificateMalformed, error) {
	out := new(DACommitteeCertificateMalformed)
	if err := dACommittee.abi.UnpackIntoInterface(out, "CertificateMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeCommitteeFull represents a CommitteeFull error raised by the DACommittee contract.
type DACommitteeCommitteeFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeFull()
func DACommitteeCommitteeFullErrorID() common.Hash {
	return common.HexToHash("0x5396a0e75d18befaa8cf11630618384233e0a94639e995da783e5bfa0cdc2b17")
}

// UnpackCommitteeFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeFull()
func (dACommittee *DACommittee) UnpackCommitteeFullError(raw []byte) (*DACommitteeCommitteeFull, error) {
	out := new(DACommitteeCommitteeFull)
	if err := dACommittee.abi.UnpackIntoInterface(out, "CommitteeFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeEmptyEndpoint represents a EmptyEndpoint error raised by the DACommittee contract.
type DACommitteeEmptyEndpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyEndpoint()
func DACommitteeEmptyEndpointErrorID() common.Hash {
	return common.HexToHash("0x885062b4124923c24341625f393990c96d5ec5acfd741cdac55cfd39b8ae9603")
}

// UnpackEmptyEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyEndpoint()
func (dACommittee *DACommittee) UnpackEmptyEndpointError(raw []byte) (*DACommitteeEmptyEndpoint, error) {
	out := new(DACommitteeEmptyEndpoint)
	if err := dACommittee.abi.UnpackIntoInterface(out, "EmptyEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeInvalidParameters represents a InvalidParameters error raised by the DACommittee contract.
type DACommitteeInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func DACommitteeInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (dACommittee *DACommittee) UnpackInvalidParametersError(raw []byte) (*DACommitteeInvalidParameters, error) {
	out := new(DACommitteeInvalidParameters)
	if err := dACommittee.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNoCredit represents a NoCredit error raised by the DACommittee contract.
type DACommitteeNoCredit struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address account)
func DACommitteeNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address account)
func (dACommittee *DACommittee) UnpackNoCreditError(raw []byte) (*DACommitteeNoCredit, error) {
	out := new(DACommitteeNoCredit)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotActive represents a NotActive error raised by the DACommittee contract.
type DACommitteeNotActive struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address member)
func DACommitteeNotActiveErrorID() common.Hash {
	return common.HexToHash("0x4022bc554c72cf2c9ccd5d09c2ade2b82a349ca5f4d7a60324bb8fda79446fb3")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address member)
func (dACommittee *DACommittee) UnpackNotActiveError(raw []byte) (*DACommitteeNotActive, error) {
	out := new(DACommitteeNotActive)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotDeployer represents a NotDeployer error raised by the DACommittee contract.
type DACommitteeNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func DACommitteeNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (dACommittee *DACommittee) UnpackNotDeployerError(raw []byte) (*DACommitteeNotDeployer, error) {
	out := new(DACommitteeNotDeployer)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotExiting represents a NotExiting error raised by the DACommittee contract.
type DACommitteeNotExiting struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExiting(address member)
func DACommitteeNotExitingErrorID() common.Hash {
	return common.HexToHash("0xb4ddacd3a1ff8a1b7cf9994a91a19c9945d01f85d4d6d4842a57fe79655d05ac")
}

// UnpackNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExiting(address member)
func (dACommittee *DACommittee) UnpackNotExitingError(raw []byte) (*DACommitteeNotExiting, error) {
	out := new(DACommitteeNotExiting)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotFaultContract represents a NotFaultContract error raised by the DACommittee contract.
type DACommitteeNotFaultContract struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFaultContract(address caller)
func DACommitteeNotFaultContractErrorID() common.Hash {
	return common.HexToHash("0x96ef1446cf5748cb7abbb7efd3c8b86b7ef688344a234dc89e5374b8f5a002e2")
}

// UnpackNotFaultContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFaultContract(address caller)
func (dACommittee *DACommittee) UnpackNotFaultContractError(raw []byte) (*DACommitteeNotFaultContract, error) {
	out := new(DACommitteeNotFaultContract)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotFaultContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotInitialized represents a NotInitialized error raised by the DACommittee contract.
type DACommitteeNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func DACommitteeNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (dACommittee *DACommittee) UnpackNotInitializedError(raw []byte) (*DACommitteeNotInitialized, error) {
	out := new(DACommitteeNotInitialized)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeStillUnbonding represents a StillUnbonding error raised by the DACommittee contract.
type DACommitteeStillUnbonding struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func DACommitteeStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func (dACommittee *DACommittee) UnpackStillUnbondingError(raw []byte) (*DACommitteeStillUnbonding, error) {
	out := new(DACommitteeStillUnbonding)
	if err := dACommittee.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeTooFewAttestations represents a TooFewAttestations error raised by the DACommittee contract.
type DACommitteeTooFewAttestations struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewAttestations(uint256 count, uint256 threshold)
func DACommitteeTooFewAttestationsErrorID() common.Hash {
	return common.HexToHash("0xcfec780a916ac9782b3590a8111bb8e33bcdc5bb94a673e7afd0faeae67c661f")
}

// UnpackTooFewAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewAttestations(uint256 count, uint256 threshold)
func (dACommittee *DACommittee) UnpackTooFewAttestationsError(raw []byte) (*DACommitteeTooFewAttestations, error) {
	out := new(DACommitteeTooFewAttestations)
	if err := dACommittee.abi.UnpackIntoInterface(out, "TooFewAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeTransferFailed represents a TransferFailed error raised by the DACommittee contract.
type DACommitteeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DACommitteeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (dACommittee *DACommittee) UnpackTransferFailedError(raw []byte) (*DACommitteeTransferFailed, error) {
	out := new(DACommitteeTransferFailed)
	if err := dACommittee.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeUnknownMember represents a UnknownMember error raised by the DACommittee contract.
type DACommitteeUnknownMember struct {
	Position *big.Int
	Member   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMember(uint256 position, uint32 member)
func DACommitteeUnknownMemberErrorID() common.Hash {
	return common.HexToHash("0x1d89d427de54f5864fed1cec7b0e31c122e87c8ce96a8879419783cf9c17acb4")
}

// UnpackUnknownMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMember(uint256 position, uint32 member)
func (dACommittee *DACommittee) UnpackUnknownMemberError(raw []byte) (*DACommitteeUnknownMember, error) {
	out := new(DACommitteeUnknownMember)
	if err := dACommittee.abi.UnpackIntoInterface(out, "UnknownMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeZeroAddress represents a ZeroAddress error raised by the DACommittee contract.
type DACommitteeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DACommitteeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dACommittee *DACommittee) UnpackZeroAddressError(raw []byte) (*DACommitteeZeroAddress, error) {
	out := new(DACommitteeZeroAddress)
	if err := dACommittee.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
