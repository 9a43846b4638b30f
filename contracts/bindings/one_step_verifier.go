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

// OneStepVerifierMetaData contains all meta data concerning the OneStepVerifier contract.
var OneStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"baseFee_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadDepositPayload\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"terminal\",\"type\":\"uint256\"}],\"name\":\"ProofBadTerminal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofBitmapBeyondDepth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"ProofDepthTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofEmptyTerminalWithData\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofMembershipWithOtherKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofOtherKeyNotOnPath\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ProofRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bitmapBits\",\"type\":\"uint256\"}],\"name\":\"ProofSiblingCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofTerminalUnderEmptySibling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofZeroSibling\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"TxIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TxNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"kind\",\"type\":\"uint256\"}],\"name\":\"UnknownElementKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"baseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"element\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OneStepVerifier",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611dca380380611dca83398101604081905261002e9161006d565b816001600160401b03165f0361005757604051633212217560e21b815260040160405180910390fd5b6001600160401b0390911660805260a0526100a4565b5f5f6040838503121561007e575f5ffd5b82516001600160401b0381168114610094575f5ffd5b6020939093015192949293505050565b60805160a051611cfa6100d05f395f81816077015261010f01525f818160ac015260ee0152611cfa5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347fbadb9146100435780636ef25c3a146100725780639a8a0592146100a7575b5f5ffd5b610056610051366004611bf5565b6100e7565b6040805192835260ff9091166020830152015b60405180910390f35b6100997f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610069565b6100ce7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610069565b5f5f6101387f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008989898989610147565b915091505b9550959350505050565b5f5f5f6101548787610331565b90505f61016186866104a5565b60208301516040840151845192935090916101dd576034811461019f5760405163ea24b85560e01b8152600481018290526024015b60405180910390fd5b898201803560601c90601401356101ce8d806101c38560601b5f9081526014902090565b848960600151610572565b97509750505050505050610325565b83516001148015906101f157508351600214155b15610215578351604051630ea0113160e11b81526004810191909152602401610196565b5f8a838b6102238583611c82565b9261023093929190611c95565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050875192935050600119909101905061030e5784608001518560600151106102ae576060850151608086015160405163cdf3183360e01b815260048101929092526024820152604401610196565b6102d68560a00151866080015187606001518480519060200120885f015189602001516105c7565b6102f357604051631030b44f60e11b815260040160405180910390fd5b8460c001511561030e578b600f965096505050505050610325565b61031b8e8e8e8488610630565b9650965050505050505b97509795505050505050565b61036c6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581525090565b5f5f61037a858560c06106bf565b915091508161039c57604051630992e7bf60e21b815260040160405180910390fd5b8085013583526103b1858583602060016106f9565b856020018660400182815250828152508294505050506103e385858360406103d99190611c82565b9190910135919050565b8360600181815250506103fe85858360606103d99190611c82565b83608001818152505061041985858360806103d99190611c82565b5f1b8360a00181815250505f61043786868460a06103d99190611c82565b90508215806104475750835160ff105b806104595750606084015163ffffffff105b8061046b5750608084015163ffffffff105b806104765750600181115b1561049457604051630992e7bf60e21b815260040160405180910390fd5b60011460c084015250909392505050565b6104ad611b16565b5f5f6104bb858560606106bf565b91509150816104dd57604051635e41e10b60e01b815260040160405180910390fd5b5f6104ec8686845f60206106f9565b602087015290935090508261051457604051635e41e10b60e01b815260040160405180910390fd5b8086018452604084015161053090879087908590602090610763565b158061054b575061054986868460408860600151610763565b155b1561056957604051635e41e10b60e01b815260040160405180910390fd5b50505092915050565b5f5f5f5f61057f856107b4565b909350915050858101818110156105aa5761059b8989886107e9565b89600e9450945050505061013d565b6105b7898988868561083a565b9a5f9a5098505050505050505050565b5f85851015806105df57506105db86610882565b8214155b156105eb57505f610626565b835f5b83811015610620576020600588811b821693845282901b86013592189190915260405f20600196871c969091016105ee565b50871490505b9695505050505050565b5f5f5f5f61063f868a8a6108a8565b909250905060ff8216156106585750859250905061013d565b5f6106698989848960400151610a54565b9350905060ff8316156106845787839450945050505061013d565b6106ae888261069f8560a0015160601b5f9081526014902090565b8560c001518a60600151610572565b945094505050509550959350505050565b5f808360208110156106d7575f5f92509250506106f1565b853591508082111580156106ed57508382820310155b9250505b935093915050565b5f80808061070c89896103d9898b611c82565b9050868803601f19810182111561072d575f5f5f9450945094505050610758565b8782018a01359250856020838303038161074957610749611cbc565b04831115945050860160200191505b955095509592505050565b5f8061077487876103d98789611c82565b905084860380821180610789575060e0828203105b15610798575f925050506107ab565b6107a6888884890187610b17565b925050505b95945050505050565b5f5f5f60018460800151146107d057505f9150819050806107e2565b50505060c081015160e0820151600191905b9193909250565b6107f38282610c05565b5f61080883836108038686610ebb565b610f3b565b90508381146108345760405163bbd4605160e01b81526004810182905260248101859052604401610196565b50505050565b5f5f5f61084987878787610fd7565b915091508782146108775760405163bbd4605160e01b81526004810183905260248101899052604401610196565b979650505050505050565b5f6001821161089257505f919050565b61089e600183036110aa565b6101000392915050565b5f6109016040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81525090565b6109496040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f81525090565b61095486838361112c565b925060ff83161561096557506106f1565b5f610972838388886113be565b909450905060ff8416156109875750506106f1565b61099f835f01518360e0015184610100015189611586565b61010084018190525f906001906109b784601b611c82565b608086015160a0870151604080515f8152602001908190526109f5949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa158015610a15573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610a3c57600a94505050506106f1565b6001600160a01b031660e08401525050935093915050565b5f5f5f610a6d8560e0015160601b5f9081526014902090565b90505f5f610a7a866107b4565b9250925050818760200151141580610a99575067ffffffffffffffff82145b15610ab857610aa98884886107e9565b87600c94509450505050610b0e565b5f5f610ac4898c61168a565b915091508080610ad357508282115b15610af457610ae38a868a6107e9565b89600d965096505050505050610b0e565b610b068a868a8760010186880361083a565b965050505050505b94509492505050565b5f5f610b278686866020806106f9565b604086015290925090508581016020840152838601358352610b4f86866103d9876040611c82565b836060018181525050610b6a86868660606103d99190611c82565b836080018181525050610b8586868660806103d99190611c82565b5f1b8360a0018181525050610ba286868660a06103d99190611c82565b8360c0018181525050610bbd86868660c06103d99190611c82565b60e0840152818015610bd55750606083015161ffff10155b8015610be65750608083015160ff10155b80156106265750505060c0015167ffffffffffffffff10159392505050565b6060810151610100811115610c3057604051635cb7c1bf60e01b815260048101829052602401610196565b8151811b15610c525760405163417a35fb60e01b815260040160405180910390fd5b5f610d50835f01515f7f55555555555555555555555555555555555555555555555555555555555555558260011c16820391507f33333333333333333333333333333333333333333333333333333333333333338260021c167f333333333333333333333333333333333333333333333333333333333333333383160191507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260041c83011691507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8260081c83011691507e01000100010001000100010001000100010001000100010001000100010001820260f01c9050919050565b905082604001518114610d875782604001518160405163657ba8ab60e11b8152600401610196929190918252602082015260400190565b8115801590610da65750610d9d82610100611cd0565b83516001911c16155b15610dc457604051632d4258d560e01b815260040160405180910390fd5b608083015180610e145760a0840151151580610de3575060c084015115155b80610df1575060e084015115155b15610e0f576040516342654e7d60e11b815260040160405180910390fd5b610eb4565b60018103610e3f5760a084015115610e0f57604051631c5194eb60e11b815260040160405180910390fd5b60028103610e985760a084015185811890861480610e7457508315801590610e745750610e6e84610100611cd0565b81901c15155b15610e92576040516376a6196960e01b815260040160405180910390fd5b50610eb4565b60405163633cdd6d60e11b815260048101829052602401610196565b5050505050565b60808101515f905f198101610efd57610ef5848460c001518560e0015160405192835260c09190911b602083015260288201526048902090565b915050610f35565b60028103610f305760a083015160c08085015160e0860151604051938452911b6020830152602882015260489020610ef5565b505f90505b92915050565b81516040830151602084015160608501515f93929190846101008290035b610100811015610fa7575f600187831c1615610f85576001860395508560051b85013590508015831792505b60208b831c60051b8116998a52989098189790975260405f2096600101610f59565b508015610fc75760405163f71db01960e01b815260040160405180910390fd5b86955050505050505b9392505050565b5f5f610fe38686610c05565b5f610fee8787610ebb565b60405188815260c087901b60208201526028810186905260489020909150600287608001510361108f575f61102a8860a001518a185f1c6110aa565b90505f886060015190508160ff0360018b821c1660051b84815285602082185260405f20945082610100036001830192505b808310156110895760018d841c1660051b91508582525f602083185260405f20955060018301925061105c565b50505050505b61109b888884846116ea565b93509350505094509492505050565b5f8160801c6110bb5750608090811b905b8160c01c6110cb57604091821b91015b8160e01c6110db57602091821b91015b8160f01c6110eb57601091821b91015b8160f81c6110fb57600891821b91015b8160fc1c61110b57600491821b91015b8160fe1c61111b57600291821b91015b8160ff1c611127576001015b919050565b82515f90808203611141576001915050610fd0565b6020850180515f1a8160028290036111615750600286526001820161118d565b6080821015611177576002945050505050610fd0565b60c082101561118d576001945050505050610fd0565b8284015f808061119d8585611793565b9250925092505f198314806111b0575080155b806111c45750836111c18385611c82565b14155b156111da57600198505050505050505050610fd0565b60e08a018390528a516002036112c2576111f68385602061185f565b8b5292506112068385600861185f565b8c60200181815250819450505061121f8385602061185f565b60608d015292506112328385602061185f565b60408d015292506112458385600861185f565b60808d0152925061125683856118b2565b6001600160a01b031660a08e0152151560c08c015292506112798385602061185f565b60c08d0152925061128a838561191e565b60208c0152925061129b8385611961565b60408c01526101008b0181905292506112b68385602061185f565b60608c0152925061136f565b6112ce8385600861185f565b8c6020018181525081945050506112e78385602061185f565b60408d0181905260608d015292506113018385600861185f565b60808d0152925061131283856118b2565b6001600160a01b031660a08e0152151560c08c015292506113358385602061185f565b60c08d01529250611346838561191e565b6020808d01919091526101008c01829052909350611367908490869061185f565b60608c015292505b61137b8385602061185f565b60808c0152925061138e8385602061185f565b60a08c015292508383146113ad57600198505050505050505050610fd0565b505f9b9a5050505050505050505050565b5f5f855f01515f03611431575f6113e067ffffffffffffffff86166002611ce3565b6113eb906023611c82565b905080866060015103611400575f915061142b565b61140b816001611c82565b86606001510361141e576001915061142b565b60035f9250925050610b0e565b5061144e565b845167ffffffffffffffff85161461144e5750600390505f610b0e565b8460c001516114625750600490505f610b0e565b6020850151156114775750600590505f610b0e565b60408501511561148c5750600690505f610b0e565b615208866080015110156114a55750600790505f610b0e565b82866040015110156114bc5750600890505f610b0e565b8560400151866060015111156114d75750600990505f610b0e565b85516002036114ff576001856060015111156114f85750600a90505f610b0e565b5060608401515b60808501511580611526575070014551231950b75fc4402da1732fc9bebe19856080015110155b80611533575060a0850151155b156115435750600a90505f610b0e565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08560a00151111561157a5750600b90505f610b0e565b5f915094509492505050565b5f6115a3565b5f5b81156111275760089190911c9060010161158e565b8383035f5f8761160b57607f851180156115ee576115c08661158c565b868160031b60f8031b8160800160f81b1793506180808160031b60e8031b8417935060038101925050611609565b85806115f8575060805b60f81b61010160ef1b179250600391505b505b808301604051808a1561162057600281536001015b6038831060018114611658576116358461158c565b8060f7018353848160031b610100031b6001840152806001018301925050611665565b8360c00182536001820191505b50858a825e850183156116785784815283015b81900390209998505050505050505050565b5f5f5f61169785856119de565b90507e031eea408f8e1799cb883da2927b1336521d73c2c14accfebb70d5c5ae46698111156116cd575f600192509250506116e3565b60c0850151615208919091029081019250821090505b9250929050565b82516040840151602085015160608601515f93849390929091846101008290035b610100811015611762575f600187831c1615611737576001860395508560051b85013590508015831792505b60208d831c60051b811690811891909152998a5260405f8181209a909b52909920979860010161170b565b5080156117825760405163f71db01960e01b815260040160405180910390fd5b509699959850949650505050505050565b5f195f80838510156118585784840385518060f81c608081106001811461184b5760bf821194506080820385156117cb575060bf1982015b600180603783111561181357603783038060010192508660081b8160031b610100031c93508088116117fb575f91505b508560011a61180757505f5b603883101561181357505f5b81870383111561182057505f5b60808660011a1060818614161561183457505f5b801561184357818c0199508298505b505050611853565b889650600195505b505050505b9250925092565b5f5f5f5f5f61186e8888611793565b5f199750919450925090508483148117868311176118a7578251805f1a831517156118a5578284019550808360031b610100031c94505b505b505050935093915050565b5f5f5f5f5f5f6118c28888611793565b9250925092505f1995505f198314806118d85750805b156118e957505f9350611858915050565b8160140361190157825160601c935060019450611913565b811561191357505f9350611858915050565b500192509250925092565b5f5f5f5f5f61192d8787611793565b9250925092505f1983148061193f5750805b15611953575f195f945094505050506116e3565b509081019590945092505050565b5f5f5f5f5f6119708787611793565b9250925092505f19831480611983575080155b15611997575f195f945094505050506116e3565b8282015b808410156119ba576119ad8482611a1b565b935084600101945061199b565b5f1984036119d2575f195f95509550505050506116e3565b94505050509250929050565b81515f9081036119f357506040820151610f35565b81836040015103836060015110611a0f57506040820151610f35565b50606091909101510190565b5f5f5f5f611a298686611793565b9250925092505f19831480611a3c575080155b15611a4d575f199350505050610f35565b828201611a5a8482611793565b919550935091505f19841480611a6d5750815b80611a79575082601414155b15611a8b575f19945050505050610f35565b611a9783850182611793565b919550935091505f19841480611aab575081155b80611ab857508083850114155b15611aca575f19945050505050610f35565b8084101561062657611adc8482611793565b919550935091505f19841480611aef5750815b80611afb575082602014155b15611b0d575f19945050505050610f35565b92820192611aca565b60405180608001604052805f81526020015f8152602001611b6d6040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b8152602001611bb26040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b905290565b5f5f83601f840112611bc7575f5ffd5b50813567ffffffffffffffff811115611bde575f5ffd5b6020830191508360208285010111156116e3575f5ffd5b5f5f5f5f5f60608688031215611c09575f5ffd5b85359450602086013567ffffffffffffffff811115611c26575f5ffd5b611c3288828901611bb7565b909550935050604086013567ffffffffffffffff811115611c51575f5ffd5b611c5d88828901611bb7565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610f3557610f35611c6e565b5f5f85851115611ca3575f5ffd5b83861115611caf575f5ffd5b5050820193919092039150565b634e487b7160e01b5f52601260045260245ffd5b81810381811115610f3557610f35611c6e565b8082028115828204841417610f3557610f35611c6e56",
}

