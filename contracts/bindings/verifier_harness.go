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

// VerifierHarnessDecodedTx is an auto generated low-level Go binding around an user-defined struct.
type VerifierHarnessDecodedTx struct {
	Code                 uint8
	TxType               uint8
	Sender               common.Address
	SigHash              [32]byte
	Nonce                uint64
	To                   common.Address
	Value                *big.Int
	GasLimit             uint64
	MaxFeePerGas         *big.Int
	MaxPriorityFeePerGas *big.Int
	EffectiveGasPrice    *big.Int
	Cost                 *big.Int
	CostOverflows        bool
}

// VerifierHarnessProvenAccount is an auto generated low-level Go binding around an user-defined struct.
type VerifierHarnessProvenAccount struct {
	Exists  bool
	Nonce   uint64
	Balance *big.Int
}

// VerifierHarnessMetaData contains all meta data concerning the VerifierHarness contract.
var VerifierHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadDepositPayload\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"terminal\",\"type\":\"uint256\"}],\"name\":\"ProofBadTerminal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofBitmapBeyondDepth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"ProofDepthTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofEmptyTerminalWithData\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofMembershipWithOtherKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofOtherKeyNotOnPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ProofRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bitmapBits\",\"type\":\"uint256\"}],\"name\":\"ProofSiblingCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofTerminalUnderEmptySibling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofZeroSibling\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"TxIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TxNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"kind\",\"type\":\"uint256\"}],\"name\":\"UnknownElementKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"raw\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"baseFee\",\"type\":\"uint256\"}],\"name\":\"decodeTx\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"sigHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"effectiveGasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"costOverflows\",\"type\":\"bool\"}],\"internalType\":\"structVerifierHarness.DecodedTx\",\"name\":\"out\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"rootAfter\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"baseFee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"element\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepWithRules\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"txIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"txRootProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProof\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"internalType\":\"structVerifierHarness.ProvenAccount\",\"name\":\"a\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "VerifierHarness",
	Bin: "0x6080604052348015600e575f5ffd5b5061228c8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c8063425cf0281461005957806386d30c73146100825780638f91ba4c146100ac578063d07b672e146100ec578063f4f6f3761461010f575b5f5ffd5b61006c610067366004611e94565b610130565b6040516100799190611eeb565b60405180910390f35b610095610090366004611fd8565b6102b0565b6040805192835260ff909116602083015201610079565b6100bf6100ba366004612068565b6102d2565b604080518251151581526020808401516001600160401b0316908201529181015190820152606001610079565b6100ff6100fa3660046120c9565b610332565b6040519015158152602001610079565b61012261011d366004612191565b610376565b604051908152602001610079565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f5f6101dc87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508992508891506103a19050565b60ff82168086529193509150156101f45750506102a8565b805160ff1660208085019190915260e0808301516001600160a01b03908116604080880191909152610100808601516060808a0191909152948601516001600160401b039081166080808b019190915260a080890151909516948a019490945260c080880151908a015292860151909216928701929092529083015190850152810151610120840152610287818561054e565b610140840152610297818561058e565b151561018085015261016084015250505b949350505050565b5f5f6102c1898989898989896105ee565b915091505b97509795505050505050565b604080516060810182525f80825260208201819052918101829052906102f884846107d7565b905061030586868361082d565b5f61030f8261087e565b604086015290151584526001600160401b03166020840152509095945050505050565b5f5f839050610369898963ffffffff168963ffffffff1689896040516103599291906121f1565b60405190819003902085886108b3565b9998505050505050505050565b5f6103958661038587876107d7565b856001600160401b03168561091c565b90505b95945050505050565b5f6103fa6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81525090565b6104426040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f81525090565b61044d868383610929565b925060ff83161561045e5750610546565b5f61046b83838888610bbd565b909450905060ff841615610480575050610546565b610498835f01518360e0015184610100015189610d84565b61010084018190525f906001906104b084601b612214565b608086015160a0870151604080515f8152602001908190526104ee949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa15801561050e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661053557600a9450505050610546565b6001600160a01b031660e084015250505b935093915050565b81515f90810361056357506040820151610588565b8183604001510383606001511061057f57506040820151610588565b50606082015181015b92915050565b5f5f5f61059b858561054e565b90507e031eea408f8e1799cb883da2927b1336521d73c2c14accfebb70d5c5ae46698111156105d1575f600192509250506105e7565b60c0850151615208919091029081019250821090505b9250929050565b5f5f5f6105fb8787610e8d565b90505f6106088686611001565b602083015160408401518451929350909161068457603481146106465760405163ea24b85560e01b8152600481018290526024015b60405180910390fd5b898201803560601c90601401356106758d8061066a8560601b5f9081526014902090565b8489606001516110ce565b975097505050505050506102c6565b835160011480159061069857508351600214155b156106bc578351604051630ea0113160e11b8152600481019190915260240161063d565b5f8a838b6106ca8583612214565b926106d79392919061223b565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505087519293505060011990910190506107b5578460800151856060015110610755576060850151608086015160405163cdf3183360e01b81526004810192909252602482015260440161063d565b61077d8560a00151866080015187606001518480519060200120885f015189602001516108b3565b61079a57604051631030b44f60e11b815260040160405180910390fd5b8460c00151156107b5578b600f9650965050505050506102c6565b6107c28e8e8e8488611126565b96509650505050505097509795505050505050565b6107df611dd3565b5f5f6107ed858560e06111b5565b915091508115806108075750610805858583866111ee565b155b1561082557604051630f4ea0ab60e41b815260040160405180910390fd5b505092915050565b61083782826112db565b5f61084c83836108478686611591565b61160f565b90508381146108785760405163bbd4605160e01b8152600481018290526024810185905260440161063d565b50505050565b5f5f5f600184608001511461089a57505f9150819050806108ac565b50505060c081015160e0820151600191905b9193909250565b5f85851015806108cb57506108c7866116a8565b8214155b156108d757505f610912565b835f5b8381101561090c576020600588811b821693845282901b86013592189190915260405f20600196871c969091016108da565b50871490505b9695505050505050565b5f610912858585856116ce565b82515f9080820361093e576001915050610bb6565b6020850180515f1a81600282900361095e5750600286526001820161098a565b6080821015610974576002945050505050610bb6565b60c082101561098a576001945050505050610bb6565b8284015f808061099a85856117a1565b9250925092505f198314806109ad575080155b806109c15750836109be8385612214565b14155b156109d757600198505050505050505050610bb6565b60e08a018390528a51600203610abf576109f38385602061186d565b8b529250610a038385600861186d565b8c602001818152508194505050610a1c8385602061186d565b60608d01529250610a2f8385602061186d565b60408d01529250610a428385600861186d565b60808d01529250610a5383856118c0565b6001600160a01b031660a08e0152151560c08c01529250610a768385602061186d565b60c08d01529250610a87838561192c565b60208c01529250610a98838561196f565b60408c01526101008b018190529250610ab38385602061186d565b60608c01529250610b6c565b610acb8385600861186d565b8c602001818152508194505050610ae48385602061186d565b60408d0181905260608d01529250610afe8385600861186d565b60808d01529250610b0f83856118c0565b6001600160a01b031660a08e0152151560c08c01529250610b328385602061186d565b60c08d01529250610b43838561192c565b6020808d01919091526101008c01829052909350610b64908490869061186d565b60608c015292505b610b788385602061186d565b60808c01529250610b8b8385602061186d565b60a08c01529250838314610baa57600198505050505050505050610bb6565b5f985050505050505050505b9392505050565b5f5f855f01515f03610c2f575f610bde6001600160401b0386166002612262565b610be9906023612214565b905080866060015103610bfe575f9150610c29565b610c09816001612214565b866060015103610c1c5760019150610c29565b60035f9250925050610d7b565b50610c4b565b84516001600160401b03851614610c4b5750600390505f610d7b565b8460c00151610c5f5750600490505f610d7b565b602085015115610c745750600590505f610d7b565b604085015115610c895750600690505f610d7b565b61520886608001511015610ca25750600790505f610d7b565b8286604001511015610cb95750600890505f610d7b565b856040015186606001511115610cd45750600990505f610d7b565b8551600203610cfc57600185606001511115610cf55750600a90505f610d7b565b5060608401515b60808501511580610d23575070014551231950b75fc4402da1732fc9bebe19856080015110155b80610d30575060a0850151155b15610d405750600a90505f610d7b565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08560a001511115610d775750600b90505f610d7b565b5f91505b94509492505050565b5f610da6565b5f5b8115610da15760089190911c90600101610d8c565b919050565b8383035f5f87610e0e57607f85118015610df157610dc386610d8a565b868160031b60f8031b8160800160f81b1793506180808160031b60e8031b8417935060038101925050610e0c565b8580610dfb575060805b60f81b61010160ef1b179250600391505b505b808301604051808a15610e2357600281536001015b6038831060018114610e5b57610e3884610d8a565b8060f7018353848160031b610100031b6001840152806001018301925050610e68565b8360c00182536001820191505b50858a825e85018315610e7b5784815283015b81900390209998505050505050505050565b610ec86040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581525090565b5f5f610ed6858560c06111b5565b9150915081610ef857604051630992e7bf60e21b815260040160405180910390fd5b808501358352610f0d858583602060016119ec565b85602001866040018281525082815250829450505050610f3f8585836040610f359190612214565b9190910135919050565b836060018181525050610f5a8585836060610f359190612214565b836080018181525050610f758585836080610f359190612214565b5f1b8360a00181815250505f610f9386868460a0610f359190612214565b9050821580610fa35750835160ff105b80610fb55750606084015163ffffffff105b80610fc75750608084015163ffffffff105b80610fd25750600181115b15610ff057604051630992e7bf60e21b815260040160405180910390fd5b60011460c084015250909392505050565b611009611e10565b5f5f611017858560606111b5565b915091508161103957604051635e41e10b60e01b815260040160405180910390fd5b5f6110488686845f60206119ec565b602087015290935090508261107057604051635e41e10b60e01b815260040160405180910390fd5b8086018452604084015161108c90879087908590602090611a56565b15806110a757506110a586868460408860600151611a56565b155b156110c557604051635e41e10b60e01b815260040160405180910390fd5b50505092915050565b5f5f5f5f6110db8561087e565b90935091505085810181811015611106576110f789898861082d565b89600e9450945050505061111c565b6111138989888685611aa5565b5f945094505050505b9550959350505050565b5f5f5f5f611135868a8a6103a1565b909250905060ff82161561114e5750859250905061111c565b5f61115f8989848960400151611aed565b9350905060ff83161561117a5787839450945050505061111c565b6111a488826111958560a0015160601b5f9081526014902090565b8560c001518a606001516110ce565b945094505050509550959350505050565b5f808360208110156111cd575f5f9250925050610546565b853591508082111580156111e357508382820310155b925050935093915050565b5f5f6111fe8686866020806119ec565b6040860152909250905085810160208401528386013583526112268686610f35876040612214565b8360600181815250506112418686866060610f359190612214565b83608001818152505061125c8686866080610f359190612214565b5f1b8360a001818152505061127986868660a0610f359190612214565b8360c001818152505061129486868660c0610f359190612214565b60e08401528180156112ac5750606083015161ffff10155b80156112bd5750608083015160ff10155b80156109125750505060c001516001600160401b0310159392505050565b606081015161010081111561130657604051635cb7c1bf60e01b81526004810182905260240161063d565b8151811b156113285760405163417a35fb60e01b815260040160405180910390fd5b5f611426835f01515f7f55555555555555555555555555555555555555555555555555555555555555558260011c16820391507f33333333333333333333333333333333333333333333333333333333333333338260021c167f333333333333333333333333333333333333333333333333333333333333333383160191507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260041c83011691507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8260081c83011691507e01000100010001000100010001000100010001000100010001000100010001820260f01c9050919050565b90508260400151811461145d5782604001518160405163657ba8ab60e11b815260040161063d929190918252602082015260400190565b811580159061147c575061147382610100612279565b83516001911c16155b1561149a57604051632d4258d560e01b815260040160405180910390fd5b6080830151806114ea5760a08401511515806114b9575060c084015115155b806114c7575060e084015115155b156114e5576040516342654e7d60e11b815260040160405180910390fd5b61158a565b600181036115155760a0840151156114e557604051631c5194eb60e11b815260040160405180910390fd5b6002810361156e5760a08401518581189086148061154a5750831580159061154a575061154484610100612279565b81901c15155b15611568576040516376a6196960e01b815260040160405180910390fd5b5061158a565b60405163633cdd6d60e11b81526004810182905260240161063d565b5050505050565b60808101515f905f1981016115d3576115cb848460c001518560e0015160405192835260c09190911b602083015260288201526048902090565b915050610588565b600281036116065760a083015160c08085015160e0860151604051938452911b60208301526028820152604890206115cb565b505f9392505050565b81516040830151602084015160608501515f93929190846101008290035b61010081101561167b575f600187831c1615611659576001860395508560051b85013590508015831792505b60208b831c60051b8116998a52989098189790975260405f209660010161162d565b50801561169b5760405163f71db01960e01b815260040160405180910390fd5b5094979650505050505050565b5f600182116116b857505f919050565b6116c460018303611bae565b6101000392915050565b5f5f6116da86866112db565b5f6116e58787611591565b60405188815260c087901b602082015260288101869052604890209091506002876080015103611786575f6117218860a001518a185f1c611bae565b90505f886060015190508160ff0360018b821c1660051b84815285602082185260405f20945082610100036001830192505b808310156117805760018d841c1660051b91508582525f602083185260405f209550600183019250611753565b50505050505b61179288888484611c2f565b93509350505094509492505050565b5f195f80838510156118665784840385518060f81c60808110600181146118595760bf821194506080820385156117d9575060bf1982015b600180603783111561182157603783038060010192508660081b8160031b610100031c9350808811611809575f91505b508560011a61181557505f5b603883101561182157505f5b81870383111561182e57505f5b60808660011a1060818614161561184257505f5b801561185157818c0199508298505b505050611861565b889650600195505b505050505b9250925092565b5f5f5f5f5f61187c88886117a1565b5f199750919450925090508483148117868311176118b5578251805f1a831517156118b3578284019550808360031b610100031c94505b505b505050935093915050565b5f5f5f5f5f5f6118d088886117a1565b9250925092505f1995505f198314806118e65750805b156118f757505f9350611866915050565b8160140361190f57825160601c935060019450611921565b811561192157505f9350611866915050565b500192509250925092565b5f5f5f5f5f61193b87876117a1565b9250925092505f1983148061194d5750805b15611961575f195f945094505050506105e7565b509081019590945092505050565b5f5f5f5f5f61197e87876117a1565b9250925092505f19831480611991575080155b156119a5575f195f945094505050506105e7565b8282015b808410156119c8576119bb8482611cd8565b93508460010194506119a9565b5f1984036119e0575f195f95509550505050506105e7565b94505050509250929050565b5f8080806119ff8989610f35898b612214565b9050868803601f198101821115611a20575f5f5f9450945094505050611a4b565b8782018a013592508560208383030381611a3c57611a3c612227565b04831115945050860160200191505b955095509592505050565b5f80611a678787610f358789612214565b905084860380821180611a7c575060e0828203105b15611a8b575f92505050610398565b611a998888848901876111ee565b98975050505050505050565b5f5f5f611ab4878787876116ce565b91509150878214611ae25760405163bbd4605160e01b8152600481018390526024810189905260440161063d565b979650505050505050565b5f5f5f611b068560e0015160601b5f9081526014902090565b90505f5f611b138661087e565b9250925050818760200151141580611b3157506001600160401b0382145b15611b5057611b4188848861082d565b87600c94509450505050610d7b565b5f5f611b5c898c61058e565b915091508080611b6b57508282115b15611b8c57611b7b8a868a61082d565b89600d965096505050505050610d7b565b611b9e8a868a87600101868803611aa5565b9650505050505094509492505050565b5f8160801c611bbf5750608090811b905b8160c01c611bcf57604091821b91015b8160e01c611bdf57602091821b91015b8160f01c611bef57601091821b91015b8160f81c611bff57600891821b91015b8160fc1c611c0f57600491821b91015b8160fe1c611c1f57600291821b91015b8160ff1c610da157600101919050565b82516040840151602085015160608601515f93849390929091846101008290035b610100811015611ca7575f600187831c1615611c7c576001860395508560051b85013590508015831792505b60208d831c60051b811690811891909152998a5260405f8181209a909b529099209798600101611c50565b508015611cc75760405163f71db01960e01b815260040160405180910390fd5b509699959850949650505050505050565b5f5f5f5f611ce686866117a1565b9250925092505f19831480611cf9575080155b15611d0a575f199350505050610588565b828201611d1784826117a1565b919550935091505f19841480611d2a5750815b80611d36575082601414155b15611d48575f19945050505050610588565b611d54838501826117a1565b919550935091505f19841480611d68575081155b80611d7557508083850114155b15611d87575f19945050505050610588565b8084101561091257611d9984826117a1565b919550935091505f19841480611dac5750815b80611db8575082602014155b15611dca575f19945050505050610588565b92820192611d87565b6040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b60405180608001604052805f81526020015f8152602001611e2f611dd3565b8152602001611e3c611dd3565b905290565b5f5f83601f840112611e51575f5ffd5b5081356001600160401b03811115611e67575f5ffd5b6020830191508360208285010111156105e7575f5ffd5b80356001600160401b0381168114610da1575f5ffd5b5f5f5f5f60608587031215611ea7575f5ffd5b84356001600160401b03811115611ebc575f5ffd5b611ec887828801611e41565b9095509350611edb905060208601611e7e565b9396929550929360400135925050565b815160ff1681526101a081016020830151611f0b602084018260ff169052565b506040830151611f2660408401826001600160a01b03169052565b50606083015160608301526080830151611f4b60808401826001600160401b03169052565b5060a0830151611f6660a08401826001600160a01b03169052565b5060c083015160c083015260e0830151611f8b60e08401826001600160401b03169052565b50610100830151610100830152610120830151610120830152610140830151610140830152610160830151610160830152610180830151611fd161018084018215159052565b5092915050565b5f5f5f5f5f5f5f60a0888a031215611fee575f5ffd5b611ff788611e7e565b9650602088013595506040880135945060608801356001600160401b0381111561201f575f5ffd5b61202b8a828b01611e41565b90955093505060808801356001600160401b03811115612049575f5ffd5b6120558a828b01611e41565b989b979a50959850939692959293505050565b5f5f5f5f6060858703121561207b575f5ffd5b843593506020850135925060408501356001600160401b0381111561209e575f5ffd5b6120aa87828801611e41565b95989497509550505050565b803563ffffffff81168114610da1575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156120df575f5ffd5b873596506120ef602089016120b6565b95506120fd604089016120b6565b945060608801356001600160401b03811115612117575f5ffd5b6121238a828b01611e41565b90955093505060808801356001600160401b03811115612141575f5ffd5b8801601f81018a13612151575f5ffd5b80356001600160401b03811115612166575f5ffd5b8a60208260051b840101111561217a575f5ffd5b602082019350809250505092959891949750929550565b5f5f5f5f5f608086880312156121a5575f5ffd5b8535945060208601356001600160401b038111156121c1575f5ffd5b6121cd88828901611e41565b90955093506121e0905060408701611e7e565b949793965091946060013592915050565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561058857610588612200565b634e487b7160e01b5f52601260045260245ffd5b5f5f85851115612249575f5ffd5b83861115612255575f5ffd5b5050820193919092039150565b808202811582820484141761058857610588612200565b818103818111156105885761058861220056",
}