// OneStepVerifier is an auto generated Go binding around an Ethereum contract.
type OneStepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewOneStepVerifier creates a new instance of OneStepVerifier.
func NewOneStepVerifier() *OneStepVerifier {
	parsed, err := OneStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 chainId_, uint256 baseFee_) returns()
func (oneStepVerifier *OneStepVerifier) PackConstructor(chainId_ uint64, baseFee_ *big.Int) []byte {
	enc, err := oneStepVerifier.abi.Pack("", chainId_, baseFee_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepVerifier *OneStepVerifier) PackBaseFee() []byte {
	enc, err := oneStepVerifier.abi.Pack("baseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepVerifier *OneStepVerifier) TryPackBaseFee() ([]byte, error) {
	return oneStepVerifier.abi.Pack("baseFee")
}

// UnpackBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepVerifier *OneStepVerifier) UnpackBaseFee(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("baseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainId() view returns(uint64)
func (oneStepVerifier *OneStepVerifier) PackChainId() []byte {
	enc, err := oneStepVerifier.abi.Pack("chainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainId() view returns(uint64)
func (oneStepVerifier *OneStepVerifier) TryPackChainId() ([]byte, error) {
	return oneStepVerifier.abi.Pack("chainId")
}

// UnpackChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (oneStepVerifier *OneStepVerifier) UnpackChainId(data []byte) (uint64, error) {
	out, err := oneStepVerifier.abi.Unpack("chainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47fbadb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes32 preRoot, bytes element, bytes witness) view returns(bytes32 postRoot, uint8 code)
func (oneStepVerifier *OneStepVerifier) PackStep(preRoot [32]byte, element []byte, witness []byte) []byte {
	enc, err := oneStepVerifier.abi.Pack("step", preRoot, element, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47fbadb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes32 preRoot, bytes element, bytes witness) view returns(bytes32 postRoot, uint8 code)
func (oneStepVerifier *OneStepVerifier) TryPackStep(preRoot [32]byte, element []byte, witness []byte) ([]byte, error) {
	return oneStepVerifier.abi.Pack("step", preRoot, element, witness)
}

// StepOutput serves as a container for the return parameters of contract
// method Step.
type StepOutput struct {
	PostRoot [32]byte
	Code     uint8
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47fbadb9.
//
// Solidity: function step(bytes32 preRoot, bytes element, bytes witness) view returns(bytes32 postRoot, uint8 code)
func (oneStepVerifier *OneStepVerifier) UnpackStep(data []byte) (StepOutput, error) {
	out, err := oneStepVerifier.abi.Unpack("step", data)
	outstruct := new(StepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PostRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Code = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepVerifier *OneStepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["BadDepositPayload"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackBadDepositPayloadError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["MalformedElement"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackMalformedElementError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["MalformedWitness"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackMalformedWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofBadTerminal"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofBadTerminalError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofBitmapBeyondDepth"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofBitmapBeyondDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofDepthTooLarge"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofDepthTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofEmptyTerminalWithData"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofEmptyTerminalWithDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofMembershipWithOtherKey"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofMembershipWithOtherKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofOtherKeyNotOnPath"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofOtherKeyNotOnPathError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofRootMismatch"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofSiblingCount"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofSiblingCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofTerminalUnderEmptySibling"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofTerminalUnderEmptySiblingError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ProofZeroSibling"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackProofZeroSiblingError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["TxIndexOutOfRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackTxIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["TxNotInBatch"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackTxNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["UnknownElementKind"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackUnknownElementKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ZeroChainId"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackZeroChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepVerifierBadDepositPayload represents a BadDepositPayload error raised by the OneStepVerifier contract.
type OneStepVerifierBadDepositPayload struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDepositPayload(uint256 length)
func OneStepVerifierBadDepositPayloadErrorID() common.Hash {
	return common.HexToHash("0xea24b8557d33adcfc78403d6eb41dd0824f39064ce2a4f02582863a640b0e1e6")
}

// UnpackBadDepositPayloadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDepositPayload(uint256 length)
func (oneStepVerifier *OneStepVerifier) UnpackBadDepositPayloadError(raw []byte) (*OneStepVerifierBadDepositPayload, error) {
	out := new(OneStepVerifierBadDepositPayload)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "BadDepositPayload", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierMalformedElement represents a MalformedElement error raised by the OneStepVerifier contract.
type OneStepVerifierMalformedElement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedElement()
func OneStepVerifierMalformedElementErrorID() common.Hash {
	return common.HexToHash("0x264b9efc0f351acd12aee69c19a07ed84ce07ad8425c17a80abd5ce2109aeb60")
}

// UnpackMalformedElementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedElement()
func (oneStepVerifier *OneStepVerifier) UnpackMalformedElementError(raw []byte) (*OneStepVerifierMalformedElement, error) {
	out := new(OneStepVerifierMalformedElement)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "MalformedElement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierMalformedWitness represents a MalformedWitness error raised by the OneStepVerifier contract.
type OneStepVerifierMalformedWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedWitness()
func OneStepVerifierMalformedWitnessErrorID() common.Hash {
	return common.HexToHash("0x5e41e10b969d34bb35d9e30f030460d9255bfac58cf46a5db112c3d07cf0b814")
}

// UnpackMalformedWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedWitness()
func (oneStepVerifier *OneStepVerifier) UnpackMalformedWitnessError(raw []byte) (*OneStepVerifierMalformedWitness, error) {
	out := new(OneStepVerifierMalformedWitness)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "MalformedWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofBadTerminal represents a ProofBadTerminal error raised by the OneStepVerifier contract.
type OneStepVerifierProofBadTerminal struct {
	Terminal *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofBadTerminal(uint256 terminal)
func OneStepVerifierProofBadTerminalErrorID() common.Hash {
	return common.HexToHash("0xc679bada744b03f79578f31923f7e77e37ff58705cd0ddad186038e0dac3f6ec")
}

// UnpackProofBadTerminalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofBadTerminal(uint256 terminal)
func (oneStepVerifier *OneStepVerifier) UnpackProofBadTerminalError(raw []byte) (*OneStepVerifierProofBadTerminal, error) {
	out := new(OneStepVerifierProofBadTerminal)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofBadTerminal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofBitmapBeyondDepth represents a ProofBitmapBeyondDepth error raised by the OneStepVerifier contract.
type OneStepVerifierProofBitmapBeyondDepth struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofBitmapBeyondDepth()
func OneStepVerifierProofBitmapBeyondDepthErrorID() common.Hash {
	return common.HexToHash("0x417a35fb6737c3702739de1cf867cf4aeb9d465b1a0467b79cec716af1646615")
}

// UnpackProofBitmapBeyondDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofBitmapBeyondDepth()
func (oneStepVerifier *OneStepVerifier) UnpackProofBitmapBeyondDepthError(raw []byte) (*OneStepVerifierProofBitmapBeyondDepth, error) {
	out := new(OneStepVerifierProofBitmapBeyondDepth)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofBitmapBeyondDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofDepthTooLarge represents a ProofDepthTooLarge error raised by the OneStepVerifier contract.
type OneStepVerifierProofDepthTooLarge struct {
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofDepthTooLarge(uint256 depth)
func OneStepVerifierProofDepthTooLargeErrorID() common.Hash {
	return common.HexToHash("0x5cb7c1bf7a5fbd0dc3a323f0b6b525c5bf7c84ac206d420a521f3d3130aff28f")
}

// UnpackProofDepthTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofDepthTooLarge(uint256 depth)
func (oneStepVerifier *OneStepVerifier) UnpackProofDepthTooLargeError(raw []byte) (*OneStepVerifierProofDepthTooLarge, error) {
	out := new(OneStepVerifierProofDepthTooLarge)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofDepthTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofEmptyTerminalWithData represents a ProofEmptyTerminalWithData error raised by the OneStepVerifier contract.
type OneStepVerifierProofEmptyTerminalWithData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofEmptyTerminalWithData()
func OneStepVerifierProofEmptyTerminalWithDataErrorID() common.Hash {
	return common.HexToHash("0x84ca9cfaa575e615b9bbc51869fd224bd79b872de90623f4fdd1ea01ed0642b2")
}

// UnpackProofEmptyTerminalWithDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofEmptyTerminalWithData()
func (oneStepVerifier *OneStepVerifier) UnpackProofEmptyTerminalWithDataError(raw []byte) (*OneStepVerifierProofEmptyTerminalWithData, error) {
	out := new(OneStepVerifierProofEmptyTerminalWithData)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofEmptyTerminalWithData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofMembershipWithOtherKey represents a ProofMembershipWithOtherKey error raised by the OneStepVerifier contract.
type OneStepVerifierProofMembershipWithOtherKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofMembershipWithOtherKey()
func OneStepVerifierProofMembershipWithOtherKeyErrorID() common.Hash {
	return common.HexToHash("0x38a329d6904bb23beffc693962d7c61e03a5576fd0e8fd451ba2621802cbbb0a")
}

// UnpackProofMembershipWithOtherKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofMembershipWithOtherKey()
func (oneStepVerifier *OneStepVerifier) UnpackProofMembershipWithOtherKeyError(raw []byte) (*OneStepVerifierProofMembershipWithOtherKey, error) {
	out := new(OneStepVerifierProofMembershipWithOtherKey)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofMembershipWithOtherKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofOtherKeyNotOnPath represents a ProofOtherKeyNotOnPath error raised by the OneStepVerifier contract.
type OneStepVerifierProofOtherKeyNotOnPath struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofOtherKeyNotOnPath()
func OneStepVerifierProofOtherKeyNotOnPathErrorID() common.Hash {
	return common.HexToHash("0x76a619697bf7886980486b96a9295a96f84a8039f0a436ac1e019164d37840c4")
}

// UnpackProofOtherKeyNotOnPathError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofOtherKeyNotOnPath()
func (oneStepVerifier *OneStepVerifier) UnpackProofOtherKeyNotOnPathError(raw []byte) (*OneStepVerifierProofOtherKeyNotOnPath, error) {
	out := new(OneStepVerifierProofOtherKeyNotOnPath)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofOtherKeyNotOnPath", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofRootMismatch represents a ProofRootMismatch error raised by the OneStepVerifier contract.
type OneStepVerifierProofRootMismatch struct {
	Computed [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRootMismatch(bytes32 computed, bytes32 expected)
func OneStepVerifierProofRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xbbd4605165ef423a288825a3dff4ee4b424899eb2e4598afe8d0309ce8b1dd54")
}

// UnpackProofRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRootMismatch(bytes32 computed, bytes32 expected)
func (oneStepVerifier *OneStepVerifier) UnpackProofRootMismatchError(raw []byte) (*OneStepVerifierProofRootMismatch, error) {
	out := new(OneStepVerifierProofRootMismatch)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofSiblingCount represents a ProofSiblingCount error raised by the OneStepVerifier contract.
type OneStepVerifierProofSiblingCount struct {
	Listed     *big.Int
	BitmapBits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofSiblingCount(uint256 listed, uint256 bitmapBits)
func OneStepVerifierProofSiblingCountErrorID() common.Hash {
	return common.HexToHash("0xcaf751566c51e34964fac49f632f3b70f8e83771a5821136c304475b938be4e6")
}

// UnpackProofSiblingCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofSiblingCount(uint256 listed, uint256 bitmapBits)
func (oneStepVerifier *OneStepVerifier) UnpackProofSiblingCountError(raw []byte) (*OneStepVerifierProofSiblingCount, error) {
	out := new(OneStepVerifierProofSiblingCount)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofSiblingCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofTerminalUnderEmptySibling represents a ProofTerminalUnderEmptySibling error raised by the OneStepVerifier contract.
type OneStepVerifierProofTerminalUnderEmptySibling struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofTerminalUnderEmptySibling()
func OneStepVerifierProofTerminalUnderEmptySiblingErrorID() common.Hash {
	return common.HexToHash("0x2d4258d5b0ca84e39f4b584fe3da6358c783422655d31c9b7c00e91d26802ce2")
}

// UnpackProofTerminalUnderEmptySiblingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofTerminalUnderEmptySibling()
func (oneStepVerifier *OneStepVerifier) UnpackProofTerminalUnderEmptySiblingError(raw []byte) (*OneStepVerifierProofTerminalUnderEmptySibling, error) {
	out := new(OneStepVerifierProofTerminalUnderEmptySibling)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofTerminalUnderEmptySibling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierProofZeroSibling represents a ProofZeroSibling error raised by the OneStepVerifier contract.
type OneStepVerifierProofZeroSibling struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofZeroSibling()
func OneStepVerifierProofZeroSiblingErrorID() common.Hash {
	return common.HexToHash("0xf71db01937cf46ce44fa670fdf5927f461938f67f605825dcf3847037d666361")
}

// UnpackProofZeroSiblingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofZeroSibling()
func (oneStepVerifier *OneStepVerifier) UnpackProofZeroSiblingError(raw []byte) (*OneStepVerifierProofZeroSibling, error) {
	out := new(OneStepVerifierProofZeroSibling)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ProofZeroSibling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierTxIndexOutOfRange represents a TxIndexOutOfRange error raised by the OneStepVerifier contract.
type OneStepVerifierTxIndexOutOfRange struct {
	TxIndex *big.Int
	TxCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxIndexOutOfRange(uint256 txIndex, uint256 txCount)
func OneStepVerifierTxIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xcdf318334a566c1e5f62bb9486eb1df8a998110f914229be760e7489ea281c87")
}

// UnpackTxIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxIndexOutOfRange(uint256 txIndex, uint256 txCount)
func (oneStepVerifier *OneStepVerifier) UnpackTxIndexOutOfRangeError(raw []byte) (*OneStepVerifierTxIndexOutOfRange, error) {
	out := new(OneStepVerifierTxIndexOutOfRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "TxIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierTxNotInBatch represents a TxNotInBatch error raised by the OneStepVerifier contract.
type OneStepVerifierTxNotInBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxNotInBatch()
func OneStepVerifierTxNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x2061689ec168f0a362344f36dc26ab88c893083464113d99643c64fdf92045a3")
}

// UnpackTxNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxNotInBatch()
func (oneStepVerifier *OneStepVerifier) UnpackTxNotInBatchError(raw []byte) (*OneStepVerifierTxNotInBatch, error) {
	out := new(OneStepVerifierTxNotInBatch)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "TxNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierUnknownElementKind represents a UnknownElementKind error raised by the OneStepVerifier contract.
type OneStepVerifierUnknownElementKind struct {
	Kind *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownElementKind(uint256 kind)
func OneStepVerifierUnknownElementKindErrorID() common.Hash {
	return common.HexToHash("0x1d402262a22381e4d4858b845810653f07a609f690c4970ed5117f51767641f6")
}

// UnpackUnknownElementKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownElementKind(uint256 kind)
func (oneStepVerifier *OneStepVerifier) UnpackUnknownElementKindError(raw []byte) (*OneStepVerifierUnknownElementKind, error) {
	out := new(OneStepVerifierUnknownElementKind)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "UnknownElementKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierZeroChainId represents a ZeroChainId error raised by the OneStepVerifier contract.
type OneStepVerifierZeroChainId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChainId()
func OneStepVerifierZeroChainIdErrorID() common.Hash {
	return common.HexToHash("0xc84885d4d488ecee54c09de6573fd132cf4459b419a94f8a2e5beae184696377")
}

// UnpackZeroChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChainId()
func (oneStepVerifier *OneStepVerifier) UnpackZeroChainIdError(raw []byte) (*OneStepVerifierZeroChainId, error) {
	out := new(OneStepVerifierZeroChainId)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ZeroChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