// VerifierHarness is an auto generated Go binding around an Ethereum contract.
type VerifierHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VerifierHarness) GetABI() abi.ABI {
	return c.abi
}

// NewVerifierHarness creates a new instance of VerifierHarness.
func NewVerifierHarness() *VerifierHarness {
	parsed, err := VerifierHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VerifierHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VerifierHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDecodeTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x425cf028.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodeTx(bytes raw, uint64 chainId, uint256 baseFee) pure returns((uint8,uint8,address,bytes32,uint64,address,uint256,uint64,uint256,uint256,uint256,uint256,bool) out)
func (verifierHarness *VerifierHarness) PackDecodeTx(raw []byte, chainId uint64, baseFee *big.Int) []byte {
	enc, err := verifierHarness.abi.Pack("decodeTx", raw, chainId, baseFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x425cf028.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodeTx(bytes raw, uint64 chainId, uint256 baseFee) pure returns((uint8,uint8,address,bytes32,uint64,address,uint256,uint64,uint256,uint256,uint256,uint256,bool) out)
func (verifierHarness *VerifierHarness) TryPackDecodeTx(raw []byte, chainId uint64, baseFee *big.Int) ([]byte, error) {
	return verifierHarness.abi.Pack("decodeTx", raw, chainId, baseFee)
}

// UnpackDecodeTx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x425cf028.
//
// Solidity: function decodeTx(bytes raw, uint64 chainId, uint256 baseFee) pure returns((uint8,uint8,address,bytes32,uint64,address,uint256,uint64,uint256,uint256,uint256,uint256,bool) out)
func (verifierHarness *VerifierHarness) UnpackDecodeTx(data []byte) (VerifierHarnessDecodedTx, error) {
	out, err := verifierHarness.abi.Unpack("decodeTx", data)
	if err != nil {
		return *new(VerifierHarnessDecodedTx), err
	}
	out0 := *abi.ConvertType(out[0], new(VerifierHarnessDecodedTx)).(*VerifierHarnessDecodedTx)
	return out0, nil
}

// PackRootAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4f6f376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootAfter(bytes32 key, bytes proof, uint64 nonce, uint256 balance) pure returns(bytes32)
func (verifierHarness *VerifierHarness) PackRootAfter(key [32]byte, proof []byte, nonce uint64, balance *big.Int) []byte {
	enc, err := verifierHarness.abi.Pack("rootAfter", key, proof, nonce, balance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4f6f376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootAfter(bytes32 key, bytes proof, uint64 nonce, uint256 balance) pure returns(bytes32)
func (verifierHarness *VerifierHarness) TryPackRootAfter(key [32]byte, proof []byte, nonce uint64, balance *big.Int) ([]byte, error) {
	return verifierHarness.abi.Pack("rootAfter", key, proof, nonce, balance)
}

// UnpackRootAfter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4f6f376.
//
// Solidity: function rootAfter(bytes32 key, bytes proof, uint64 nonce, uint256 balance) pure returns(bytes32)
func (verifierHarness *VerifierHarness) UnpackRootAfter(data []byte) ([32]byte, error) {
	out, err := verifierHarness.abi.Unpack("rootAfter", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepWithRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d30c73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepWithRules(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes element, bytes witness) pure returns(bytes32 postRoot, uint8 code)
func (verifierHarness *VerifierHarness) PackStepWithRules(chainId uint64, baseFee *big.Int, preRoot [32]byte, element []byte, witness []byte) []byte {
	enc, err := verifierHarness.abi.Pack("stepWithRules", chainId, baseFee, preRoot, element, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepWithRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d30c73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepWithRules(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes element, bytes witness) pure returns(bytes32 postRoot, uint8 code)
func (verifierHarness *VerifierHarness) TryPackStepWithRules(chainId uint64, baseFee *big.Int, preRoot [32]byte, element []byte, witness []byte) ([]byte, error) {
	return verifierHarness.abi.Pack("stepWithRules", chainId, baseFee, preRoot, element, witness)
}

// StepWithRulesOutput serves as a container for the return parameters of contract
// method StepWithRules.
type StepWithRulesOutput struct {
	PostRoot [32]byte
	Code     uint8
}

// UnpackStepWithRules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d30c73.
//
// Solidity: function stepWithRules(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes element, bytes witness) pure returns(bytes32 postRoot, uint8 code)
func (verifierHarness *VerifierHarness) UnpackStepWithRules(data []byte) (StepWithRulesOutput, error) {
	out, err := verifierHarness.abi.Unpack("stepWithRules", data)
	outstruct := new(StepWithRulesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PostRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Code = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackTxRootProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd07b672e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function txRootProof(bytes32 txRoot, uint32 txCount, uint32 txIndex, bytes rawTx, bytes32[] proof) pure returns(bool)
func (verifierHarness *VerifierHarness) PackTxRootProof(txRoot [32]byte, txCount uint32, txIndex uint32, rawTx []byte, proof [][32]byte) []byte {
	enc, err := verifierHarness.abi.Pack("txRootProof", txRoot, txCount, txIndex, rawTx, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTxRootProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd07b672e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function txRootProof(bytes32 txRoot, uint32 txCount, uint32 txIndex, bytes rawTx, bytes32[] proof) pure returns(bool)
func (verifierHarness *VerifierHarness) TryPackTxRootProof(txRoot [32]byte, txCount uint32, txIndex uint32, rawTx []byte, proof [][32]byte) ([]byte, error) {
	return verifierHarness.abi.Pack("txRootProof", txRoot, txCount, txIndex, rawTx, proof)
}

// UnpackTxRootProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd07b672e.
//
// Solidity: function txRootProof(bytes32 txRoot, uint32 txCount, uint32 txIndex, bytes rawTx, bytes32[] proof) pure returns(bool)
func (verifierHarness *VerifierHarness) UnpackTxRootProof(data []byte) (bool, error) {
	out, err := verifierHarness.abi.Unpack("txRootProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f91ba4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes32 root, bytes32 key, bytes proof) pure returns((bool,uint64,uint256) a)
func (verifierHarness *VerifierHarness) PackVerifyProof(root [32]byte, key [32]byte, proof []byte) []byte {
	enc, err := verifierHarness.abi.Pack("verifyProof", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f91ba4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes32 root, bytes32 key, bytes proof) pure returns((bool,uint64,uint256) a)
func (verifierHarness *VerifierHarness) TryPackVerifyProof(root [32]byte, key [32]byte, proof []byte) ([]byte, error) {
	return verifierHarness.abi.Pack("verifyProof", root, key, proof)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f91ba4c.
//
// Solidity: function verifyProof(bytes32 root, bytes32 key, bytes proof) pure returns((bool,uint64,uint256) a)
func (verifierHarness *VerifierHarness) UnpackVerifyProof(data []byte) (VerifierHarnessProvenAccount, error) {
	out, err := verifierHarness.abi.Unpack("verifyProof", data)
	if err != nil {
		return *new(VerifierHarnessProvenAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(VerifierHarnessProvenAccount)).(*VerifierHarnessProvenAccount)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (verifierHarness *VerifierHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["BadDepositPayload"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackBadDepositPayloadError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["MalformedElement"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackMalformedElementError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["MalformedProof"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackMalformedProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["MalformedWitness"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackMalformedWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofBadTerminal"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofBadTerminalError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofBitmapBeyondDepth"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofBitmapBeyondDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofDepthTooLarge"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofDepthTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofEmptyTerminalWithData"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofEmptyTerminalWithDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofMembershipWithOtherKey"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofMembershipWithOtherKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofOtherKeyNotOnPath"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofOtherKeyNotOnPathError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofRootMismatch"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofSiblingCount"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofSiblingCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofTerminalUnderEmptySibling"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofTerminalUnderEmptySiblingError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["ProofZeroSibling"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackProofZeroSiblingError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["TxIndexOutOfRange"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackTxIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["TxNotInBatch"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackTxNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verifierHarness.abi.Errors["UnknownElementKind"].ID.Bytes()[:4]) {
		return verifierHarness.UnpackUnknownElementKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VerifierHarnessBadDepositPayload represents a BadDepositPayload error raised by the VerifierHarness contract.
type VerifierHarnessBadDepositPayload struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDepositPayload(uint256 length)
func VerifierHarnessBadDepositPayloadErrorID() common.Hash {
	return common.HexToHash("0xea24b8557d33adcfc78403d6eb41dd0824f39064ce2a4f02582863a640b0e1e6")
}

// UnpackBadDepositPayloadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDepositPayload(uint256 length)
func (verifierHarness *VerifierHarness) UnpackBadDepositPayloadError(raw []byte) (*VerifierHarnessBadDepositPayload, error) {
	out := new(VerifierHarnessBadDepositPayload)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "BadDepositPayload", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessMalformedElement represents a MalformedElement error raised by the VerifierHarness contract.
type VerifierHarnessMalformedElement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedElement()
func VerifierHarnessMalformedElementErrorID() common.Hash {
	return common.HexToHash("0x264b9efc0f351acd12aee69c19a07ed84ce07ad8425c17a80abd5ce2109aeb60")
}

// UnpackMalformedElementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedElement()
func (verifierHarness *VerifierHarness) UnpackMalformedElementError(raw []byte) (*VerifierHarnessMalformedElement, error) {
	out := new(VerifierHarnessMalformedElement)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "MalformedElement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessMalformedProof represents a MalformedProof error raised by the VerifierHarness contract.
type VerifierHarnessMalformedProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedProof()
func VerifierHarnessMalformedProofErrorID() common.Hash {
	return common.HexToHash("0xf4ea0ab0e49fc2e6d996c761e58d482784142477d6e452c894b861bdcb69f5e6")
}

// UnpackMalformedProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedProof()
func (verifierHarness *VerifierHarness) UnpackMalformedProofError(raw []byte) (*VerifierHarnessMalformedProof, error) {
	out := new(VerifierHarnessMalformedProof)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "MalformedProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessMalformedWitness represents a MalformedWitness error raised by the VerifierHarness contract.
type VerifierHarnessMalformedWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedWitness()
func VerifierHarnessMalformedWitnessErrorID() common.Hash {
	return common.HexToHash("0x5e41e10b969d34bb35d9e30f030460d9255bfac58cf46a5db112c3d07cf0b814")
}

// UnpackMalformedWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedWitness()
func (verifierHarness *VerifierHarness) UnpackMalformedWitnessError(raw []byte) (*VerifierHarnessMalformedWitness, error) {
	out := new(VerifierHarnessMalformedWitness)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "MalformedWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofBadTerminal represents a ProofBadTerminal error raised by the VerifierHarness contract.
type VerifierHarnessProofBadTerminal struct {
	Terminal *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofBadTerminal(uint256 terminal)
func VerifierHarnessProofBadTerminalErrorID() common.Hash {
	return common.HexToHash("0xc679bada744b03f79578f31923f7e77e37ff58705cd0ddad186038e0dac3f6ec")
}

// UnpackProofBadTerminalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofBadTerminal(uint256 terminal)
func (verifierHarness *VerifierHarness) UnpackProofBadTerminalError(raw []byte) (*VerifierHarnessProofBadTerminal, error) {
	out := new(VerifierHarnessProofBadTerminal)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofBadTerminal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofBitmapBeyondDepth represents a ProofBitmapBeyondDepth error raised by the VerifierHarness contract.
type VerifierHarnessProofBitmapBeyondDepth struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofBitmapBeyondDepth()
func VerifierHarnessProofBitmapBeyondDepthErrorID() common.Hash {
	return common.HexToHash("0x417a35fb6737c3702739de1cf867cf4aeb9d465b1a0467b79cec716af1646615")
}

// UnpackProofBitmapBeyondDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofBitmapBeyondDepth()
func (verifierHarness *VerifierHarness) UnpackProofBitmapBeyondDepthError(raw []byte) (*VerifierHarnessProofBitmapBeyondDepth, error) {
	out := new(VerifierHarnessProofBitmapBeyondDepth)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofBitmapBeyondDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofDepthTooLarge represents a ProofDepthTooLarge error raised by the VerifierHarness contract.
type VerifierHarnessProofDepthTooLarge struct {
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofDepthTooLarge(uint256 depth)
func VerifierHarnessProofDepthTooLargeErrorID() common.Hash {
	return common.HexToHash("0x5cb7c1bf7a5fbd0dc3a323f0b6b525c5bf7c84ac206d420a521f3d3130aff28f")
}

// UnpackProofDepthTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofDepthTooLarge(uint256 depth)
func (verifierHarness *VerifierHarness) UnpackProofDepthTooLargeError(raw []byte) (*VerifierHarnessProofDepthTooLarge, error) {
	out := new(VerifierHarnessProofDepthTooLarge)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofDepthTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofEmptyTerminalWithData represents a ProofEmptyTerminalWithData error raised by the VerifierHarness contract.
type VerifierHarnessProofEmptyTerminalWithData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofEmptyTerminalWithData()
func VerifierHarnessProofEmptyTerminalWithDataErrorID() common.Hash {
	return common.HexToHash("0x84ca9cfaa575e615b9bbc51869fd224bd79b872de90623f4fdd1ea01ed0642b2")
}

// UnpackProofEmptyTerminalWithDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofEmptyTerminalWithData()
func (verifierHarness *VerifierHarness) UnpackProofEmptyTerminalWithDataError(raw []byte) (*VerifierHarnessProofEmptyTerminalWithData, error) {
	out := new(VerifierHarnessProofEmptyTerminalWithData)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofEmptyTerminalWithData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofMembershipWithOtherKey represents a ProofMembershipWithOtherKey error raised by the VerifierHarness contract.
type VerifierHarnessProofMembershipWithOtherKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofMembershipWithOtherKey()
func VerifierHarnessProofMembershipWithOtherKeyErrorID() common.Hash {
	return common.HexToHash("0x38a329d6904bb23beffc693962d7c61e03a5576fd0e8fd451ba2621802cbbb0a")
}

// UnpackProofMembershipWithOtherKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofMembershipWithOtherKey()
func (verifierHarness *VerifierHarness) UnpackProofMembershipWithOtherKeyError(raw []byte) (*VerifierHarnessProofMembershipWithOtherKey, error) {
	out := new(VerifierHarnessProofMembershipWithOtherKey)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofMembershipWithOtherKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofOtherKeyNotOnPath represents a ProofOtherKeyNotOnPath error raised by the VerifierHarness contract.
type VerifierHarnessProofOtherKeyNotOnPath struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofOtherKeyNotOnPath()
func VerifierHarnessProofOtherKeyNotOnPathErrorID() common.Hash {
	return common.HexToHash("0x76a619697bf7886980486b96a9295a96f84a8039f0a436ac1e019164d37840c4")
}

// UnpackProofOtherKeyNotOnPathError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofOtherKeyNotOnPath()
func (verifierHarness *VerifierHarness) UnpackProofOtherKeyNotOnPathError(raw []byte) (*VerifierHarnessProofOtherKeyNotOnPath, error) {
	out := new(VerifierHarnessProofOtherKeyNotOnPath)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofOtherKeyNotOnPath", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofRootMismatch represents a ProofRootMismatch error raised by the VerifierHarness contract.
type VerifierHarnessProofRootMismatch struct {
	Computed [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRootMismatch(bytes32 computed, bytes32 expected)
func VerifierHarnessProofRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xbbd4605165ef423a288825a3dff4ee4b424899eb2e4598afe8d0309ce8b1dd54")
}

// UnpackProofRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRootMismatch(bytes32 computed, bytes32 expected)
func (verifierHarness *VerifierHarness) UnpackProofRootMismatchError(raw []byte) (*VerifierHarnessProofRootMismatch, error) {
	out := new(VerifierHarnessProofRootMismatch)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofSiblingCount represents a ProofSiblingCount error raised by the VerifierHarness contract.
type VerifierHarnessProofSiblingCount struct {
	Listed     *big.Int
	BitmapBits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofSiblingCount(uint256 listed, uint256 bitmapBits)
func VerifierHarnessProofSiblingCountErrorID() common.Hash {
	return common.HexToHash("0xcaf751566c51e34964fac49f632f3b70f8e83771a5821136c304475b938be4e6")
}

// UnpackProofSiblingCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofSiblingCount(uint256 listed, uint256 bitmapBits)
func (verifierHarness *VerifierHarness) UnpackProofSiblingCountError(raw []byte) (*VerifierHarnessProofSiblingCount, error) {
	out := new(VerifierHarnessProofSiblingCount)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofSiblingCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofTerminalUnderEmptySibling represents a ProofTerminalUnderEmptySibling error raised by the VerifierHarness contract.
type VerifierHarnessProofTerminalUnderEmptySibling struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofTerminalUnderEmptySibling()
func VerifierHarnessProofTerminalUnderEmptySiblingErrorID() common.Hash {
	return common.HexToHash("0x2d4258d5b0ca84e39f4b584fe3da6358c783422655d31c9b7c00e91d26802ce2")
}

// UnpackProofTerminalUnderEmptySiblingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofTerminalUnderEmptySibling()
func (verifierHarness *VerifierHarness) UnpackProofTerminalUnderEmptySiblingError(raw []byte) (*VerifierHarnessProofTerminalUnderEmptySibling, error) {
	out := new(VerifierHarnessProofTerminalUnderEmptySibling)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofTerminalUnderEmptySibling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessProofZeroSibling represents a ProofZeroSibling error raised by the VerifierHarness contract.
type VerifierHarnessProofZeroSibling struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofZeroSibling()
func VerifierHarnessProofZeroSiblingErrorID() common.Hash {
	return common.HexToHash("0xf71db01937cf46ce44fa670fdf5927f461938f67f605825dcf3847037d666361")
}

// UnpackProofZeroSiblingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofZeroSibling()
func (verifierHarness *VerifierHarness) UnpackProofZeroSiblingError(raw []byte) (*VerifierHarnessProofZeroSibling, error) {
	out := new(VerifierHarnessProofZeroSibling)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "ProofZeroSibling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessTxIndexOutOfRange represents a TxIndexOutOfRange error raised by the VerifierHarness contract.
type VerifierHarnessTxIndexOutOfRange struct {
	TxIndex *big.Int
	TxCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxIndexOutOfRange(uint256 txIndex, uint256 txCount)
func VerifierHarnessTxIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xcdf318334a566c1e5f62bb9486eb1df8a998110f914229be760e7489ea281c87")
}

// UnpackTxIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxIndexOutOfRange(uint256 txIndex, uint256 txCount)
func (verifierHarness *VerifierHarness) UnpackTxIndexOutOfRangeError(raw []byte) (*VerifierHarnessTxIndexOutOfRange, error) {
	out := new(VerifierHarnessTxIndexOutOfRange)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "TxIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessTxNotInBatch represents a TxNotInBatch error raised by the VerifierHarness contract.
type VerifierHarnessTxNotInBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxNotInBatch()
func VerifierHarnessTxNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x2061689ec168f0a362344f36dc26ab88c893083464113d99643c64fdf92045a3")
}

// UnpackTxNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxNotInBatch()
func (verifierHarness *VerifierHarness) UnpackTxNotInBatchError(raw []byte) (*VerifierHarnessTxNotInBatch, error) {
	out := new(VerifierHarnessTxNotInBatch)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "TxNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerifierHarnessUnknownElementKind represents a UnknownElementKind error raised by the VerifierHarness contract.
type VerifierHarnessUnknownElementKind struct {
	Kind *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownElementKind(uint256 kind)
func VerifierHarnessUnknownElementKindErrorID() common.Hash {
	return common.HexToHash("0x1d402262a22381e4d4858b845810653f07a609f690c4970ed5117f51767641f6")
}

// UnpackUnknownElementKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownElementKind(uint256 kind)
func (verifierHarness *VerifierHarness) UnpackUnknownElementKindError(raw []byte) (*VerifierHarnessUnknownElementKind, error) {
	out := new(VerifierHarnessUnknownElementKind)
	if err := verifierHarness.abi.UnpackIntoInterface(out, "UnknownElementKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}
