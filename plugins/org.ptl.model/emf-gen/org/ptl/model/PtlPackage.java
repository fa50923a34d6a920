/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The PTL metamodel: page-table formats and their descriptors, software-bit claims, page-ownership models with their versioned encodings, and the checks' severity settings. Semantic ownership states (OwnershipModel.states) and their bit encodings (Encoding) are separate concepts on purpose: one state machine may have several encodings, per kernel version or per implementation.
 * <!-- end-model-doc -->
 * @see org.ptl.model.PtlFactory
 * @model kind="package"
 * @generated
 */
public interface PtlPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.ptl.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ptl";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PtlPackage eINSTANCE = org.ptl.model.impl.PtlPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.PtlModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.PtlModelImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getPtlModel()
	 * @generated
	 */
	int PTL_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTL_MODEL__IMPORTS = 0;

	/**
	 * The feature id for the '<em><b>Severities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTL_MODEL__SEVERITIES = 1;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTL_MODEL__ELEMENTS = 2;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTL_MODEL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTL_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ImportImpl <em>Import</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ImportImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getImport()
	 * @generated
	 */
	int IMPORT = 1;

	/**
	 * The feature id for the '<em><b>Import URI</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__IMPORT_URI = 0;

	/**
	 * The number of structural features of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.SeverityDirectiveImpl <em>Severity Directive</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.SeverityDirectiveImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getSeverityDirective()
	 * @generated
	 */
	int SEVERITY_DIRECTIVE = 2;

	/**
	 * The feature id for the '<em><b>Check Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_DIRECTIVE__CHECK_ID = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_DIRECTIVE__LEVEL = 1;

	/**
	 * The number of structural features of the '<em>Severity Directive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_DIRECTIVE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Severity Directive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_DIRECTIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.NamedImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ElementImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.FormatImpl <em>Format</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.FormatImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getFormat()
	 * @generated
	 */
	int FORMAT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Granule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__GRANULE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Input Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__INPUT_BITS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Output Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__OUTPUT_BITS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>First Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__FIRST_LEVEL = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__LAST_LEVEL = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__ROOT_PAGES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__STRIDE = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Lpa2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__LPA2 = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Block Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__BLOCK_LEVELS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__DESCRIPTORS = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Descriptors From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT__DESCRIPTORS_FROM = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.DescriptorImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getDescriptor()
	 * @generated
	 */
	int DESCRIPTOR = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__LEVELS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__FIELDS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.FieldImpl <em>Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.FieldImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getField()
	 * @generated
	 */
	int FIELD = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__BITS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__FIXED_VALUE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Literals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__LITERALS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Address Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__ADDRESS_BITS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Overlays</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__OVERLAYS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__ROLE = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.EnumLiteralImpl <em>Enum Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.EnumLiteralImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getEnumLiteral()
	 * @generated
	 */
	int ENUM_LITERAL = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENUM_LITERAL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENUM_LITERAL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENUM_LITERAL__VALUE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Enum Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENUM_LITERAL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Enum Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENUM_LITERAL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BitRangeImpl <em>Bit Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BitRangeImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBitRange()
	 * @generated
	 */
	int BIT_RANGE = 9;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_RANGE__HIGH = 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_RANGE__LOW = 1;

	/**
	 * The number of structural features of the '<em>Bit Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_RANGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bit Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ClaimSetImpl <em>Claim Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ClaimSetImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getClaimSet()
	 * @generated
	 */
	int CLAIM_SET = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET__FIELDS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET__CLAIMS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Claim Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Claim Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_SET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ClaimImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__BITS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Shared With</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SHARED_WITH = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.OwnershipModelImpl <em>Ownership Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.OwnershipModelImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getOwnershipModel()
	 * @generated
	 */
	int OWNERSHIP_MODEL = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__STATES = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__INITIAL_STATE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__COMPONENTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__COUNTERS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__TRANSITIONS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Invariants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__INVARIANTS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Ownership Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Ownership Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.StateImpl <em>State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.StateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getState()
	 * @generated
	 */
	int STATE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ComponentImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__FAMILY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__INITIAL_STATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TransitionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__INITIATOR = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Completer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__COMPLETER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Guards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__GUARDS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Updates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__UPDATES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TransitionSideImpl <em>Transition Side</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TransitionSideImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTransitionSide()
	 * @generated
	 */
	int TRANSITION_SIDE = 16;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_SIDE__COMPONENTS = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_SIDE__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_SIDE__TO = 2;

	/**
	 * The number of structural features of the '<em>Transition Side</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_SIDE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Transition Side</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_SIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.InvariantImpl <em>Invariant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.InvariantImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getInvariant()
	 * @generated
	 */
	int INVARIANT = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVARIANT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVARIANT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVARIANT__PREDICATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Invariant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVARIANT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Invariant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVARIANT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.PredicateImpl <em>Predicate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.PredicateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getPredicate()
	 * @generated
	 */
	int PREDICATE = 18;

	/**
	 * The number of structural features of the '<em>Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICATE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BinaryPredicateImpl <em>Binary Predicate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BinaryPredicateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryPredicate()
	 * @generated
	 */
	int BINARY_PREDICATE = 19;

	/**
	 * The feature id for the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_PREDICATE__LEFT = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_PREDICATE__OPERATOR = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_PREDICATE__RIGHT = PREDICATE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Binary Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_PREDICATE_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Binary Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_PREDICATE_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.NotPredicateImpl <em>Not Predicate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.NotPredicateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getNotPredicate()
	 * @generated
	 */
	int NOT_PREDICATE = 20;

	/**
	 * The feature id for the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_PREDICATE__OPERAND = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Not Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_PREDICATE_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Not Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_PREDICATE_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.QuantifiedPredicateImpl <em>Quantified Predicate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.QuantifiedPredicateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getQuantifiedPredicate()
	 * @generated
	 */
	int QUANTIFIED_PREDICATE = 21;

	/**
	 * The feature id for the '<em><b>Quantifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIFIED_PREDICATE__QUANTIFIER = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIFIED_PREDICATE__COMPONENTS = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIFIED_PREDICATE__STATES = PREDICATE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Quantified Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIFIED_PREDICATE_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Quantified Predicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIFIED_PREDICATE_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.EncodingImpl <em>Encoding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.EncodingImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getEncoding()
	 * @generated
	 */
	int ENCODING = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__MODEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__CLAIM = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__WIDTH = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__ENTRIES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reserved</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__RESERVED = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.StateEncodingImpl <em>State Encoding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.StateEncodingImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getStateEncoding()
	 * @generated
	 */
	int STATE_ENCODING = 23;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENCODING__STATE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENCODING__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Not Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENCODING__NOT_ENCODED = 2;

	/**
	 * The number of structural features of the '<em>State Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENCODING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>State Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENCODING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ReservedEncodingImpl <em>Reserved Encoding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ReservedEncodingImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getReservedEncoding()
	 * @generated
	 */
	int RESERVED_ENCODING = 24;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENCODING__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENCODING__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Reserved Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENCODING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Reserved Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVED_ENCODING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CounterImpl <em>Counter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CounterImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCounter()
	 * @generated
	 */
	int COUNTER = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__MAX = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.GuardImpl <em>Guard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.GuardImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getGuard()
	 * @generated
	 */
	int GUARD = 26;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUARD__PREDICATE = 0;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUARD__ERRNO = 1;

	/**
	 * The number of structural features of the '<em>Guard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUARD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Guard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CounterUpdateImpl <em>Counter Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CounterUpdateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCounterUpdate()
	 * @generated
	 */
	int COUNTER_UPDATE = 27;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_UPDATE__COUNTER = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_UPDATE__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_UPDATE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Counter Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_UPDATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Counter Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_UPDATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CounterComparisonImpl <em>Counter Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CounterComparisonImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCounterComparison()
	 * @generated
	 */
	int COUNTER_COMPARISON = 28;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_COMPARISON__COUNTER = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_COMPARISON__COMPARISON = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_COMPARISON__VALUE = PREDICATE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Counter Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_COMPARISON_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Counter Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_COMPARISON_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MemberCountImpl <em>Member Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MemberCountImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMemberCount()
	 * @generated
	 */
	int MEMBER_COUNT = 29;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT__COMPONENTS = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT__STATES = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT__COMPARISON = PREDICATE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT__VALUE = PREDICATE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Counter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT__COUNTER = PREDICATE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Member Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Member Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_COUNT_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ComponentStateImpl <em>Component State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ComponentStateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getComponentState()
	 * @generated
	 */
	int COMPONENT_STATE = 30;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_STATE__COMPONENT = PREDICATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_STATE__STATES = PREDICATE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Component State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_STATE_FEATURE_COUNT = PREDICATE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Component State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_STATE_OPERATION_COUNT = PREDICATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.OperationsImpl <em>Operations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.OperationsImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getOperations()
	 * @generated
	 */
	int OPERATIONS = 31;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__FORMAT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Library</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__LIBRARY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prot Flags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__PROT_FLAGS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Permission Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__PERMISSION_FIELDS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lock Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__LOCK_FIELD = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__OWNER_FIELD = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__MAX_OWNER = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Output Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__OUTPUT_ADDRESS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Bugs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__BUGS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS__OPERATIONS = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Operations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Operations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ProtFlagImpl <em>Prot Flag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ProtFlagImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getProtFlag()
	 * @generated
	 */
	int PROT_FLAG = 32;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_FLAG__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_FLAG__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Prot Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_FLAG_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Prot Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_FLAG_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.OperationImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 33;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Contracted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__CONTRACTED = 1;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__CONTRACT = 2;

	/**
	 * The feature id for the '<em><b>Walk Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__WALK_FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Rejects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__REJECTS = 5;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__RULES = 6;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.RejectRuleImpl <em>Reject Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.RejectRuleImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getRejectRule()
	 * @generated
	 */
	int REJECT_RULE = 34;

	/**
	 * The feature id for the '<em><b>Combinations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECT_RULE__COMBINATIONS = 0;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECT_RULE__ERRNO = 1;

	/**
	 * The number of structural features of the '<em>Reject Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECT_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Reject Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECT_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.FlagCombinationImpl <em>Flag Combination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.FlagCombinationImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getFlagCombination()
	 * @generated
	 */
	int FLAG_COMBINATION = 35;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_COMBINATION__TERMS = 0;

	/**
	 * The number of structural features of the '<em>Flag Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_COMBINATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Flag Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_COMBINATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ProtTermImpl <em>Prot Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ProtTermImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getProtTerm()
	 * @generated
	 */
	int PROT_TERM = 36;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_TERM__NEGATED = 0;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_TERM__FLAG = 1;

	/**
	 * The number of structural features of the '<em>Prot Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_TERM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Prot Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROT_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.AttributeRuleImpl <em>Attribute Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.AttributeRuleImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getAttributeRule()
	 * @generated
	 */
	int ATTRIBUTE_RULE = 37;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_RULE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_RULE__FLAG = 1;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_RULE__ASSIGNMENTS = 2;

	/**
	 * The number of structural features of the '<em>Attribute Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_RULE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attribute Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.FieldAssignmentImpl <em>Field Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.FieldAssignmentImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getFieldAssignment()
	 * @generated
	 */
	int FIELD_ASSIGNMENT = 38;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Literal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT__LITERAL = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Field Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Field Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.WalkerPolicyImpl <em>Walker Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.WalkerPolicyImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getWalkerPolicy()
	 * @generated
	 */
	int WALKER_POLICY = 39;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY__FLAGS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY__OUTCOMES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY__RULES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Walker Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Walker Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_POLICY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.WalkerFlagImpl <em>Walker Flag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.WalkerFlagImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getWalkerFlag()
	 * @generated
	 */
	int WALKER_FLAG = 40;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_FLAG__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_FLAG__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Walker Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_FLAG_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Walker Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALKER_FLAG_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.NamedOutcomeImpl <em>Named Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.NamedOutcomeImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getNamedOutcome()
	 * @generated
	 */
	int NAMED_OUTCOME = 41;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OUTCOME__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OUTCOME__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Named Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OUTCOME_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Named Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OUTCOME_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.PolicyRuleImpl <em>Policy Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.PolicyRuleImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getPolicyRule()
	 * @generated
	 */
	int POLICY_RULE = 42;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__OUTCOME = 0;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__CONDITIONS = 1;

	/**
	 * The feature id for the '<em><b>Otherwise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__OTHERWISE = 2;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE__ACTION = 3;

	/**
	 * The number of structural features of the '<em>Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Policy Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.OutcomePatternImpl <em>Outcome Pattern</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.OutcomePatternImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getOutcomePattern()
	 * @generated
	 */
	int OUTCOME_PATTERN = 43;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN__CODE = 0;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN__ERRNO = 1;

	/**
	 * The feature id for the '<em><b>Any Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN__ANY_ERROR = 2;

	/**
	 * The feature id for the '<em><b>Named</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN__NAMED = 3;

	/**
	 * The number of structural features of the '<em>Outcome Pattern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Outcome Pattern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_PATTERN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.FlagTermImpl <em>Flag Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.FlagTermImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getFlagTerm()
	 * @generated
	 */
	int FLAG_TERM = 44;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_TERM__NEGATED = 0;

	/**
	 * The feature id for the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_TERM__FLAG = 1;

	/**
	 * The number of structural features of the '<em>Flag Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_TERM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Flag Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BindingImpl <em>Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BindingImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBinding()
	 * @generated
	 */
	int BINDING = 45;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__MODEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING__COMPONENTS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ComponentBindingImpl <em>Component Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ComponentBindingImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getComponentBinding()
	 * @generated
	 */
	int COMPONENT_BINDING = 46;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__OPERATIONS = 2;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__OFFSET = 3;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__ENCODING = 4;

	/**
	 * The feature id for the '<em><b>Side Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__SIDE_TABLE = 5;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__OWNER_ID = 6;

	/**
	 * The feature id for the '<em><b>Empty State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__EMPTY_STATE = 7;

	/**
	 * The feature id for the '<em><b>Annotates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__ANNOTATES = 8;

	/**
	 * The feature id for the '<em><b>Unmapped States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__UNMAPPED_STATES = 9;

	/**
	 * The feature id for the '<em><b>Lazy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__LAZY = 10;

	/**
	 * The feature id for the '<em><b>Prot</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING__PROT = 11;

	/**
	 * The number of structural features of the '<em>Component Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Component Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ScenarioImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 47;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TABLES = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Binding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BINDING = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__POLICY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MEMORY_PAGES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Memory Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MEMORY_BASE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FEATURES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Initial Ownership</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__INITIAL_OWNERSHIP = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STEPS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.InitialOwnershipImpl <em>Initial Ownership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.InitialOwnershipImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getInitialOwnership()
	 * @generated
	 */
	int INITIAL_OWNERSHIP = 48;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP__INDEX = 1;

	/**
	 * The feature id for the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP__FIRST = 2;

	/**
	 * The feature id for the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP__LAST = 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP__STATE = 4;

	/**
	 * The number of structural features of the '<em>Initial Ownership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Initial Ownership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_OWNERSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ScenarioTableImpl <em>Scenario Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ScenarioTableImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getScenarioTable()
	 * @generated
	 */
	int SCENARIO_TABLE = 49;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE__FORMAT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE__OPERATIONS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE__FEATURES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scenario Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scenario Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_TABLE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.StepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 50;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TARGET_INDEX = 1;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MapStepImpl <em>Map Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MapStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMapStep()
	 * @generated
	 */
	int MAP_STEP = 51;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__PA = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Prot</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__PROT = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Walk Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP__WALK_FLAGS = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Map Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Map Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAP_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.UnmapStepImpl <em>Unmap Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.UnmapStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getUnmapStep()
	 * @generated
	 */
	int UNMAP_STEP = 52;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unmap Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unmap Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNMAP_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.RelaxStepImpl <em>Relax Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.RelaxStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getRelaxStep()
	 * @generated
	 */
	int RELAX_STEP = 53;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prot</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP__PROT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Relax Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Relax Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELAX_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.WrprotectStepImpl <em>Wrprotect Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.WrprotectStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getWrprotectStep()
	 * @generated
	 */
	int WRPROTECT_STEP = 54;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Wrprotect Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Wrprotect Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WRPROTECT_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MkyoungStepImpl <em>Mkyoung Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MkyoungStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMkyoungStep()
	 * @generated
	 */
	int MKYOUNG_STEP = 55;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKYOUNG_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKYOUNG_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKYOUNG_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mkyoung Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKYOUNG_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mkyoung Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKYOUNG_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MkoldStepImpl <em>Mkold Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MkoldStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMkoldStep()
	 * @generated
	 */
	int MKOLD_STEP = 56;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Mkold Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Mkold Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MKOLD_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.SplitStepImpl <em>Split Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.SplitStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getSplitStep()
	 * @generated
	 */
	int SPLIT_STEP = 57;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cache Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP__CACHE_PAGES = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Split Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Split Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.SetOwnerStepImpl <em>Set Owner Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.SetOwnerStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getSetOwnerStep()
	 * @generated
	 */
	int SET_OWNER_STEP = 58;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP__OWNER = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Set Owner Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Set Owner Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_OWNER_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TranslateStepImpl <em>Translate Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TranslateStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTranslateStep()
	 * @generated
	 */
	int TRANSLATE_STEP = 59;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP__ACCESS = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Translate Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Translate Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATE_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.WalkStepImpl <em>Walk Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.WalkStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getWalkStep()
	 * @generated
	 */
	int WALK_STEP = 60;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__ADDRESS = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__SIZE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__VISITS = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Walk Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__WALK_FLAGS = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP__OUTCOMES = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Walk Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Walk Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALK_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.VisitorOutcomeImpl <em>Visitor Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.VisitorOutcomeImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getVisitorOutcome()
	 * @generated
	 */
	int VISITOR_OUTCOME = 61;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME__OUTCOME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Otherwise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME__OTHERWISE = 2;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME__TIMES = 3;

	/**
	 * The number of structural features of the '<em>Visitor Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Visitor Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISITOR_OUTCOME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MemcacheStepImpl <em>Memcache Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MemcacheStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMemcacheStep()
	 * @generated
	 */
	int MEMCACHE_STEP = 62;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMCACHE_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMCACHE_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMCACHE_STEP__PAGES = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Memcache Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMCACHE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Memcache Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMCACHE_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TransitionStepImpl <em>Transition Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TransitionStepImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTransitionStep()
	 * @generated
	 */
	int TRANSITION_STEP = 63;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__INITIATOR = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initiator Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__INITIATOR_INDEX = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Transition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__TRANSITION = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__PAGE = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Completer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__COMPLETER = STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Completer Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP__COMPLETER_INDEX = STEP_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Transition Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Transition Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectationImpl <em>Expectation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectationImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectation()
	 * @generated
	 */
	int EXPECTATION = 64;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The number of structural features of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectResultImpl <em>Expect Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectResultImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectResult()
	 * @generated
	 */
	int EXPECT_RESULT = 65;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT__ERRNO = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT__VALUE = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT__OUTCOME = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Expect Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Expect Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_RESULT_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectStateImpl <em>Expect State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectStateImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectState()
	 * @generated
	 */
	int EXPECT_STATE = 66;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__COMPONENT = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__INDEX = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__PAGE = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE__STATE = EXPECTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Expect State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Expect State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_STATE_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectPteImpl <em>Expect Pte</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectPteImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectPte()
	 * @generated
	 */
	int EXPECT_PTE = 67;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__ADDRESS = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__VALUE = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Field Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__FIELD_NAME = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Field Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__FIELD_VALUE = EXPECTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Literal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__LITERAL_NAME = EXPECTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__LEVEL = EXPECTATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE__KIND = EXPECTATION_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Expect Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Expect Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_PTE_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectFaultImpl <em>Expect Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectFaultImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectFault()
	 * @generated
	 */
	int EXPECT_FAULT = 68;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Fault</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT__FAULT = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT__LEVEL = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Expect Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Expect Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_FAULT_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectInvariantsImpl <em>Expect Invariants</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectInvariantsImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectInvariants()
	 * @generated
	 */
	int EXPECT_INVARIANTS = 69;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_INVARIANTS__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_INVARIANTS__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The number of structural features of the '<em>Expect Invariants</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_INVARIANTS_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Expect Invariants</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_INVARIANTS_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectLeavesImpl <em>Expect Leaves</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectLeavesImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectLeaves()
	 * @generated
	 */
	int EXPECT_LEAVES = 70;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__ADDRESS = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__SIZE = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__COUNT = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES__LEVEL = EXPECTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Expect Leaves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Expect Leaves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_LEAVES_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectTablesImpl <em>Expect Tables</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectTablesImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectTables()
	 * @generated
	 */
	int EXPECT_TABLES = 71;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TABLES__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TABLES__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TABLES__COUNT = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Expect Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TABLES_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Expect Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TABLES_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectVisitedImpl <em>Expect Visited</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectVisitedImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectVisited()
	 * @generated
	 */
	int EXPECT_VISITED = 72;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_VISITED__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_VISITED__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_VISITED__COUNT = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Expect Visited</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_VISITED_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Expect Visited</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_VISITED_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectMemcacheImpl <em>Expect Memcache</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectMemcacheImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectMemcache()
	 * @generated
	 */
	int EXPECT_MEMCACHE = 73;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_MEMCACHE__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_MEMCACHE__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_MEMCACHE__PAGES = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Expect Memcache</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_MEMCACHE_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Expect Memcache</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_MEMCACHE_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectTranslationsImpl <em>Expect Translations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectTranslationsImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectTranslations()
	 * @generated
	 */
	int EXPECT_TRANSLATIONS = 74;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS__TARGET = EXPECTATION__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS__TARGET_INDEX = EXPECTATION__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS__ADDRESS = EXPECTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS__SIZE = EXPECTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS__PA = EXPECTATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Expect Translations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS_FEATURE_COUNT = EXPECTATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Expect Translations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECT_TRANSLATIONS_OPERATION_COUNT = EXPECTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ConcurrentBlockImpl <em>Concurrent Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ConcurrentBlockImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getConcurrentBlock()
	 * @generated
	 */
	int CONCURRENT_BLOCK = 75;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK__TARGET = STEP__TARGET;

	/**
	 * The feature id for the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK__TARGET_INDEX = STEP__TARGET_INDEX;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK__DESCRIPTION = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK__CPUS = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Concurrent Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Concurrent Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCURRENT_BLOCK_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CpuImpl <em>Cpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CpuImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCpu()
	 * @generated
	 */
	int CPU = 76;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU__OPERATIONS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CpuOperationImpl <em>Cpu Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CpuOperationImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCpuOperation()
	 * @generated
	 */
	int CPU_OPERATION = 77;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION__EXCLUSIVE = 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION__STEP = 1;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION__RESULTS = 2;

	/**
	 * The number of structural features of the '<em>Cpu Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cpu Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpectedResultImpl <em>Expected Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpectedResultImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpectedResult()
	 * @generated
	 */
	int EXPECTED_RESULT = 78;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_RESULT__ERRNO = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_RESULT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Livelock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_RESULT__LIVELOCK = 2;

	/**
	 * The number of structural features of the '<em>Expected Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_RESULT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Expected Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.LayoutImpl <em>Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.LayoutImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getLayout()
	 * @generated
	 */
	int LAYOUT = 79;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__INPUTS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__VALUES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Transforms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__TRANSFORMS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__REGIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pictures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__PICTURES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__ASSUMPTIONS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Invariants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT__INVARIANTS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.VariableImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 80;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Boolean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__BOOLEAN = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__WIDTH = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.LayoutInputImpl <em>Layout Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.LayoutInputImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getLayoutInput()
	 * @generated
	 */
	int LAYOUT_INPUT = 81;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__NAME = VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__DESCRIPTION = VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Boolean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__BOOLEAN = VARIABLE__BOOLEAN;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__WIDTH = VARIABLE__WIDTH;

	/**
	 * The feature id for the '<em><b>Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__RANGE = VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__CHOICES = VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__ALIGNMENT = VARIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT__DEFAULT_VALUE = VARIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layout Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT_FEATURE_COUNT = VARIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layout Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_INPUT_OPERATION_COUNT = VARIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.InputRangeImpl <em>Input Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.InputRangeImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getInputRange()
	 * @generated
	 */
	int INPUT_RANGE = 82;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RANGE__MIN = 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RANGE__MAX = 1;

	/**
	 * The number of structural features of the '<em>Input Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RANGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Input Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.DerivedValueImpl <em>Derived Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.DerivedValueImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getDerivedValue()
	 * @generated
	 */
	int DERIVED_VALUE = 83;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE__NAME = VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE__DESCRIPTION = VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Boolean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE__BOOLEAN = VARIABLE__BOOLEAN;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE__WIDTH = VARIABLE__WIDTH;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE__EXPRESSION = VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Derived Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE_FEATURE_COUNT = VARIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Derived Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVED_VALUE_OPERATION_COUNT = VARIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TransformImpl <em>Transform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TransformImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTransform()
	 * @generated
	 */
	int TRANSFORM = 84;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__PARAMETER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Body</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__BODY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__SAMPLES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Transform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Transform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.TransformParameterImpl <em>Transform Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.TransformParameterImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getTransformParameter()
	 * @generated
	 */
	int TRANSFORM_PARAMETER = 85;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER__NAME = VARIABLE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER__DESCRIPTION = VARIABLE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Boolean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER__BOOLEAN = VARIABLE__BOOLEAN;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER__WIDTH = VARIABLE__WIDTH;

	/**
	 * The number of structural features of the '<em>Transform Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER_FEATURE_COUNT = VARIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Transform Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_PARAMETER_OPERATION_COUNT = VARIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.RegionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 86;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__START = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__END = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__BASE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DIRECTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__LIMIT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kept Bit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__KEPT_BIT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Overlaps</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__OVERLAPS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BitPictureImpl <em>Bit Picture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BitPictureImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBitPicture()
	 * @generated
	 */
	int BIT_PICTURE = 87;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE__VALUE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE__SLICES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Bit Picture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Bit Picture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_PICTURE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BitSliceImpl <em>Bit Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BitSliceImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBitSlice()
	 * @generated
	 */
	int BIT_SLICE = 88;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__HIGH = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__LOW = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__KIND = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE__VALUE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Bit Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Bit Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIT_SLICE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.LayoutConditionImpl <em>Layout Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.LayoutConditionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getLayoutCondition()
	 * @generated
	 */
	int LAYOUT_CONDITION = 89;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_CONDITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_CONDITION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_CONDITION__CONDITION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Layout Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_CONDITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Layout Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_CONDITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ExpressionImpl <em>Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getExpression()
	 * @generated
	 */
	int EXPRESSION = 90;

	/**
	 * The number of structural features of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BinaryExpressionImpl <em>Binary Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BinaryExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryExpression()
	 * @generated
	 */
	int BINARY_EXPRESSION = 91;

	/**
	 * The feature id for the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_EXPRESSION__LEFT = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_EXPRESSION__OPERATOR = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_EXPRESSION__RIGHT = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Binary Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_EXPRESSION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Binary Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_EXPRESSION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.UnaryExpressionImpl <em>Unary Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.UnaryExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getUnaryExpression()
	 * @generated
	 */
	int UNARY_EXPRESSION = 92;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNARY_EXPRESSION__OPERATOR = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNARY_EXPRESSION__OPERAND = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unary Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNARY_EXPRESSION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unary Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNARY_EXPRESSION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.ConditionalExpressionImpl <em>Conditional Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.ConditionalExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getConditionalExpression()
	 * @generated
	 */
	int CONDITIONAL_EXPRESSION = 93;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EXPRESSION__CONDITION = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>When True</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EXPRESSION__WHEN_TRUE = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>When False</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EXPRESSION__WHEN_FALSE = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Conditional Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EXPRESSION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Conditional Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EXPRESSION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.NumberLiteralImpl <em>Number Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.NumberLiteralImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getNumberLiteral()
	 * @generated
	 */
	int NUMBER_LITERAL = 94;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL__VALUE = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Number Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Number Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.BooleanLiteralImpl <em>Boolean Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.BooleanLiteralImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getBooleanLiteral()
	 * @generated
	 */
	int BOOLEAN_LITERAL = 95;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL__VALUE = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.VariableReferenceImpl <em>Variable Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.VariableReferenceImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getVariableReference()
	 * @generated
	 */
	int VARIABLE_REFERENCE = 96;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_REFERENCE__VARIABLE = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Variable Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_REFERENCE_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Variable Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_REFERENCE_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.CallExpressionImpl <em>Call Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.CallExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getCallExpression()
	 * @generated
	 */
	int CALL_EXPRESSION = 97;

	/**
	 * The feature id for the '<em><b>Builtin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_EXPRESSION__BUILTIN = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transform</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_EXPRESSION__TRANSFORM = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_EXPRESSION__ARGUMENTS = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Call Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_EXPRESSION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Call Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_EXPRESSION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.RegionBoundImpl <em>Region Bound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.RegionBoundImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getRegionBound()
	 * @generated
	 */
	int REGION_BOUND = 98;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_BOUND__REGION = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_BOUND__BOUND = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Region Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_BOUND_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Region Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_BOUND_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.impl.MembershipExpressionImpl <em>Membership Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.impl.MembershipExpressionImpl
	 * @see org.ptl.model.impl.PtlPackageImpl#getMembershipExpression()
	 * @generated
	 */
	int MEMBERSHIP_EXPRESSION = 99;

	/**
	 * The feature id for the '<em><b>Element</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_EXPRESSION__ELEMENT = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_EXPRESSION__NEGATED = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_EXPRESSION__REGION = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Membership Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_EXPRESSION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Membership Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_EXPRESSION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ptl.model.SeverityLevel <em>Severity Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.SeverityLevel
	 * @see org.ptl.model.impl.PtlPackageImpl#getSeverityLevel()
	 * @generated
	 */
	int SEVERITY_LEVEL = 100;

	/**
	 * The meta object id for the '{@link org.ptl.model.DescriptorKind <em>Descriptor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.DescriptorKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getDescriptorKind()
	 * @generated
	 */
	int DESCRIPTOR_KIND = 101;

	/**
	 * The meta object id for the '{@link org.ptl.model.FieldRole <em>Field Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.FieldRole
	 * @see org.ptl.model.impl.PtlPackageImpl#getFieldRole()
	 * @generated
	 */
	int FIELD_ROLE = 102;

	/**
	 * The meta object id for the '{@link org.ptl.model.FieldKind <em>Field Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.FieldKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getFieldKind()
	 * @generated
	 */
	int FIELD_KIND = 103;

	/**
	 * The meta object id for the '{@link org.ptl.model.LogicalOperator <em>Logical Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.LogicalOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getLogicalOperator()
	 * @generated
	 */
	int LOGICAL_OPERATOR = 104;

	/**
	 * The meta object id for the '{@link org.ptl.model.Quantifier <em>Quantifier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.Quantifier
	 * @see org.ptl.model.impl.PtlPackageImpl#getQuantifier()
	 * @generated
	 */
	int QUANTIFIER = 105;

	/**
	 * The meta object id for the '{@link org.ptl.model.UpdateOperator <em>Update Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.UpdateOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getUpdateOperator()
	 * @generated
	 */
	int UPDATE_OPERATOR = 106;

	/**
	 * The meta object id for the '{@link org.ptl.model.Comparison <em>Comparison</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.Comparison
	 * @see org.ptl.model.impl.PtlPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 107;

	/**
	 * The meta object id for the '{@link org.ptl.model.OutputAddressRule <em>Output Address Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.OutputAddressRule
	 * @see org.ptl.model.impl.PtlPackageImpl#getOutputAddressRule()
	 * @generated
	 */
	int OUTPUT_ADDRESS_RULE = 108;

	/**
	 * The meta object id for the '{@link org.ptl.model.SeededBug <em>Seeded Bug</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.SeededBug
	 * @see org.ptl.model.impl.PtlPackageImpl#getSeededBug()
	 * @generated
	 */
	int SEEDED_BUG = 109;

	/**
	 * The meta object id for the '{@link org.ptl.model.CpuFeature <em>Cpu Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.CpuFeature
	 * @see org.ptl.model.impl.PtlPackageImpl#getCpuFeature()
	 * @generated
	 */
	int CPU_FEATURE = 110;

	/**
	 * The meta object id for the '{@link org.ptl.model.LibraryKind <em>Library Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.LibraryKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getLibraryKind()
	 * @generated
	 */
	int LIBRARY_KIND = 111;

	/**
	 * The meta object id for the '{@link org.ptl.model.OperationKind <em>Operation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.OperationKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getOperationKind()
	 * @generated
	 */
	int OPERATION_KIND = 112;

	/**
	 * The meta object id for the '{@link org.ptl.model.RuleCondition <em>Rule Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.RuleCondition
	 * @see org.ptl.model.impl.PtlPackageImpl#getRuleCondition()
	 * @generated
	 */
	int RULE_CONDITION = 113;

	/**
	 * The meta object id for the '{@link org.ptl.model.AssignOperator <em>Assign Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.AssignOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getAssignOperator()
	 * @generated
	 */
	int ASSIGN_OPERATOR = 114;

	/**
	 * The meta object id for the '{@link org.ptl.model.WalkAction <em>Walk Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.WalkAction
	 * @see org.ptl.model.impl.PtlPackageImpl#getWalkAction()
	 * @generated
	 */
	int WALK_ACTION = 115;

	/**
	 * The meta object id for the '{@link org.ptl.model.AccessKind <em>Access Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.AccessKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getAccessKind()
	 * @generated
	 */
	int ACCESS_KIND = 116;

	/**
	 * The meta object id for the '{@link org.ptl.model.FaultKind <em>Fault Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.FaultKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getFaultKind()
	 * @generated
	 */
	int FAULT_KIND = 117;

	/**
	 * The meta object id for the '{@link org.ptl.model.GrowthDirection <em>Growth Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.GrowthDirection
	 * @see org.ptl.model.impl.PtlPackageImpl#getGrowthDirection()
	 * @generated
	 */
	int GROWTH_DIRECTION = 118;

	/**
	 * The meta object id for the '{@link org.ptl.model.SliceKind <em>Slice Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.SliceKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getSliceKind()
	 * @generated
	 */
	int SLICE_KIND = 119;

	/**
	 * The meta object id for the '{@link org.ptl.model.BinaryOperator <em>Binary Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.BinaryOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryOperator()
	 * @generated
	 */
	int BINARY_OPERATOR = 120;

	/**
	 * The meta object id for the '{@link org.ptl.model.UnaryOperator <em>Unary Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.UnaryOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getUnaryOperator()
	 * @generated
	 */
	int UNARY_OPERATOR = 121;

	/**
	 * The meta object id for the '{@link org.ptl.model.Builtin <em>Builtin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.Builtin
	 * @see org.ptl.model.impl.PtlPackageImpl#getBuiltin()
	 * @generated
	 */
	int BUILTIN = 122;

	/**
	 * The meta object id for the '{@link org.ptl.model.RegionBoundKind <em>Region Bound Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.RegionBoundKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getRegionBoundKind()
	 * @generated
	 */
	int REGION_BOUND_KIND = 123;


	/**
	 * Returns the meta object for class '{@link org.ptl.model.PtlModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.ptl.model.PtlModel
	 * @generated
	 */
	EClass getPtlModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.PtlModel#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see org.ptl.model.PtlModel#getImports()
	 * @see #getPtlModel()
	 * @generated
	 */
	EReference getPtlModel_Imports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.PtlModel#getSeverities <em>Severities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Severities</em>'.
	 * @see org.ptl.model.PtlModel#getSeverities()
	 * @see #getPtlModel()
	 * @generated
	 */
	EReference getPtlModel_Severities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.PtlModel#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.ptl.model.PtlModel#getElements()
	 * @see #getPtlModel()
	 * @generated
	 */
	EReference getPtlModel_Elements();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import</em>'.
	 * @see org.ptl.model.Import
	 * @generated
	 */
	EClass getImport();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Import#getImportURI <em>Import URI</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import URI</em>'.
	 * @see org.ptl.model.Import#getImportURI()
	 * @see #getImport()
	 * @generated
	 */
	EAttribute getImport_ImportURI();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.SeverityDirective <em>Severity Directive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Directive</em>'.
	 * @see org.ptl.model.SeverityDirective
	 * @generated
	 */
	EClass getSeverityDirective();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SeverityDirective#getCheckId <em>Check Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check Id</em>'.
	 * @see org.ptl.model.SeverityDirective#getCheckId()
	 * @see #getSeverityDirective()
	 * @generated
	 */
	EAttribute getSeverityDirective_CheckId();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SeverityDirective#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.ptl.model.SeverityDirective#getLevel()
	 * @see #getSeverityDirective()
	 * @generated
	 */
	EAttribute getSeverityDirective_Level();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.ptl.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ptl.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ptl.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.ptl.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Format <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Format</em>'.
	 * @see org.ptl.model.Format
	 * @generated
	 */
	EClass getFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getGranule <em>Granule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granule</em>'.
	 * @see org.ptl.model.Format#getGranule()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_Granule();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getInputBits <em>Input Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Bits</em>'.
	 * @see org.ptl.model.Format#getInputBits()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_InputBits();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getOutputBits <em>Output Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Bits</em>'.
	 * @see org.ptl.model.Format#getOutputBits()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_OutputBits();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getFirstLevel <em>First Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Level</em>'.
	 * @see org.ptl.model.Format#getFirstLevel()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_FirstLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getLastLevel <em>Last Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Level</em>'.
	 * @see org.ptl.model.Format#getLastLevel()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_LastLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getRootPages <em>Root Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Pages</em>'.
	 * @see org.ptl.model.Format#getRootPages()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_RootPages();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see org.ptl.model.Format#getStride()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_Stride();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Format#isLpa2 <em>Lpa2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lpa2</em>'.
	 * @see org.ptl.model.Format#isLpa2()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_Lpa2();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.Format#getBlockLevels <em>Block Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Block Levels</em>'.
	 * @see org.ptl.model.Format#getBlockLevels()
	 * @see #getFormat()
	 * @generated
	 */
	EAttribute getFormat_BlockLevels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Format#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptors</em>'.
	 * @see org.ptl.model.Format#getDescriptors()
	 * @see #getFormat()
	 * @generated
	 */
	EReference getFormat_Descriptors();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Format#getDescriptorsFrom <em>Descriptors From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Descriptors From</em>'.
	 * @see org.ptl.model.Format#getDescriptorsFrom()
	 * @see #getFormat()
	 * @generated
	 */
	EReference getFormat_DescriptorsFrom();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor</em>'.
	 * @see org.ptl.model.Descriptor
	 * @generated
	 */
	EClass getDescriptor();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Descriptor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ptl.model.Descriptor#getKind()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.Descriptor#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Levels</em>'.
	 * @see org.ptl.model.Descriptor#getLevels()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Levels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Descriptor#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.ptl.model.Descriptor#getFields()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Fields();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Field <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field</em>'.
	 * @see org.ptl.model.Field
	 * @generated
	 */
	EClass getField();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Field#getBits <em>Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bits</em>'.
	 * @see org.ptl.model.Field#getBits()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_Bits();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Field#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ptl.model.Field#getKind()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Field#getFixedValue <em>Fixed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Value</em>'.
	 * @see org.ptl.model.Field#getFixedValue()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_FixedValue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Field#getLiterals <em>Literals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Literals</em>'.
	 * @see org.ptl.model.Field#getLiterals()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_Literals();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Field#getAddressBits <em>Address Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address Bits</em>'.
	 * @see org.ptl.model.Field#getAddressBits()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_AddressBits();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.Field#getOverlays <em>Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Overlays</em>'.
	 * @see org.ptl.model.Field#getOverlays()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_Overlays();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Field#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.ptl.model.Field#getRole()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Role();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.EnumLiteral <em>Enum Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enum Literal</em>'.
	 * @see org.ptl.model.EnumLiteral
	 * @generated
	 */
	EClass getEnumLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.EnumLiteral#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.EnumLiteral#getValue()
	 * @see #getEnumLiteral()
	 * @generated
	 */
	EAttribute getEnumLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BitRange <em>Bit Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bit Range</em>'.
	 * @see org.ptl.model.BitRange
	 * @generated
	 */
	EClass getBitRange();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BitRange#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.ptl.model.BitRange#getHigh()
	 * @see #getBitRange()
	 * @generated
	 */
	EAttribute getBitRange_High();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BitRange#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.ptl.model.BitRange#getLow()
	 * @see #getBitRange()
	 * @generated
	 */
	EAttribute getBitRange_Low();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ClaimSet <em>Claim Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim Set</em>'.
	 * @see org.ptl.model.ClaimSet
	 * @generated
	 */
	EClass getClaimSet();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.ClaimSet#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fields</em>'.
	 * @see org.ptl.model.ClaimSet#getFields()
	 * @see #getClaimSet()
	 * @generated
	 */
	EReference getClaimSet_Fields();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.ClaimSet#getClaims <em>Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims</em>'.
	 * @see org.ptl.model.ClaimSet#getClaims()
	 * @see #getClaimSet()
	 * @generated
	 */
	EReference getClaimSet_Claims();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.ptl.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Claim#getBits <em>Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bits</em>'.
	 * @see org.ptl.model.Claim#getBits()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Bits();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.Claim#getSharedWith <em>Shared With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Shared With</em>'.
	 * @see org.ptl.model.Claim#getSharedWith()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_SharedWith();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.OwnershipModel <em>Ownership Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ownership Model</em>'.
	 * @see org.ptl.model.OwnershipModel
	 * @generated
	 */
	EClass getOwnershipModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.OwnershipModel#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.ptl.model.OwnershipModel#getStates()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_States();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.OwnershipModel#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initial State</em>'.
	 * @see org.ptl.model.OwnershipModel#getInitialState()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_InitialState();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.OwnershipModel#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.ptl.model.OwnershipModel#getComponents()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.OwnershipModel#getCounters <em>Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Counters</em>'.
	 * @see org.ptl.model.OwnershipModel#getCounters()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_Counters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.OwnershipModel#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.ptl.model.OwnershipModel#getTransitions()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_Transitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.OwnershipModel#getInvariants <em>Invariants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Invariants</em>'.
	 * @see org.ptl.model.OwnershipModel#getInvariants()
	 * @see #getOwnershipModel()
	 * @generated
	 */
	EReference getOwnershipModel_Invariants();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.State <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State</em>'.
	 * @see org.ptl.model.State
	 * @generated
	 */
	EClass getState();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.ptl.model.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Component#isFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.ptl.model.Component#isFamily()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Family();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Component#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initial State</em>'.
	 * @see org.ptl.model.Component#getInitialState()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_InitialState();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.ptl.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Transition#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initiator</em>'.
	 * @see org.ptl.model.Transition#getInitiator()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Initiator();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Transition#getCompleter <em>Completer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Completer</em>'.
	 * @see org.ptl.model.Transition#getCompleter()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Completer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Transition#getGuards <em>Guards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Guards</em>'.
	 * @see org.ptl.model.Transition#getGuards()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Guards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Transition#getUpdates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Updates</em>'.
	 * @see org.ptl.model.Transition#getUpdates()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Updates();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.TransitionSide <em>Transition Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition Side</em>'.
	 * @see org.ptl.model.TransitionSide
	 * @generated
	 */
	EClass getTransitionSide();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.TransitionSide#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.ptl.model.TransitionSide#getComponents()
	 * @see #getTransitionSide()
	 * @generated
	 */
	EReference getTransitionSide_Components();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.TransitionSide#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.ptl.model.TransitionSide#getFrom()
	 * @see #getTransitionSide()
	 * @generated
	 */
	EReference getTransitionSide_From();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.TransitionSide#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.ptl.model.TransitionSide#getTo()
	 * @see #getTransitionSide()
	 * @generated
	 */
	EReference getTransitionSide_To();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Invariant <em>Invariant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Invariant</em>'.
	 * @see org.ptl.model.Invariant
	 * @generated
	 */
	EClass getInvariant();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Invariant#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Predicate</em>'.
	 * @see org.ptl.model.Invariant#getPredicate()
	 * @see #getInvariant()
	 * @generated
	 */
	EReference getInvariant_Predicate();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Predicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Predicate</em>'.
	 * @see org.ptl.model.Predicate
	 * @generated
	 */
	EClass getPredicate();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BinaryPredicate <em>Binary Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binary Predicate</em>'.
	 * @see org.ptl.model.BinaryPredicate
	 * @generated
	 */
	EClass getBinaryPredicate();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BinaryPredicate#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Left</em>'.
	 * @see org.ptl.model.BinaryPredicate#getLeft()
	 * @see #getBinaryPredicate()
	 * @generated
	 */
	EReference getBinaryPredicate_Left();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BinaryPredicate#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.ptl.model.BinaryPredicate#getOperator()
	 * @see #getBinaryPredicate()
	 * @generated
	 */
	EAttribute getBinaryPredicate_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BinaryPredicate#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Right</em>'.
	 * @see org.ptl.model.BinaryPredicate#getRight()
	 * @see #getBinaryPredicate()
	 * @generated
	 */
	EReference getBinaryPredicate_Right();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.NotPredicate <em>Not Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not Predicate</em>'.
	 * @see org.ptl.model.NotPredicate
	 * @generated
	 */
	EClass getNotPredicate();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.NotPredicate#getOperand <em>Operand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operand</em>'.
	 * @see org.ptl.model.NotPredicate#getOperand()
	 * @see #getNotPredicate()
	 * @generated
	 */
	EReference getNotPredicate_Operand();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.QuantifiedPredicate <em>Quantified Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantified Predicate</em>'.
	 * @see org.ptl.model.QuantifiedPredicate
	 * @generated
	 */
	EClass getQuantifiedPredicate();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.QuantifiedPredicate#getQuantifier <em>Quantifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantifier</em>'.
	 * @see org.ptl.model.QuantifiedPredicate#getQuantifier()
	 * @see #getQuantifiedPredicate()
	 * @generated
	 */
	EAttribute getQuantifiedPredicate_Quantifier();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.QuantifiedPredicate#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.ptl.model.QuantifiedPredicate#getComponents()
	 * @see #getQuantifiedPredicate()
	 * @generated
	 */
	EReference getQuantifiedPredicate_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.QuantifiedPredicate#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>States</em>'.
	 * @see org.ptl.model.QuantifiedPredicate#getStates()
	 * @see #getQuantifiedPredicate()
	 * @generated
	 */
	EReference getQuantifiedPredicate_States();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Encoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Encoding</em>'.
	 * @see org.ptl.model.Encoding
	 * @generated
	 */
	EClass getEncoding();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Encoding#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.ptl.model.Encoding#getModel()
	 * @see #getEncoding()
	 * @generated
	 */
	EReference getEncoding_Model();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Encoding#getClaim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Claim</em>'.
	 * @see org.ptl.model.Encoding#getClaim()
	 * @see #getEncoding()
	 * @generated
	 */
	EReference getEncoding_Claim();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Encoding#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.ptl.model.Encoding#getWidth()
	 * @see #getEncoding()
	 * @generated
	 */
	EAttribute getEncoding_Width();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Encoding#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.ptl.model.Encoding#getEntries()
	 * @see #getEncoding()
	 * @generated
	 */
	EReference getEncoding_Entries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Encoding#getReserved <em>Reserved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reserved</em>'.
	 * @see org.ptl.model.Encoding#getReserved()
	 * @see #getEncoding()
	 * @generated
	 */
	EReference getEncoding_Reserved();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.StateEncoding <em>State Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Encoding</em>'.
	 * @see org.ptl.model.StateEncoding
	 * @generated
	 */
	EClass getStateEncoding();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.StateEncoding#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.ptl.model.StateEncoding#getState()
	 * @see #getStateEncoding()
	 * @generated
	 */
	EReference getStateEncoding_State();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.StateEncoding#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.StateEncoding#getValue()
	 * @see #getStateEncoding()
	 * @generated
	 */
	EAttribute getStateEncoding_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.StateEncoding#isNotEncoded <em>Not Encoded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Encoded</em>'.
	 * @see org.ptl.model.StateEncoding#isNotEncoded()
	 * @see #getStateEncoding()
	 * @generated
	 */
	EAttribute getStateEncoding_NotEncoded();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ReservedEncoding <em>Reserved Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reserved Encoding</em>'.
	 * @see org.ptl.model.ReservedEncoding
	 * @generated
	 */
	EClass getReservedEncoding();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ReservedEncoding#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.ReservedEncoding#getValue()
	 * @see #getReservedEncoding()
	 * @generated
	 */
	EAttribute getReservedEncoding_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ReservedEncoding#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ptl.model.ReservedEncoding#getDescription()
	 * @see #getReservedEncoding()
	 * @generated
	 */
	EAttribute getReservedEncoding_Description();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Counter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter</em>'.
	 * @see org.ptl.model.Counter
	 * @generated
	 */
	EClass getCounter();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Counter#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.ptl.model.Counter#getMax()
	 * @see #getCounter()
	 * @generated
	 */
	EAttribute getCounter_Max();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Guard <em>Guard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guard</em>'.
	 * @see org.ptl.model.Guard
	 * @generated
	 */
	EClass getGuard();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Guard#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Predicate</em>'.
	 * @see org.ptl.model.Guard#getPredicate()
	 * @see #getGuard()
	 * @generated
	 */
	EReference getGuard_Predicate();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Guard#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.ptl.model.Guard#getErrno()
	 * @see #getGuard()
	 * @generated
	 */
	EAttribute getGuard_Errno();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.CounterUpdate <em>Counter Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter Update</em>'.
	 * @see org.ptl.model.CounterUpdate
	 * @generated
	 */
	EClass getCounterUpdate();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.CounterUpdate#getCounter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counter</em>'.
	 * @see org.ptl.model.CounterUpdate#getCounter()
	 * @see #getCounterUpdate()
	 * @generated
	 */
	EReference getCounterUpdate_Counter();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CounterUpdate#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.ptl.model.CounterUpdate#getOperator()
	 * @see #getCounterUpdate()
	 * @generated
	 */
	EAttribute getCounterUpdate_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CounterUpdate#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.CounterUpdate#getValue()
	 * @see #getCounterUpdate()
	 * @generated
	 */
	EAttribute getCounterUpdate_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.CounterComparison <em>Counter Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter Comparison</em>'.
	 * @see org.ptl.model.CounterComparison
	 * @generated
	 */
	EClass getCounterComparison();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.CounterComparison#getCounter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counter</em>'.
	 * @see org.ptl.model.CounterComparison#getCounter()
	 * @see #getCounterComparison()
	 * @generated
	 */
	EReference getCounterComparison_Counter();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CounterComparison#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.ptl.model.CounterComparison#getComparison()
	 * @see #getCounterComparison()
	 * @generated
	 */
	EAttribute getCounterComparison_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CounterComparison#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.CounterComparison#getValue()
	 * @see #getCounterComparison()
	 * @generated
	 */
	EAttribute getCounterComparison_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MemberCount <em>Member Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member Count</em>'.
	 * @see org.ptl.model.MemberCount
	 * @generated
	 */
	EClass getMemberCount();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.MemberCount#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.ptl.model.MemberCount#getComponents()
	 * @see #getMemberCount()
	 * @generated
	 */
	EReference getMemberCount_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.MemberCount#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>States</em>'.
	 * @see org.ptl.model.MemberCount#getStates()
	 * @see #getMemberCount()
	 * @generated
	 */
	EReference getMemberCount_States();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MemberCount#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.ptl.model.MemberCount#getComparison()
	 * @see #getMemberCount()
	 * @generated
	 */
	EAttribute getMemberCount_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MemberCount#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.MemberCount#getValue()
	 * @see #getMemberCount()
	 * @generated
	 */
	EAttribute getMemberCount_Value();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.MemberCount#getCounter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counter</em>'.
	 * @see org.ptl.model.MemberCount#getCounter()
	 * @see #getMemberCount()
	 * @generated
	 */
	EReference getMemberCount_Counter();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ComponentState <em>Component State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component State</em>'.
	 * @see org.ptl.model.ComponentState
	 * @generated
	 */
	EClass getComponentState();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentState#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.ptl.model.ComponentState#getComponent()
	 * @see #getComponentState()
	 * @generated
	 */
	EReference getComponentState_Component();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.ComponentState#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>States</em>'.
	 * @see org.ptl.model.ComponentState#getStates()
	 * @see #getComponentState()
	 * @generated
	 */
	EReference getComponentState_States();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Operations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operations</em>'.
	 * @see org.ptl.model.Operations
	 * @generated
	 */
	EClass getOperations();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Operations#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Format</em>'.
	 * @see org.ptl.model.Operations#getFormat()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operations#getLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Library</em>'.
	 * @see org.ptl.model.Operations#getLibrary()
	 * @see #getOperations()
	 * @generated
	 */
	EAttribute getOperations_Library();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Operations#getProtFlags <em>Prot Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prot Flags</em>'.
	 * @see org.ptl.model.Operations#getProtFlags()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_ProtFlags();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.Operations#getPermissionFields <em>Permission Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Permission Fields</em>'.
	 * @see org.ptl.model.Operations#getPermissionFields()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_PermissionFields();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Operations#getLockField <em>Lock Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lock Field</em>'.
	 * @see org.ptl.model.Operations#getLockField()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_LockField();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Operations#getOwnerField <em>Owner Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Field</em>'.
	 * @see org.ptl.model.Operations#getOwnerField()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_OwnerField();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operations#getMaxOwner <em>Max Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Owner</em>'.
	 * @see org.ptl.model.Operations#getMaxOwner()
	 * @see #getOperations()
	 * @generated
	 */
	EAttribute getOperations_MaxOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operations#getOutputAddress <em>Output Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Address</em>'.
	 * @see org.ptl.model.Operations#getOutputAddress()
	 * @see #getOperations()
	 * @generated
	 */
	EAttribute getOperations_OutputAddress();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.Operations#getBugs <em>Bugs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Bugs</em>'.
	 * @see org.ptl.model.Operations#getBugs()
	 * @see #getOperations()
	 * @generated
	 */
	EAttribute getOperations_Bugs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Operations#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.ptl.model.Operations#getOperations()
	 * @see #getOperations()
	 * @generated
	 */
	EReference getOperations_Operations();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ProtFlag <em>Prot Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prot Flag</em>'.
	 * @see org.ptl.model.ProtFlag
	 * @generated
	 */
	EClass getProtFlag();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.ptl.model.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ptl.model.Operation#getKind()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operation#isContracted <em>Contracted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contracted</em>'.
	 * @see org.ptl.model.Operation#isContracted()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Contracted();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.Operation#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contract</em>'.
	 * @see org.ptl.model.Operation#getContract()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Contract();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.Operation#getWalkFlags <em>Walk Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Walk Flags</em>'.
	 * @see org.ptl.model.Operation#getWalkFlags()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_WalkFlags();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Operation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ptl.model.Operation#getDescription()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Operation#getRejects <em>Rejects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejects</em>'.
	 * @see org.ptl.model.Operation#getRejects()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Rejects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Operation#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.ptl.model.Operation#getRules()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Rules();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.RejectRule <em>Reject Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reject Rule</em>'.
	 * @see org.ptl.model.RejectRule
	 * @generated
	 */
	EClass getRejectRule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.RejectRule#getCombinations <em>Combinations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Combinations</em>'.
	 * @see org.ptl.model.RejectRule#getCombinations()
	 * @see #getRejectRule()
	 * @generated
	 */
	EReference getRejectRule_Combinations();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.RejectRule#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.ptl.model.RejectRule#getErrno()
	 * @see #getRejectRule()
	 * @generated
	 */
	EAttribute getRejectRule_Errno();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.FlagCombination <em>Flag Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Combination</em>'.
	 * @see org.ptl.model.FlagCombination
	 * @generated
	 */
	EClass getFlagCombination();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.FlagCombination#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.ptl.model.FlagCombination#getTerms()
	 * @see #getFlagCombination()
	 * @generated
	 */
	EReference getFlagCombination_Terms();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ProtTerm <em>Prot Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prot Term</em>'.
	 * @see org.ptl.model.ProtTerm
	 * @generated
	 */
	EClass getProtTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ProtTerm#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.ptl.model.ProtTerm#isNegated()
	 * @see #getProtTerm()
	 * @generated
	 */
	EAttribute getProtTerm_Negated();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ProtTerm#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flag</em>'.
	 * @see org.ptl.model.ProtTerm#getFlag()
	 * @see #getProtTerm()
	 * @generated
	 */
	EReference getProtTerm_Flag();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.AttributeRule <em>Attribute Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Rule</em>'.
	 * @see org.ptl.model.AttributeRule
	 * @generated
	 */
	EClass getAttributeRule();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.AttributeRule#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.ptl.model.AttributeRule#getCondition()
	 * @see #getAttributeRule()
	 * @generated
	 */
	EAttribute getAttributeRule_Condition();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.AttributeRule#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flag</em>'.
	 * @see org.ptl.model.AttributeRule#getFlag()
	 * @see #getAttributeRule()
	 * @generated
	 */
	EReference getAttributeRule_Flag();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.AttributeRule#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see org.ptl.model.AttributeRule#getAssignments()
	 * @see #getAttributeRule()
	 * @generated
	 */
	EReference getAttributeRule_Assignments();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.FieldAssignment <em>Field Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Assignment</em>'.
	 * @see org.ptl.model.FieldAssignment
	 * @generated
	 */
	EClass getFieldAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.FieldAssignment#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.ptl.model.FieldAssignment#getField()
	 * @see #getFieldAssignment()
	 * @generated
	 */
	EReference getFieldAssignment_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.FieldAssignment#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.ptl.model.FieldAssignment#getOperator()
	 * @see #getFieldAssignment()
	 * @generated
	 */
	EAttribute getFieldAssignment_Operator();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.FieldAssignment#getLiteral <em>Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Literal</em>'.
	 * @see org.ptl.model.FieldAssignment#getLiteral()
	 * @see #getFieldAssignment()
	 * @generated
	 */
	EReference getFieldAssignment_Literal();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.FieldAssignment#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.FieldAssignment#getValue()
	 * @see #getFieldAssignment()
	 * @generated
	 */
	EAttribute getFieldAssignment_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.WalkerPolicy <em>Walker Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Walker Policy</em>'.
	 * @see org.ptl.model.WalkerPolicy
	 * @generated
	 */
	EClass getWalkerPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.WalkerPolicy#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flags</em>'.
	 * @see org.ptl.model.WalkerPolicy#getFlags()
	 * @see #getWalkerPolicy()
	 * @generated
	 */
	EReference getWalkerPolicy_Flags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.WalkerPolicy#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.ptl.model.WalkerPolicy#getOutcomes()
	 * @see #getWalkerPolicy()
	 * @generated
	 */
	EReference getWalkerPolicy_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.WalkerPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.ptl.model.WalkerPolicy#getRules()
	 * @see #getWalkerPolicy()
	 * @generated
	 */
	EReference getWalkerPolicy_Rules();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.WalkerFlag <em>Walker Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Walker Flag</em>'.
	 * @see org.ptl.model.WalkerFlag
	 * @generated
	 */
	EClass getWalkerFlag();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.NamedOutcome <em>Named Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Outcome</em>'.
	 * @see org.ptl.model.NamedOutcome
	 * @generated
	 */
	EClass getNamedOutcome();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.PolicyRule <em>Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Rule</em>'.
	 * @see org.ptl.model.PolicyRule
	 * @generated
	 */
	EClass getPolicyRule();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.PolicyRule#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outcome</em>'.
	 * @see org.ptl.model.PolicyRule#getOutcome()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EReference getPolicyRule_Outcome();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.PolicyRule#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.ptl.model.PolicyRule#getConditions()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EReference getPolicyRule_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.PolicyRule#isOtherwise <em>Otherwise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Otherwise</em>'.
	 * @see org.ptl.model.PolicyRule#isOtherwise()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_Otherwise();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.PolicyRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.ptl.model.PolicyRule#getAction()
	 * @see #getPolicyRule()
	 * @generated
	 */
	EAttribute getPolicyRule_Action();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.OutcomePattern <em>Outcome Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Pattern</em>'.
	 * @see org.ptl.model.OutcomePattern
	 * @generated
	 */
	EClass getOutcomePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.OutcomePattern#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ptl.model.OutcomePattern#getCode()
	 * @see #getOutcomePattern()
	 * @generated
	 */
	EAttribute getOutcomePattern_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.OutcomePattern#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.ptl.model.OutcomePattern#getErrno()
	 * @see #getOutcomePattern()
	 * @generated
	 */
	EAttribute getOutcomePattern_Errno();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.OutcomePattern#isAnyError <em>Any Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Any Error</em>'.
	 * @see org.ptl.model.OutcomePattern#isAnyError()
	 * @see #getOutcomePattern()
	 * @generated
	 */
	EAttribute getOutcomePattern_AnyError();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.OutcomePattern#getNamed <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Named</em>'.
	 * @see org.ptl.model.OutcomePattern#getNamed()
	 * @see #getOutcomePattern()
	 * @generated
	 */
	EReference getOutcomePattern_Named();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.FlagTerm <em>Flag Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Term</em>'.
	 * @see org.ptl.model.FlagTerm
	 * @generated
	 */
	EClass getFlagTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.FlagTerm#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.ptl.model.FlagTerm#isNegated()
	 * @see #getFlagTerm()
	 * @generated
	 */
	EAttribute getFlagTerm_Negated();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.FlagTerm#getFlag <em>Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flag</em>'.
	 * @see org.ptl.model.FlagTerm#getFlag()
	 * @see #getFlagTerm()
	 * @generated
	 */
	EReference getFlagTerm_Flag();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Binding <em>Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binding</em>'.
	 * @see org.ptl.model.Binding
	 * @generated
	 */
	EClass getBinding();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Binding#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.ptl.model.Binding#getModel()
	 * @see #getBinding()
	 * @generated
	 */
	EReference getBinding_Model();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Binding#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.ptl.model.Binding#getComponents()
	 * @see #getBinding()
	 * @generated
	 */
	EReference getBinding_Components();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ComponentBinding <em>Component Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Binding</em>'.
	 * @see org.ptl.model.ComponentBinding
	 * @generated
	 */
	EClass getComponentBinding();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentBinding#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.ptl.model.ComponentBinding#getComponent()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_Component();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentBinding#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Format</em>'.
	 * @see org.ptl.model.ComponentBinding#getFormat()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_Format();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentBinding#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operations</em>'.
	 * @see org.ptl.model.ComponentBinding#getOperations()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_Operations();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ComponentBinding#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.ptl.model.ComponentBinding#getOffset()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EAttribute getComponentBinding_Offset();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentBinding#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Encoding</em>'.
	 * @see org.ptl.model.ComponentBinding#getEncoding()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ComponentBinding#isSideTable <em>Side Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side Table</em>'.
	 * @see org.ptl.model.ComponentBinding#isSideTable()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EAttribute getComponentBinding_SideTable();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ComponentBinding#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see org.ptl.model.ComponentBinding#getOwnerId()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EAttribute getComponentBinding_OwnerId();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ComponentBinding#getEmptyState <em>Empty State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Empty State</em>'.
	 * @see org.ptl.model.ComponentBinding#getEmptyState()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_EmptyState();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ComponentBinding#isAnnotates <em>Annotates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotates</em>'.
	 * @see org.ptl.model.ComponentBinding#isAnnotates()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EAttribute getComponentBinding_Annotates();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.ComponentBinding#getUnmappedStates <em>Unmapped States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Unmapped States</em>'.
	 * @see org.ptl.model.ComponentBinding#getUnmappedStates()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_UnmappedStates();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ComponentBinding#isLazy <em>Lazy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lazy</em>'.
	 * @see org.ptl.model.ComponentBinding#isLazy()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EAttribute getComponentBinding_Lazy();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.ComponentBinding#getProt <em>Prot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Prot</em>'.
	 * @see org.ptl.model.ComponentBinding#getProt()
	 * @see #getComponentBinding()
	 * @generated
	 */
	EReference getComponentBinding_Prot();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.ptl.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Scenario#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.ptl.model.Scenario#getTables()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Tables();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Scenario#getBinding <em>Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Binding</em>'.
	 * @see org.ptl.model.Scenario#getBinding()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Binding();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Scenario#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy</em>'.
	 * @see org.ptl.model.Scenario#getPolicy()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Scenario#getMemoryPages <em>Memory Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Pages</em>'.
	 * @see org.ptl.model.Scenario#getMemoryPages()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MemoryPages();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Scenario#getMemoryBase <em>Memory Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Base</em>'.
	 * @see org.ptl.model.Scenario#getMemoryBase()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MemoryBase();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.Scenario#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.ptl.model.Scenario#getFeatures()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Features();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Scenario#getInitialOwnership <em>Initial Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initial Ownership</em>'.
	 * @see org.ptl.model.Scenario#getInitialOwnership()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_InitialOwnership();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Scenario#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.ptl.model.Scenario#getSteps()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Steps();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.InitialOwnership <em>Initial Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initial Ownership</em>'.
	 * @see org.ptl.model.InitialOwnership
	 * @generated
	 */
	EClass getInitialOwnership();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.InitialOwnership#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.ptl.model.InitialOwnership#getComponent()
	 * @see #getInitialOwnership()
	 * @generated
	 */
	EReference getInitialOwnership_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.InitialOwnership#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.ptl.model.InitialOwnership#getIndex()
	 * @see #getInitialOwnership()
	 * @generated
	 */
	EAttribute getInitialOwnership_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.InitialOwnership#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First</em>'.
	 * @see org.ptl.model.InitialOwnership#getFirst()
	 * @see #getInitialOwnership()
	 * @generated
	 */
	EAttribute getInitialOwnership_First();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.InitialOwnership#getLast <em>Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last</em>'.
	 * @see org.ptl.model.InitialOwnership#getLast()
	 * @see #getInitialOwnership()
	 * @generated
	 */
	EAttribute getInitialOwnership_Last();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.InitialOwnership#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.ptl.model.InitialOwnership#getState()
	 * @see #getInitialOwnership()
	 * @generated
	 */
	EReference getInitialOwnership_State();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ScenarioTable <em>Scenario Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Table</em>'.
	 * @see org.ptl.model.ScenarioTable
	 * @generated
	 */
	EClass getScenarioTable();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ScenarioTable#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Format</em>'.
	 * @see org.ptl.model.ScenarioTable#getFormat()
	 * @see #getScenarioTable()
	 * @generated
	 */
	EReference getScenarioTable_Format();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ScenarioTable#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operations</em>'.
	 * @see org.ptl.model.ScenarioTable#getOperations()
	 * @see #getScenarioTable()
	 * @generated
	 */
	EReference getScenarioTable_Operations();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.ScenarioTable#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.ptl.model.ScenarioTable#getFeatures()
	 * @see #getScenarioTable()
	 * @generated
	 */
	EAttribute getScenarioTable_Features();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.ptl.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.Step#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.ptl.model.Step#getTarget()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Step#getTargetIndex <em>Target Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Index</em>'.
	 * @see org.ptl.model.Step#getTargetIndex()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_TargetIndex();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MapStep <em>Map Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Map Step</em>'.
	 * @see org.ptl.model.MapStep
	 * @generated
	 */
	EClass getMapStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MapStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.MapStep#getAddress()
	 * @see #getMapStep()
	 * @generated
	 */
	EAttribute getMapStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MapStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.MapStep#getSize()
	 * @see #getMapStep()
	 * @generated
	 */
	EAttribute getMapStep_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MapStep#getPa <em>Pa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pa</em>'.
	 * @see org.ptl.model.MapStep#getPa()
	 * @see #getMapStep()
	 * @generated
	 */
	EAttribute getMapStep_Pa();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.MapStep#getProt <em>Prot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Prot</em>'.
	 * @see org.ptl.model.MapStep#getProt()
	 * @see #getMapStep()
	 * @generated
	 */
	EReference getMapStep_Prot();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.MapStep#getWalkFlags <em>Walk Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Walk Flags</em>'.
	 * @see org.ptl.model.MapStep#getWalkFlags()
	 * @see #getMapStep()
	 * @generated
	 */
	EAttribute getMapStep_WalkFlags();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.UnmapStep <em>Unmap Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unmap Step</em>'.
	 * @see org.ptl.model.UnmapStep
	 * @generated
	 */
	EClass getUnmapStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.UnmapStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.UnmapStep#getAddress()
	 * @see #getUnmapStep()
	 * @generated
	 */
	EAttribute getUnmapStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.UnmapStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.UnmapStep#getSize()
	 * @see #getUnmapStep()
	 * @generated
	 */
	EAttribute getUnmapStep_Size();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.RelaxStep <em>Relax Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relax Step</em>'.
	 * @see org.ptl.model.RelaxStep
	 * @generated
	 */
	EClass getRelaxStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.RelaxStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.RelaxStep#getAddress()
	 * @see #getRelaxStep()
	 * @generated
	 */
	EAttribute getRelaxStep_Address();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.RelaxStep#getProt <em>Prot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Prot</em>'.
	 * @see org.ptl.model.RelaxStep#getProt()
	 * @see #getRelaxStep()
	 * @generated
	 */
	EReference getRelaxStep_Prot();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.WrprotectStep <em>Wrprotect Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wrprotect Step</em>'.
	 * @see org.ptl.model.WrprotectStep
	 * @generated
	 */
	EClass getWrprotectStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.WrprotectStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.WrprotectStep#getAddress()
	 * @see #getWrprotectStep()
	 * @generated
	 */
	EAttribute getWrprotectStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.WrprotectStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.WrprotectStep#getSize()
	 * @see #getWrprotectStep()
	 * @generated
	 */
	EAttribute getWrprotectStep_Size();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MkyoungStep <em>Mkyoung Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mkyoung Step</em>'.
	 * @see org.ptl.model.MkyoungStep
	 * @generated
	 */
	EClass getMkyoungStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MkyoungStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.MkyoungStep#getAddress()
	 * @see #getMkyoungStep()
	 * @generated
	 */
	EAttribute getMkyoungStep_Address();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MkoldStep <em>Mkold Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mkold Step</em>'.
	 * @see org.ptl.model.MkoldStep
	 * @generated
	 */
	EClass getMkoldStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MkoldStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.MkoldStep#getAddress()
	 * @see #getMkoldStep()
	 * @generated
	 */
	EAttribute getMkoldStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MkoldStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.MkoldStep#getSize()
	 * @see #getMkoldStep()
	 * @generated
	 */
	EAttribute getMkoldStep_Size();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.SplitStep <em>Split Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Split Step</em>'.
	 * @see org.ptl.model.SplitStep
	 * @generated
	 */
	EClass getSplitStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SplitStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.SplitStep#getAddress()
	 * @see #getSplitStep()
	 * @generated
	 */
	EAttribute getSplitStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SplitStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.SplitStep#getSize()
	 * @see #getSplitStep()
	 * @generated
	 */
	EAttribute getSplitStep_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SplitStep#getCachePages <em>Cache Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Pages</em>'.
	 * @see org.ptl.model.SplitStep#getCachePages()
	 * @see #getSplitStep()
	 * @generated
	 */
	EAttribute getSplitStep_CachePages();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.SetOwnerStep <em>Set Owner Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Owner Step</em>'.
	 * @see org.ptl.model.SetOwnerStep
	 * @generated
	 */
	EClass getSetOwnerStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SetOwnerStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.SetOwnerStep#getAddress()
	 * @see #getSetOwnerStep()
	 * @generated
	 */
	EAttribute getSetOwnerStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SetOwnerStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.SetOwnerStep#getSize()
	 * @see #getSetOwnerStep()
	 * @generated
	 */
	EAttribute getSetOwnerStep_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.SetOwnerStep#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.ptl.model.SetOwnerStep#getOwner()
	 * @see #getSetOwnerStep()
	 * @generated
	 */
	EAttribute getSetOwnerStep_Owner();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.TranslateStep <em>Translate Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translate Step</em>'.
	 * @see org.ptl.model.TranslateStep
	 * @generated
	 */
	EClass getTranslateStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.TranslateStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.TranslateStep#getAddress()
	 * @see #getTranslateStep()
	 * @generated
	 */
	EAttribute getTranslateStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.TranslateStep#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see org.ptl.model.TranslateStep#getAccess()
	 * @see #getTranslateStep()
	 * @generated
	 */
	EAttribute getTranslateStep_Access();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.WalkStep <em>Walk Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Walk Step</em>'.
	 * @see org.ptl.model.WalkStep
	 * @generated
	 */
	EClass getWalkStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.WalkStep#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.WalkStep#getAddress()
	 * @see #getWalkStep()
	 * @generated
	 */
	EAttribute getWalkStep_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.WalkStep#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.WalkStep#getSize()
	 * @see #getWalkStep()
	 * @generated
	 */
	EAttribute getWalkStep_Size();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.WalkStep#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Visits</em>'.
	 * @see org.ptl.model.WalkStep#getVisits()
	 * @see #getWalkStep()
	 * @generated
	 */
	EAttribute getWalkStep_Visits();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.WalkStep#getWalkFlags <em>Walk Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Walk Flags</em>'.
	 * @see org.ptl.model.WalkStep#getWalkFlags()
	 * @see #getWalkStep()
	 * @generated
	 */
	EAttribute getWalkStep_WalkFlags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.WalkStep#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.ptl.model.WalkStep#getOutcomes()
	 * @see #getWalkStep()
	 * @generated
	 */
	EReference getWalkStep_Outcomes();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.VisitorOutcome <em>Visitor Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visitor Outcome</em>'.
	 * @see org.ptl.model.VisitorOutcome
	 * @generated
	 */
	EClass getVisitorOutcome();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.VisitorOutcome#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outcome</em>'.
	 * @see org.ptl.model.VisitorOutcome#getOutcome()
	 * @see #getVisitorOutcome()
	 * @generated
	 */
	EReference getVisitorOutcome_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.VisitorOutcome#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.VisitorOutcome#getAddress()
	 * @see #getVisitorOutcome()
	 * @generated
	 */
	EAttribute getVisitorOutcome_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.VisitorOutcome#isOtherwise <em>Otherwise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Otherwise</em>'.
	 * @see org.ptl.model.VisitorOutcome#isOtherwise()
	 * @see #getVisitorOutcome()
	 * @generated
	 */
	EAttribute getVisitorOutcome_Otherwise();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.VisitorOutcome#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Times</em>'.
	 * @see org.ptl.model.VisitorOutcome#getTimes()
	 * @see #getVisitorOutcome()
	 * @generated
	 */
	EAttribute getVisitorOutcome_Times();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MemcacheStep <em>Memcache Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memcache Step</em>'.
	 * @see org.ptl.model.MemcacheStep
	 * @generated
	 */
	EClass getMemcacheStep();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MemcacheStep#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.ptl.model.MemcacheStep#getPages()
	 * @see #getMemcacheStep()
	 * @generated
	 */
	EAttribute getMemcacheStep_Pages();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.TransitionStep <em>Transition Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition Step</em>'.
	 * @see org.ptl.model.TransitionStep
	 * @generated
	 */
	EClass getTransitionStep();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.TransitionStep#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initiator</em>'.
	 * @see org.ptl.model.TransitionStep#getInitiator()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EReference getTransitionStep_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.TransitionStep#getInitiatorIndex <em>Initiator Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator Index</em>'.
	 * @see org.ptl.model.TransitionStep#getInitiatorIndex()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EAttribute getTransitionStep_InitiatorIndex();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.TransitionStep#getTransition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Transition</em>'.
	 * @see org.ptl.model.TransitionStep#getTransition()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EReference getTransitionStep_Transition();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.TransitionStep#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.ptl.model.TransitionStep#getPage()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EAttribute getTransitionStep_Page();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.TransitionStep#getCompleter <em>Completer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Completer</em>'.
	 * @see org.ptl.model.TransitionStep#getCompleter()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EReference getTransitionStep_Completer();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.TransitionStep#getCompleterIndex <em>Completer Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completer Index</em>'.
	 * @see org.ptl.model.TransitionStep#getCompleterIndex()
	 * @see #getTransitionStep()
	 * @generated
	 */
	EAttribute getTransitionStep_CompleterIndex();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expectation</em>'.
	 * @see org.ptl.model.Expectation
	 * @generated
	 */
	EClass getExpectation();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectResult <em>Expect Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Result</em>'.
	 * @see org.ptl.model.ExpectResult
	 * @generated
	 */
	EClass getExpectResult();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectResult#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.ptl.model.ExpectResult#getErrno()
	 * @see #getExpectResult()
	 * @generated
	 */
	EAttribute getExpectResult_Errno();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectResult#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.ExpectResult#getValue()
	 * @see #getExpectResult()
	 * @generated
	 */
	EAttribute getExpectResult_Value();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ExpectResult#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.ptl.model.ExpectResult#getOutcome()
	 * @see #getExpectResult()
	 * @generated
	 */
	EReference getExpectResult_Outcome();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectState <em>Expect State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect State</em>'.
	 * @see org.ptl.model.ExpectState
	 * @generated
	 */
	EClass getExpectState();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ExpectState#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.ptl.model.ExpectState#getComponent()
	 * @see #getExpectState()
	 * @generated
	 */
	EReference getExpectState_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectState#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.ptl.model.ExpectState#getIndex()
	 * @see #getExpectState()
	 * @generated
	 */
	EAttribute getExpectState_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectState#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.ptl.model.ExpectState#getPage()
	 * @see #getExpectState()
	 * @generated
	 */
	EAttribute getExpectState_Page();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.ExpectState#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>State</em>'.
	 * @see org.ptl.model.ExpectState#getState()
	 * @see #getExpectState()
	 * @generated
	 */
	EReference getExpectState_State();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectPte <em>Expect Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Pte</em>'.
	 * @see org.ptl.model.ExpectPte
	 * @generated
	 */
	EClass getExpectPte();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.ExpectPte#getAddress()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.ExpectPte#getValue()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getFieldName <em>Field Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Name</em>'.
	 * @see org.ptl.model.ExpectPte#getFieldName()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_FieldName();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getFieldValue <em>Field Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Value</em>'.
	 * @see org.ptl.model.ExpectPte#getFieldValue()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_FieldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getLiteralName <em>Literal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Literal Name</em>'.
	 * @see org.ptl.model.ExpectPte#getLiteralName()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_LiteralName();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.ptl.model.ExpectPte#getLevel()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectPte#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ptl.model.ExpectPte#getKind()
	 * @see #getExpectPte()
	 * @generated
	 */
	EAttribute getExpectPte_Kind();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectFault <em>Expect Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Fault</em>'.
	 * @see org.ptl.model.ExpectFault
	 * @generated
	 */
	EClass getExpectFault();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectFault#getFault <em>Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fault</em>'.
	 * @see org.ptl.model.ExpectFault#getFault()
	 * @see #getExpectFault()
	 * @generated
	 */
	EAttribute getExpectFault_Fault();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectFault#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.ptl.model.ExpectFault#getLevel()
	 * @see #getExpectFault()
	 * @generated
	 */
	EAttribute getExpectFault_Level();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectInvariants <em>Expect Invariants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Invariants</em>'.
	 * @see org.ptl.model.ExpectInvariants
	 * @generated
	 */
	EClass getExpectInvariants();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectLeaves <em>Expect Leaves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Leaves</em>'.
	 * @see org.ptl.model.ExpectLeaves
	 * @generated
	 */
	EClass getExpectLeaves();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectLeaves#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.ExpectLeaves#getAddress()
	 * @see #getExpectLeaves()
	 * @generated
	 */
	EAttribute getExpectLeaves_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectLeaves#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.ExpectLeaves#getSize()
	 * @see #getExpectLeaves()
	 * @generated
	 */
	EAttribute getExpectLeaves_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectLeaves#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.ptl.model.ExpectLeaves#getCount()
	 * @see #getExpectLeaves()
	 * @generated
	 */
	EAttribute getExpectLeaves_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectLeaves#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.ptl.model.ExpectLeaves#getLevel()
	 * @see #getExpectLeaves()
	 * @generated
	 */
	EAttribute getExpectLeaves_Level();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectTables <em>Expect Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Tables</em>'.
	 * @see org.ptl.model.ExpectTables
	 * @generated
	 */
	EClass getExpectTables();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectTables#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.ptl.model.ExpectTables#getCount()
	 * @see #getExpectTables()
	 * @generated
	 */
	EAttribute getExpectTables_Count();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectVisited <em>Expect Visited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Visited</em>'.
	 * @see org.ptl.model.ExpectVisited
	 * @generated
	 */
	EClass getExpectVisited();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectVisited#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.ptl.model.ExpectVisited#getCount()
	 * @see #getExpectVisited()
	 * @generated
	 */
	EAttribute getExpectVisited_Count();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectMemcache <em>Expect Memcache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Memcache</em>'.
	 * @see org.ptl.model.ExpectMemcache
	 * @generated
	 */
	EClass getExpectMemcache();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectMemcache#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.ptl.model.ExpectMemcache#getPages()
	 * @see #getExpectMemcache()
	 * @generated
	 */
	EAttribute getExpectMemcache_Pages();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectTranslations <em>Expect Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expect Translations</em>'.
	 * @see org.ptl.model.ExpectTranslations
	 * @generated
	 */
	EClass getExpectTranslations();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectTranslations#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.ptl.model.ExpectTranslations#getAddress()
	 * @see #getExpectTranslations()
	 * @generated
	 */
	EAttribute getExpectTranslations_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectTranslations#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.ptl.model.ExpectTranslations#getSize()
	 * @see #getExpectTranslations()
	 * @generated
	 */
	EAttribute getExpectTranslations_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectTranslations#getPa <em>Pa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pa</em>'.
	 * @see org.ptl.model.ExpectTranslations#getPa()
	 * @see #getExpectTranslations()
	 * @generated
	 */
	EAttribute getExpectTranslations_Pa();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ConcurrentBlock <em>Concurrent Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concurrent Block</em>'.
	 * @see org.ptl.model.ConcurrentBlock
	 * @generated
	 */
	EClass getConcurrentBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ConcurrentBlock#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ptl.model.ConcurrentBlock#getDescription()
	 * @see #getConcurrentBlock()
	 * @generated
	 */
	EAttribute getConcurrentBlock_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.ConcurrentBlock#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cpus</em>'.
	 * @see org.ptl.model.ConcurrentBlock#getCpus()
	 * @see #getConcurrentBlock()
	 * @generated
	 */
	EReference getConcurrentBlock_Cpus();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Cpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpu</em>'.
	 * @see org.ptl.model.Cpu
	 * @generated
	 */
	EClass getCpu();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Cpu#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.ptl.model.Cpu#getOperations()
	 * @see #getCpu()
	 * @generated
	 */
	EReference getCpu_Operations();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.CpuOperation <em>Cpu Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpu Operation</em>'.
	 * @see org.ptl.model.CpuOperation
	 * @generated
	 */
	EClass getCpuOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CpuOperation#isExclusive <em>Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive</em>'.
	 * @see org.ptl.model.CpuOperation#isExclusive()
	 * @see #getCpuOperation()
	 * @generated
	 */
	EAttribute getCpuOperation_Exclusive();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.CpuOperation#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Step</em>'.
	 * @see org.ptl.model.CpuOperation#getStep()
	 * @see #getCpuOperation()
	 * @generated
	 */
	EReference getCpuOperation_Step();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.CpuOperation#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.ptl.model.CpuOperation#getResults()
	 * @see #getCpuOperation()
	 * @generated
	 */
	EReference getCpuOperation_Results();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ExpectedResult <em>Expected Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expected Result</em>'.
	 * @see org.ptl.model.ExpectedResult
	 * @generated
	 */
	EClass getExpectedResult();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectedResult#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.ptl.model.ExpectedResult#getErrno()
	 * @see #getExpectedResult()
	 * @generated
	 */
	EAttribute getExpectedResult_Errno();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectedResult#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.ExpectedResult#getValue()
	 * @see #getExpectedResult()
	 * @generated
	 */
	EAttribute getExpectedResult_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.ExpectedResult#isLivelock <em>Livelock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Livelock</em>'.
	 * @see org.ptl.model.ExpectedResult#isLivelock()
	 * @see #getExpectedResult()
	 * @generated
	 */
	EAttribute getExpectedResult_Livelock();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Layout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layout</em>'.
	 * @see org.ptl.model.Layout
	 * @generated
	 */
	EClass getLayout();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.ptl.model.Layout#getInputs()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Inputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.ptl.model.Layout#getValues()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getTransforms <em>Transforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transforms</em>'.
	 * @see org.ptl.model.Layout#getTransforms()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Transforms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.ptl.model.Layout#getRegions()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getPictures <em>Pictures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pictures</em>'.
	 * @see org.ptl.model.Layout#getPictures()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Pictures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assumptions</em>'.
	 * @see org.ptl.model.Layout#getAssumptions()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Assumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Layout#getInvariants <em>Invariants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Invariants</em>'.
	 * @see org.ptl.model.Layout#getInvariants()
	 * @see #getLayout()
	 * @generated
	 */
	EReference getLayout_Invariants();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.ptl.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Variable#isBoolean <em>Boolean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boolean</em>'.
	 * @see org.ptl.model.Variable#isBoolean()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Boolean();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Variable#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.ptl.model.Variable#getWidth()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Width();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.LayoutInput <em>Layout Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layout Input</em>'.
	 * @see org.ptl.model.LayoutInput
	 * @generated
	 */
	EClass getLayoutInput();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.LayoutInput#getRange <em>Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Range</em>'.
	 * @see org.ptl.model.LayoutInput#getRange()
	 * @see #getLayoutInput()
	 * @generated
	 */
	EReference getLayoutInput_Range();

	/**
	 * Returns the meta object for the attribute list '{@link org.ptl.model.LayoutInput#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.ptl.model.LayoutInput#getChoices()
	 * @see #getLayoutInput()
	 * @generated
	 */
	EAttribute getLayoutInput_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.LayoutInput#getAlignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alignment</em>'.
	 * @see org.ptl.model.LayoutInput#getAlignment()
	 * @see #getLayoutInput()
	 * @generated
	 */
	EAttribute getLayoutInput_Alignment();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.LayoutInput#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Value</em>'.
	 * @see org.ptl.model.LayoutInput#getDefaultValue()
	 * @see #getLayoutInput()
	 * @generated
	 */
	EReference getLayoutInput_DefaultValue();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.InputRange <em>Input Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input Range</em>'.
	 * @see org.ptl.model.InputRange
	 * @generated
	 */
	EClass getInputRange();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.InputRange#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.ptl.model.InputRange#getMin()
	 * @see #getInputRange()
	 * @generated
	 */
	EAttribute getInputRange_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.InputRange#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.ptl.model.InputRange#getMax()
	 * @see #getInputRange()
	 * @generated
	 */
	EAttribute getInputRange_Max();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.DerivedValue <em>Derived Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derived Value</em>'.
	 * @see org.ptl.model.DerivedValue
	 * @generated
	 */
	EClass getDerivedValue();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.DerivedValue#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Expression</em>'.
	 * @see org.ptl.model.DerivedValue#getExpression()
	 * @see #getDerivedValue()
	 * @generated
	 */
	EReference getDerivedValue_Expression();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Transform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transform</em>'.
	 * @see org.ptl.model.Transform
	 * @generated
	 */
	EClass getTransform();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Transform#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameter</em>'.
	 * @see org.ptl.model.Transform#getParameter()
	 * @see #getTransform()
	 * @generated
	 */
	EReference getTransform_Parameter();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Transform#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Body</em>'.
	 * @see org.ptl.model.Transform#getBody()
	 * @see #getTransform()
	 * @generated
	 */
	EReference getTransform_Body();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.Transform#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Samples</em>'.
	 * @see org.ptl.model.Transform#getSamples()
	 * @see #getTransform()
	 * @generated
	 */
	EReference getTransform_Samples();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.TransformParameter <em>Transform Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transform Parameter</em>'.
	 * @see org.ptl.model.TransformParameter
	 * @generated
	 */
	EClass getTransformParameter();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.ptl.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Region#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Start</em>'.
	 * @see org.ptl.model.Region#getStart()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Start();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Region#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>End</em>'.
	 * @see org.ptl.model.Region#getEnd()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_End();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Region#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base</em>'.
	 * @see org.ptl.model.Region#getBase()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.Region#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.ptl.model.Region#getDirection()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Direction();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Region#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Limit</em>'.
	 * @see org.ptl.model.Region#getLimit()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Limit();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.Region#getKeptBit <em>Kept Bit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Kept Bit</em>'.
	 * @see org.ptl.model.Region#getKeptBit()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_KeptBit();

	/**
	 * Returns the meta object for the reference list '{@link org.ptl.model.Region#getOverlaps <em>Overlaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Overlaps</em>'.
	 * @see org.ptl.model.Region#getOverlaps()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Overlaps();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BitPicture <em>Bit Picture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bit Picture</em>'.
	 * @see org.ptl.model.BitPicture
	 * @generated
	 */
	EClass getBitPicture();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BitPicture#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see org.ptl.model.BitPicture#getValue()
	 * @see #getBitPicture()
	 * @generated
	 */
	EReference getBitPicture_Value();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.BitPicture#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slices</em>'.
	 * @see org.ptl.model.BitPicture#getSlices()
	 * @see #getBitPicture()
	 * @generated
	 */
	EReference getBitPicture_Slices();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BitSlice <em>Bit Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bit Slice</em>'.
	 * @see org.ptl.model.BitSlice
	 * @generated
	 */
	EClass getBitSlice();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BitSlice#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High</em>'.
	 * @see org.ptl.model.BitSlice#getHigh()
	 * @see #getBitSlice()
	 * @generated
	 */
	EReference getBitSlice_High();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BitSlice#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Low</em>'.
	 * @see org.ptl.model.BitSlice#getLow()
	 * @see #getBitSlice()
	 * @generated
	 */
	EReference getBitSlice_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BitSlice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ptl.model.BitSlice#getKind()
	 * @see #getBitSlice()
	 * @generated
	 */
	EAttribute getBitSlice_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BitSlice#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see org.ptl.model.BitSlice#getValue()
	 * @see #getBitSlice()
	 * @generated
	 */
	EReference getBitSlice_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.LayoutCondition <em>Layout Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layout Condition</em>'.
	 * @see org.ptl.model.LayoutCondition
	 * @generated
	 */
	EClass getLayoutCondition();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.LayoutCondition#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.ptl.model.LayoutCondition#getCondition()
	 * @see #getLayoutCondition()
	 * @generated
	 */
	EReference getLayoutCondition_Condition();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.Expression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expression</em>'.
	 * @see org.ptl.model.Expression
	 * @generated
	 */
	EClass getExpression();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BinaryExpression <em>Binary Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binary Expression</em>'.
	 * @see org.ptl.model.BinaryExpression
	 * @generated
	 */
	EClass getBinaryExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BinaryExpression#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Left</em>'.
	 * @see org.ptl.model.BinaryExpression#getLeft()
	 * @see #getBinaryExpression()
	 * @generated
	 */
	EReference getBinaryExpression_Left();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BinaryExpression#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.ptl.model.BinaryExpression#getOperator()
	 * @see #getBinaryExpression()
	 * @generated
	 */
	EAttribute getBinaryExpression_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.BinaryExpression#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Right</em>'.
	 * @see org.ptl.model.BinaryExpression#getRight()
	 * @see #getBinaryExpression()
	 * @generated
	 */
	EReference getBinaryExpression_Right();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.UnaryExpression <em>Unary Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unary Expression</em>'.
	 * @see org.ptl.model.UnaryExpression
	 * @generated
	 */
	EClass getUnaryExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.UnaryExpression#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.ptl.model.UnaryExpression#getOperator()
	 * @see #getUnaryExpression()
	 * @generated
	 */
	EAttribute getUnaryExpression_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.UnaryExpression#getOperand <em>Operand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operand</em>'.
	 * @see org.ptl.model.UnaryExpression#getOperand()
	 * @see #getUnaryExpression()
	 * @generated
	 */
	EReference getUnaryExpression_Operand();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.ConditionalExpression <em>Conditional Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Expression</em>'.
	 * @see org.ptl.model.ConditionalExpression
	 * @generated
	 */
	EClass getConditionalExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.ConditionalExpression#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.ptl.model.ConditionalExpression#getCondition()
	 * @see #getConditionalExpression()
	 * @generated
	 */
	EReference getConditionalExpression_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.ConditionalExpression#getWhenTrue <em>When True</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>When True</em>'.
	 * @see org.ptl.model.ConditionalExpression#getWhenTrue()
	 * @see #getConditionalExpression()
	 * @generated
	 */
	EReference getConditionalExpression_WhenTrue();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.ConditionalExpression#getWhenFalse <em>When False</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>When False</em>'.
	 * @see org.ptl.model.ConditionalExpression#getWhenFalse()
	 * @see #getConditionalExpression()
	 * @generated
	 */
	EReference getConditionalExpression_WhenFalse();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.NumberLiteral <em>Number Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Literal</em>'.
	 * @see org.ptl.model.NumberLiteral
	 * @generated
	 */
	EClass getNumberLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.NumberLiteral#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.NumberLiteral#getValue()
	 * @see #getNumberLiteral()
	 * @generated
	 */
	EAttribute getNumberLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.BooleanLiteral <em>Boolean Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Literal</em>'.
	 * @see org.ptl.model.BooleanLiteral
	 * @generated
	 */
	EClass getBooleanLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.BooleanLiteral#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ptl.model.BooleanLiteral#isValue()
	 * @see #getBooleanLiteral()
	 * @generated
	 */
	EAttribute getBooleanLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.VariableReference <em>Variable Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable Reference</em>'.
	 * @see org.ptl.model.VariableReference
	 * @generated
	 */
	EClass getVariableReference();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.VariableReference#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see org.ptl.model.VariableReference#getVariable()
	 * @see #getVariableReference()
	 * @generated
	 */
	EReference getVariableReference_Variable();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.CallExpression <em>Call Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call Expression</em>'.
	 * @see org.ptl.model.CallExpression
	 * @generated
	 */
	EClass getCallExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.CallExpression#getBuiltin <em>Builtin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Builtin</em>'.
	 * @see org.ptl.model.CallExpression#getBuiltin()
	 * @see #getCallExpression()
	 * @generated
	 */
	EAttribute getCallExpression_Builtin();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.CallExpression#getTransform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Transform</em>'.
	 * @see org.ptl.model.CallExpression#getTransform()
	 * @see #getCallExpression()
	 * @generated
	 */
	EReference getCallExpression_Transform();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ptl.model.CallExpression#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arguments</em>'.
	 * @see org.ptl.model.CallExpression#getArguments()
	 * @see #getCallExpression()
	 * @generated
	 */
	EReference getCallExpression_Arguments();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.RegionBound <em>Region Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Bound</em>'.
	 * @see org.ptl.model.RegionBound
	 * @generated
	 */
	EClass getRegionBound();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.RegionBound#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.ptl.model.RegionBound#getRegion()
	 * @see #getRegionBound()
	 * @generated
	 */
	EReference getRegionBound_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.RegionBound#getBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bound</em>'.
	 * @see org.ptl.model.RegionBound#getBound()
	 * @see #getRegionBound()
	 * @generated
	 */
	EAttribute getRegionBound_Bound();

	/**
	 * Returns the meta object for class '{@link org.ptl.model.MembershipExpression <em>Membership Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership Expression</em>'.
	 * @see org.ptl.model.MembershipExpression
	 * @generated
	 */
	EClass getMembershipExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.ptl.model.MembershipExpression#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Element</em>'.
	 * @see org.ptl.model.MembershipExpression#getElement()
	 * @see #getMembershipExpression()
	 * @generated
	 */
	EReference getMembershipExpression_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.ptl.model.MembershipExpression#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.ptl.model.MembershipExpression#isNegated()
	 * @see #getMembershipExpression()
	 * @generated
	 */
	EAttribute getMembershipExpression_Negated();

	/**
	 * Returns the meta object for the reference '{@link org.ptl.model.MembershipExpression#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.ptl.model.MembershipExpression#getRegion()
	 * @see #getMembershipExpression()
	 * @generated
	 */
	EReference getMembershipExpression_Region();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.SeverityLevel <em>Severity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity Level</em>'.
	 * @see org.ptl.model.SeverityLevel
	 * @generated
	 */
	EEnum getSeverityLevel();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.DescriptorKind <em>Descriptor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Descriptor Kind</em>'.
	 * @see org.ptl.model.DescriptorKind
	 * @generated
	 */
	EEnum getDescriptorKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.FieldRole <em>Field Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Role</em>'.
	 * @see org.ptl.model.FieldRole
	 * @generated
	 */
	EEnum getFieldRole();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.FieldKind <em>Field Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Kind</em>'.
	 * @see org.ptl.model.FieldKind
	 * @generated
	 */
	EEnum getFieldKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.LogicalOperator <em>Logical Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Logical Operator</em>'.
	 * @see org.ptl.model.LogicalOperator
	 * @generated
	 */
	EEnum getLogicalOperator();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.Quantifier <em>Quantifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantifier</em>'.
	 * @see org.ptl.model.Quantifier
	 * @generated
	 */
	EEnum getQuantifier();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.UpdateOperator <em>Update Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Operator</em>'.
	 * @see org.ptl.model.UpdateOperator
	 * @generated
	 */
	EEnum getUpdateOperator();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison</em>'.
	 * @see org.ptl.model.Comparison
	 * @generated
	 */
	EEnum getComparison();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.OutputAddressRule <em>Output Address Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Address Rule</em>'.
	 * @see org.ptl.model.OutputAddressRule
	 * @generated
	 */
	EEnum getOutputAddressRule();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.SeededBug <em>Seeded Bug</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Seeded Bug</em>'.
	 * @see org.ptl.model.SeededBug
	 * @generated
	 */
	EEnum getSeededBug();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.CpuFeature <em>Cpu Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cpu Feature</em>'.
	 * @see org.ptl.model.CpuFeature
	 * @generated
	 */
	EEnum getCpuFeature();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.LibraryKind <em>Library Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Library Kind</em>'.
	 * @see org.ptl.model.LibraryKind
	 * @generated
	 */
	EEnum getLibraryKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.OperationKind <em>Operation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operation Kind</em>'.
	 * @see org.ptl.model.OperationKind
	 * @generated
	 */
	EEnum getOperationKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.RuleCondition <em>Rule Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Condition</em>'.
	 * @see org.ptl.model.RuleCondition
	 * @generated
	 */
	EEnum getRuleCondition();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.AssignOperator <em>Assign Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assign Operator</em>'.
	 * @see org.ptl.model.AssignOperator
	 * @generated
	 */
	EEnum getAssignOperator();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.WalkAction <em>Walk Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Walk Action</em>'.
	 * @see org.ptl.model.WalkAction
	 * @generated
	 */
	EEnum getWalkAction();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.AccessKind <em>Access Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Kind</em>'.
	 * @see org.ptl.model.AccessKind
	 * @generated
	 */
	EEnum getAccessKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.FaultKind <em>Fault Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fault Kind</em>'.
	 * @see org.ptl.model.FaultKind
	 * @generated
	 */
	EEnum getFaultKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.GrowthDirection <em>Growth Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Growth Direction</em>'.
	 * @see org.ptl.model.GrowthDirection
	 * @generated
	 */
	EEnum getGrowthDirection();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.SliceKind <em>Slice Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Slice Kind</em>'.
	 * @see org.ptl.model.SliceKind
	 * @generated
	 */
	EEnum getSliceKind();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.BinaryOperator <em>Binary Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Binary Operator</em>'.
	 * @see org.ptl.model.BinaryOperator
	 * @generated
	 */
	EEnum getBinaryOperator();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.UnaryOperator <em>Unary Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unary Operator</em>'.
	 * @see org.ptl.model.UnaryOperator
	 * @generated
	 */
	EEnum getUnaryOperator();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.Builtin <em>Builtin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Builtin</em>'.
	 * @see org.ptl.model.Builtin
	 * @generated
	 */
	EEnum getBuiltin();

	/**
	 * Returns the meta object for enum '{@link org.ptl.model.RegionBoundKind <em>Region Bound Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Bound Kind</em>'.
	 * @see org.ptl.model.RegionBoundKind
	 * @generated
	 */
	EEnum getRegionBoundKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PtlFactory getPtlFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.PtlModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.PtlModelImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getPtlModel()
		 * @generated
		 */
		EClass PTL_MODEL = eINSTANCE.getPtlModel();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PTL_MODEL__IMPORTS = eINSTANCE.getPtlModel_Imports();

		/**
		 * The meta object literal for the '<em><b>Severities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PTL_MODEL__SEVERITIES = eINSTANCE.getPtlModel_Severities();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PTL_MODEL__ELEMENTS = eINSTANCE.getPtlModel_Elements();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ImportImpl <em>Import</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ImportImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getImport()
		 * @generated
		 */
		EClass IMPORT = eINSTANCE.getImport();

		/**
		 * The meta object literal for the '<em><b>Import URI</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT__IMPORT_URI = eINSTANCE.getImport_ImportURI();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.SeverityDirectiveImpl <em>Severity Directive</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.SeverityDirectiveImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getSeverityDirective()
		 * @generated
		 */
		EClass SEVERITY_DIRECTIVE = eINSTANCE.getSeverityDirective();

		/**
		 * The meta object literal for the '<em><b>Check Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_DIRECTIVE__CHECK_ID = eINSTANCE.getSeverityDirective_CheckId();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_DIRECTIVE__LEVEL = eINSTANCE.getSeverityDirective_Level();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.NamedImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ElementImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.FormatImpl <em>Format</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.FormatImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getFormat()
		 * @generated
		 */
		EClass FORMAT = eINSTANCE.getFormat();

		/**
		 * The meta object literal for the '<em><b>Granule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__GRANULE = eINSTANCE.getFormat_Granule();

		/**
		 * The meta object literal for the '<em><b>Input Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__INPUT_BITS = eINSTANCE.getFormat_InputBits();

		/**
		 * The meta object literal for the '<em><b>Output Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__OUTPUT_BITS = eINSTANCE.getFormat_OutputBits();

		/**
		 * The meta object literal for the '<em><b>First Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__FIRST_LEVEL = eINSTANCE.getFormat_FirstLevel();

		/**
		 * The meta object literal for the '<em><b>Last Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__LAST_LEVEL = eINSTANCE.getFormat_LastLevel();

		/**
		 * The meta object literal for the '<em><b>Root Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__ROOT_PAGES = eINSTANCE.getFormat_RootPages();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__STRIDE = eINSTANCE.getFormat_Stride();

		/**
		 * The meta object literal for the '<em><b>Lpa2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__LPA2 = eINSTANCE.getFormat_Lpa2();

		/**
		 * The meta object literal for the '<em><b>Block Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMAT__BLOCK_LEVELS = eINSTANCE.getFormat_BlockLevels();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORMAT__DESCRIPTORS = eINSTANCE.getFormat_Descriptors();

		/**
		 * The meta object literal for the '<em><b>Descriptors From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORMAT__DESCRIPTORS_FROM = eINSTANCE.getFormat_DescriptorsFrom();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.DescriptorImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getDescriptor()
		 * @generated
		 */
		EClass DESCRIPTOR = eINSTANCE.getDescriptor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__KIND = eINSTANCE.getDescriptor_Kind();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__LEVELS = eINSTANCE.getDescriptor_Levels();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__FIELDS = eINSTANCE.getDescriptor_Fields();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.FieldImpl <em>Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.FieldImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getField()
		 * @generated
		 */
		EClass FIELD = eINSTANCE.getField();

		/**
		 * The meta object literal for the '<em><b>Bits</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__BITS = eINSTANCE.getField_Bits();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__KIND = eINSTANCE.getField_Kind();

		/**
		 * The meta object literal for the '<em><b>Fixed Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__FIXED_VALUE = eINSTANCE.getField_FixedValue();

		/**
		 * The meta object literal for the '<em><b>Literals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__LITERALS = eINSTANCE.getField_Literals();

		/**
		 * The meta object literal for the '<em><b>Address Bits</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__ADDRESS_BITS = eINSTANCE.getField_AddressBits();

		/**
		 * The meta object literal for the '<em><b>Overlays</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__OVERLAYS = eINSTANCE.getField_Overlays();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__ROLE = eINSTANCE.getField_Role();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.EnumLiteralImpl <em>Enum Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.EnumLiteralImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getEnumLiteral()
		 * @generated
		 */
		EClass ENUM_LITERAL = eINSTANCE.getEnumLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENUM_LITERAL__VALUE = eINSTANCE.getEnumLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BitRangeImpl <em>Bit Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BitRangeImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBitRange()
		 * @generated
		 */
		EClass BIT_RANGE = eINSTANCE.getBitRange();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIT_RANGE__HIGH = eINSTANCE.getBitRange_High();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIT_RANGE__LOW = eINSTANCE.getBitRange_Low();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ClaimSetImpl <em>Claim Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ClaimSetImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getClaimSet()
		 * @generated
		 */
		EClass CLAIM_SET = eINSTANCE.getClaimSet();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_SET__FIELDS = eINSTANCE.getClaimSet_Fields();

		/**
		 * The meta object literal for the '<em><b>Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_SET__CLAIMS = eINSTANCE.getClaimSet_Claims();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ClaimImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Bits</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__BITS = eINSTANCE.getClaim_Bits();

		/**
		 * The meta object literal for the '<em><b>Shared With</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SHARED_WITH = eINSTANCE.getClaim_SharedWith();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.OwnershipModelImpl <em>Ownership Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.OwnershipModelImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getOwnershipModel()
		 * @generated
		 */
		EClass OWNERSHIP_MODEL = eINSTANCE.getOwnershipModel();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__STATES = eINSTANCE.getOwnershipModel_States();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__INITIAL_STATE = eINSTANCE.getOwnershipModel_InitialState();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__COMPONENTS = eINSTANCE.getOwnershipModel_Components();

		/**
		 * The meta object literal for the '<em><b>Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__COUNTERS = eINSTANCE.getOwnershipModel_Counters();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__TRANSITIONS = eINSTANCE.getOwnershipModel_Transitions();

		/**
		 * The meta object literal for the '<em><b>Invariants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNERSHIP_MODEL__INVARIANTS = eINSTANCE.getOwnershipModel_Invariants();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.StateImpl <em>State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.StateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getState()
		 * @generated
		 */
		EClass STATE = eINSTANCE.getState();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ComponentImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__FAMILY = eINSTANCE.getComponent_Family();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__INITIAL_STATE = eINSTANCE.getComponent_InitialState();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TransitionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__INITIATOR = eINSTANCE.getTransition_Initiator();

		/**
		 * The meta object literal for the '<em><b>Completer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__COMPLETER = eINSTANCE.getTransition_Completer();

		/**
		 * The meta object literal for the '<em><b>Guards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__GUARDS = eINSTANCE.getTransition_Guards();

		/**
		 * The meta object literal for the '<em><b>Updates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__UPDATES = eINSTANCE.getTransition_Updates();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TransitionSideImpl <em>Transition Side</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TransitionSideImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTransitionSide()
		 * @generated
		 */
		EClass TRANSITION_SIDE = eINSTANCE.getTransitionSide();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_SIDE__COMPONENTS = eINSTANCE.getTransitionSide_Components();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_SIDE__FROM = eINSTANCE.getTransitionSide_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_SIDE__TO = eINSTANCE.getTransitionSide_To();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.InvariantImpl <em>Invariant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.InvariantImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getInvariant()
		 * @generated
		 */
		EClass INVARIANT = eINSTANCE.getInvariant();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVARIANT__PREDICATE = eINSTANCE.getInvariant_Predicate();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.PredicateImpl <em>Predicate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.PredicateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getPredicate()
		 * @generated
		 */
		EClass PREDICATE = eINSTANCE.getPredicate();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BinaryPredicateImpl <em>Binary Predicate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BinaryPredicateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryPredicate()
		 * @generated
		 */
		EClass BINARY_PREDICATE = eINSTANCE.getBinaryPredicate();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINARY_PREDICATE__LEFT = eINSTANCE.getBinaryPredicate_Left();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_PREDICATE__OPERATOR = eINSTANCE.getBinaryPredicate_Operator();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINARY_PREDICATE__RIGHT = eINSTANCE.getBinaryPredicate_Right();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.NotPredicateImpl <em>Not Predicate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.NotPredicateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getNotPredicate()
		 * @generated
		 */
		EClass NOT_PREDICATE = eINSTANCE.getNotPredicate();

		/**
		 * The meta object literal for the '<em><b>Operand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT_PREDICATE__OPERAND = eINSTANCE.getNotPredicate_Operand();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.QuantifiedPredicateImpl <em>Quantified Predicate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.QuantifiedPredicateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getQuantifiedPredicate()
		 * @generated
		 */
		EClass QUANTIFIED_PREDICATE = eINSTANCE.getQuantifiedPredicate();

		/**
		 * The meta object literal for the '<em><b>Quantifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIFIED_PREDICATE__QUANTIFIER = eINSTANCE.getQuantifiedPredicate_Quantifier();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIFIED_PREDICATE__COMPONENTS = eINSTANCE.getQuantifiedPredicate_Components();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIFIED_PREDICATE__STATES = eINSTANCE.getQuantifiedPredicate_States();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.EncodingImpl <em>Encoding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.EncodingImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getEncoding()
		 * @generated
		 */
		EClass ENCODING = eINSTANCE.getEncoding();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENCODING__MODEL = eINSTANCE.getEncoding_Model();

		/**
		 * The meta object literal for the '<em><b>Claim</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENCODING__CLAIM = eINSTANCE.getEncoding_Claim();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCODING__WIDTH = eINSTANCE.getEncoding_Width();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENCODING__ENTRIES = eINSTANCE.getEncoding_Entries();

		/**
		 * The meta object literal for the '<em><b>Reserved</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENCODING__RESERVED = eINSTANCE.getEncoding_Reserved();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.StateEncodingImpl <em>State Encoding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.StateEncodingImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getStateEncoding()
		 * @generated
		 */
		EClass STATE_ENCODING = eINSTANCE.getStateEncoding();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATE_ENCODING__STATE = eINSTANCE.getStateEncoding_State();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_ENCODING__VALUE = eINSTANCE.getStateEncoding_Value();

		/**
		 * The meta object literal for the '<em><b>Not Encoded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_ENCODING__NOT_ENCODED = eINSTANCE.getStateEncoding_NotEncoded();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ReservedEncodingImpl <em>Reserved Encoding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ReservedEncodingImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getReservedEncoding()
		 * @generated
		 */
		EClass RESERVED_ENCODING = eINSTANCE.getReservedEncoding();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENCODING__VALUE = eINSTANCE.getReservedEncoding_Value();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVED_ENCODING__DESCRIPTION = eINSTANCE.getReservedEncoding_Description();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CounterImpl <em>Counter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CounterImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCounter()
		 * @generated
		 */
		EClass COUNTER = eINSTANCE.getCounter();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER__MAX = eINSTANCE.getCounter_Max();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.GuardImpl <em>Guard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.GuardImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getGuard()
		 * @generated
		 */
		EClass GUARD = eINSTANCE.getGuard();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUARD__PREDICATE = eINSTANCE.getGuard_Predicate();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUARD__ERRNO = eINSTANCE.getGuard_Errno();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CounterUpdateImpl <em>Counter Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CounterUpdateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCounterUpdate()
		 * @generated
		 */
		EClass COUNTER_UPDATE = eINSTANCE.getCounterUpdate();

		/**
		 * The meta object literal for the '<em><b>Counter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER_UPDATE__COUNTER = eINSTANCE.getCounterUpdate_Counter();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_UPDATE__OPERATOR = eINSTANCE.getCounterUpdate_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_UPDATE__VALUE = eINSTANCE.getCounterUpdate_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CounterComparisonImpl <em>Counter Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CounterComparisonImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCounterComparison()
		 * @generated
		 */
		EClass COUNTER_COMPARISON = eINSTANCE.getCounterComparison();

		/**
		 * The meta object literal for the '<em><b>Counter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER_COMPARISON__COUNTER = eINSTANCE.getCounterComparison_Counter();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_COMPARISON__COMPARISON = eINSTANCE.getCounterComparison_Comparison();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_COMPARISON__VALUE = eINSTANCE.getCounterComparison_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MemberCountImpl <em>Member Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MemberCountImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMemberCount()
		 * @generated
		 */
		EClass MEMBER_COUNT = eINSTANCE.getMemberCount();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_COUNT__COMPONENTS = eINSTANCE.getMemberCount_Components();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_COUNT__STATES = eINSTANCE.getMemberCount_States();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_COUNT__COMPARISON = eINSTANCE.getMemberCount_Comparison();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_COUNT__VALUE = eINSTANCE.getMemberCount_Value();

		/**
		 * The meta object literal for the '<em><b>Counter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_COUNT__COUNTER = eINSTANCE.getMemberCount_Counter();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ComponentStateImpl <em>Component State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ComponentStateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getComponentState()
		 * @generated
		 */
		EClass COMPONENT_STATE = eINSTANCE.getComponentState();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_STATE__COMPONENT = eINSTANCE.getComponentState_Component();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_STATE__STATES = eINSTANCE.getComponentState_States();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.OperationsImpl <em>Operations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.OperationsImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getOperations()
		 * @generated
		 */
		EClass OPERATIONS = eINSTANCE.getOperations();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__FORMAT = eINSTANCE.getOperations_Format();

		/**
		 * The meta object literal for the '<em><b>Library</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONS__LIBRARY = eINSTANCE.getOperations_Library();

		/**
		 * The meta object literal for the '<em><b>Prot Flags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__PROT_FLAGS = eINSTANCE.getOperations_ProtFlags();

		/**
		 * The meta object literal for the '<em><b>Permission Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__PERMISSION_FIELDS = eINSTANCE.getOperations_PermissionFields();

		/**
		 * The meta object literal for the '<em><b>Lock Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__LOCK_FIELD = eINSTANCE.getOperations_LockField();

		/**
		 * The meta object literal for the '<em><b>Owner Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__OWNER_FIELD = eINSTANCE.getOperations_OwnerField();

		/**
		 * The meta object literal for the '<em><b>Max Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONS__MAX_OWNER = eINSTANCE.getOperations_MaxOwner();

		/**
		 * The meta object literal for the '<em><b>Output Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONS__OUTPUT_ADDRESS = eINSTANCE.getOperations_OutputAddress();

		/**
		 * The meta object literal for the '<em><b>Bugs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONS__BUGS = eINSTANCE.getOperations_Bugs();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS__OPERATIONS = eINSTANCE.getOperations_Operations();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ProtFlagImpl <em>Prot Flag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ProtFlagImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getProtFlag()
		 * @generated
		 */
		EClass PROT_FLAG = eINSTANCE.getProtFlag();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.OperationImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__KIND = eINSTANCE.getOperation_Kind();

		/**
		 * The meta object literal for the '<em><b>Contracted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__CONTRACTED = eINSTANCE.getOperation_Contracted();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__CONTRACT = eINSTANCE.getOperation_Contract();

		/**
		 * The meta object literal for the '<em><b>Walk Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__WALK_FLAGS = eINSTANCE.getOperation_WalkFlags();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__DESCRIPTION = eINSTANCE.getOperation_Description();

		/**
		 * The meta object literal for the '<em><b>Rejects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__REJECTS = eINSTANCE.getOperation_Rejects();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__RULES = eINSTANCE.getOperation_Rules();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.RejectRuleImpl <em>Reject Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.RejectRuleImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getRejectRule()
		 * @generated
		 */
		EClass REJECT_RULE = eINSTANCE.getRejectRule();

		/**
		 * The meta object literal for the '<em><b>Combinations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REJECT_RULE__COMBINATIONS = eINSTANCE.getRejectRule_Combinations();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECT_RULE__ERRNO = eINSTANCE.getRejectRule_Errno();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.FlagCombinationImpl <em>Flag Combination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.FlagCombinationImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getFlagCombination()
		 * @generated
		 */
		EClass FLAG_COMBINATION = eINSTANCE.getFlagCombination();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLAG_COMBINATION__TERMS = eINSTANCE.getFlagCombination_Terms();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ProtTermImpl <em>Prot Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ProtTermImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getProtTerm()
		 * @generated
		 */
		EClass PROT_TERM = eINSTANCE.getProtTerm();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROT_TERM__NEGATED = eINSTANCE.getProtTerm_Negated();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROT_TERM__FLAG = eINSTANCE.getProtTerm_Flag();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.AttributeRuleImpl <em>Attribute Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.AttributeRuleImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getAttributeRule()
		 * @generated
		 */
		EClass ATTRIBUTE_RULE = eINSTANCE.getAttributeRule();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_RULE__CONDITION = eINSTANCE.getAttributeRule_Condition();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRIBUTE_RULE__FLAG = eINSTANCE.getAttributeRule_Flag();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRIBUTE_RULE__ASSIGNMENTS = eINSTANCE.getAttributeRule_Assignments();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.FieldAssignmentImpl <em>Field Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.FieldAssignmentImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getFieldAssignment()
		 * @generated
		 */
		EClass FIELD_ASSIGNMENT = eINSTANCE.getFieldAssignment();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_ASSIGNMENT__FIELD = eINSTANCE.getFieldAssignment_Field();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_ASSIGNMENT__OPERATOR = eINSTANCE.getFieldAssignment_Operator();

		/**
		 * The meta object literal for the '<em><b>Literal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_ASSIGNMENT__LITERAL = eINSTANCE.getFieldAssignment_Literal();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_ASSIGNMENT__VALUE = eINSTANCE.getFieldAssignment_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.WalkerPolicyImpl <em>Walker Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.WalkerPolicyImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getWalkerPolicy()
		 * @generated
		 */
		EClass WALKER_POLICY = eINSTANCE.getWalkerPolicy();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WALKER_POLICY__FLAGS = eINSTANCE.getWalkerPolicy_Flags();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WALKER_POLICY__OUTCOMES = eINSTANCE.getWalkerPolicy_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WALKER_POLICY__RULES = eINSTANCE.getWalkerPolicy_Rules();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.WalkerFlagImpl <em>Walker Flag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.WalkerFlagImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getWalkerFlag()
		 * @generated
		 */
		EClass WALKER_FLAG = eINSTANCE.getWalkerFlag();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.NamedOutcomeImpl <em>Named Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.NamedOutcomeImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getNamedOutcome()
		 * @generated
		 */
		EClass NAMED_OUTCOME = eINSTANCE.getNamedOutcome();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.PolicyRuleImpl <em>Policy Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.PolicyRuleImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getPolicyRule()
		 * @generated
		 */
		EClass POLICY_RULE = eINSTANCE.getPolicyRule();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_RULE__OUTCOME = eINSTANCE.getPolicyRule_Outcome();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_RULE__CONDITIONS = eINSTANCE.getPolicyRule_Conditions();

		/**
		 * The meta object literal for the '<em><b>Otherwise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__OTHERWISE = eINSTANCE.getPolicyRule_Otherwise();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_RULE__ACTION = eINSTANCE.getPolicyRule_Action();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.OutcomePatternImpl <em>Outcome Pattern</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.OutcomePatternImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getOutcomePattern()
		 * @generated
		 */
		EClass OUTCOME_PATTERN = eINSTANCE.getOutcomePattern();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_PATTERN__CODE = eINSTANCE.getOutcomePattern_Code();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_PATTERN__ERRNO = eINSTANCE.getOutcomePattern_Errno();

		/**
		 * The meta object literal for the '<em><b>Any Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_PATTERN__ANY_ERROR = eINSTANCE.getOutcomePattern_AnyError();

		/**
		 * The meta object literal for the '<em><b>Named</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME_PATTERN__NAMED = eINSTANCE.getOutcomePattern_Named();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.FlagTermImpl <em>Flag Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.FlagTermImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getFlagTerm()
		 * @generated
		 */
		EClass FLAG_TERM = eINSTANCE.getFlagTerm();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_TERM__NEGATED = eINSTANCE.getFlagTerm_Negated();

		/**
		 * The meta object literal for the '<em><b>Flag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLAG_TERM__FLAG = eINSTANCE.getFlagTerm_Flag();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BindingImpl <em>Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BindingImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBinding()
		 * @generated
		 */
		EClass BINDING = eINSTANCE.getBinding();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINDING__MODEL = eINSTANCE.getBinding_Model();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINDING__COMPONENTS = eINSTANCE.getBinding_Components();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ComponentBindingImpl <em>Component Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ComponentBindingImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getComponentBinding()
		 * @generated
		 */
		EClass COMPONENT_BINDING = eINSTANCE.getComponentBinding();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__COMPONENT = eINSTANCE.getComponentBinding_Component();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__FORMAT = eINSTANCE.getComponentBinding_Format();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__OPERATIONS = eINSTANCE.getComponentBinding_Operations();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BINDING__OFFSET = eINSTANCE.getComponentBinding_Offset();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__ENCODING = eINSTANCE.getComponentBinding_Encoding();

		/**
		 * The meta object literal for the '<em><b>Side Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BINDING__SIDE_TABLE = eINSTANCE.getComponentBinding_SideTable();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BINDING__OWNER_ID = eINSTANCE.getComponentBinding_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Empty State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__EMPTY_STATE = eINSTANCE.getComponentBinding_EmptyState();

		/**
		 * The meta object literal for the '<em><b>Annotates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BINDING__ANNOTATES = eINSTANCE.getComponentBinding_Annotates();

		/**
		 * The meta object literal for the '<em><b>Unmapped States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__UNMAPPED_STATES = eINSTANCE.getComponentBinding_UnmappedStates();

		/**
		 * The meta object literal for the '<em><b>Lazy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BINDING__LAZY = eINSTANCE.getComponentBinding_Lazy();

		/**
		 * The meta object literal for the '<em><b>Prot</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_BINDING__PROT = eINSTANCE.getComponentBinding_Prot();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ScenarioImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TABLES = eINSTANCE.getScenario_Tables();

		/**
		 * The meta object literal for the '<em><b>Binding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__BINDING = eINSTANCE.getScenario_Binding();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__POLICY = eINSTANCE.getScenario_Policy();

		/**
		 * The meta object literal for the '<em><b>Memory Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MEMORY_PAGES = eINSTANCE.getScenario_MemoryPages();

		/**
		 * The meta object literal for the '<em><b>Memory Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MEMORY_BASE = eINSTANCE.getScenario_MemoryBase();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__FEATURES = eINSTANCE.getScenario_Features();

		/**
		 * The meta object literal for the '<em><b>Initial Ownership</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__INITIAL_OWNERSHIP = eINSTANCE.getScenario_InitialOwnership();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__STEPS = eINSTANCE.getScenario_Steps();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.InitialOwnershipImpl <em>Initial Ownership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.InitialOwnershipImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getInitialOwnership()
		 * @generated
		 */
		EClass INITIAL_OWNERSHIP = eINSTANCE.getInitialOwnership();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIAL_OWNERSHIP__COMPONENT = eINSTANCE.getInitialOwnership_Component();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_OWNERSHIP__INDEX = eINSTANCE.getInitialOwnership_Index();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_OWNERSHIP__FIRST = eINSTANCE.getInitialOwnership_First();

		/**
		 * The meta object literal for the '<em><b>Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_OWNERSHIP__LAST = eINSTANCE.getInitialOwnership_Last();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIAL_OWNERSHIP__STATE = eINSTANCE.getInitialOwnership_State();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ScenarioTableImpl <em>Scenario Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ScenarioTableImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getScenarioTable()
		 * @generated
		 */
		EClass SCENARIO_TABLE = eINSTANCE.getScenarioTable();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_TABLE__FORMAT = eINSTANCE.getScenarioTable_Format();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_TABLE__OPERATIONS = eINSTANCE.getScenarioTable_Operations();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_TABLE__FEATURES = eINSTANCE.getScenarioTable_Features();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.StepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TARGET = eINSTANCE.getStep_Target();

		/**
		 * The meta object literal for the '<em><b>Target Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TARGET_INDEX = eINSTANCE.getStep_TargetIndex();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MapStepImpl <em>Map Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MapStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMapStep()
		 * @generated
		 */
		EClass MAP_STEP = eINSTANCE.getMapStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAP_STEP__ADDRESS = eINSTANCE.getMapStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAP_STEP__SIZE = eINSTANCE.getMapStep_Size();

		/**
		 * The meta object literal for the '<em><b>Pa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAP_STEP__PA = eINSTANCE.getMapStep_Pa();

		/**
		 * The meta object literal for the '<em><b>Prot</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAP_STEP__PROT = eINSTANCE.getMapStep_Prot();

		/**
		 * The meta object literal for the '<em><b>Walk Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAP_STEP__WALK_FLAGS = eINSTANCE.getMapStep_WalkFlags();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.UnmapStepImpl <em>Unmap Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.UnmapStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getUnmapStep()
		 * @generated
		 */
		EClass UNMAP_STEP = eINSTANCE.getUnmapStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNMAP_STEP__ADDRESS = eINSTANCE.getUnmapStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNMAP_STEP__SIZE = eINSTANCE.getUnmapStep_Size();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.RelaxStepImpl <em>Relax Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.RelaxStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getRelaxStep()
		 * @generated
		 */
		EClass RELAX_STEP = eINSTANCE.getRelaxStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELAX_STEP__ADDRESS = eINSTANCE.getRelaxStep_Address();

		/**
		 * The meta object literal for the '<em><b>Prot</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELAX_STEP__PROT = eINSTANCE.getRelaxStep_Prot();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.WrprotectStepImpl <em>Wrprotect Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.WrprotectStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getWrprotectStep()
		 * @generated
		 */
		EClass WRPROTECT_STEP = eINSTANCE.getWrprotectStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRPROTECT_STEP__ADDRESS = eINSTANCE.getWrprotectStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WRPROTECT_STEP__SIZE = eINSTANCE.getWrprotectStep_Size();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MkyoungStepImpl <em>Mkyoung Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MkyoungStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMkyoungStep()
		 * @generated
		 */
		EClass MKYOUNG_STEP = eINSTANCE.getMkyoungStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MKYOUNG_STEP__ADDRESS = eINSTANCE.getMkyoungStep_Address();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MkoldStepImpl <em>Mkold Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MkoldStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMkoldStep()
		 * @generated
		 */
		EClass MKOLD_STEP = eINSTANCE.getMkoldStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MKOLD_STEP__ADDRESS = eINSTANCE.getMkoldStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MKOLD_STEP__SIZE = eINSTANCE.getMkoldStep_Size();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.SplitStepImpl <em>Split Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.SplitStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getSplitStep()
		 * @generated
		 */
		EClass SPLIT_STEP = eINSTANCE.getSplitStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_STEP__ADDRESS = eINSTANCE.getSplitStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_STEP__SIZE = eINSTANCE.getSplitStep_Size();

		/**
		 * The meta object literal for the '<em><b>Cache Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_STEP__CACHE_PAGES = eINSTANCE.getSplitStep_CachePages();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.SetOwnerStepImpl <em>Set Owner Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.SetOwnerStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getSetOwnerStep()
		 * @generated
		 */
		EClass SET_OWNER_STEP = eINSTANCE.getSetOwnerStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_OWNER_STEP__ADDRESS = eINSTANCE.getSetOwnerStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_OWNER_STEP__SIZE = eINSTANCE.getSetOwnerStep_Size();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_OWNER_STEP__OWNER = eINSTANCE.getSetOwnerStep_Owner();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TranslateStepImpl <em>Translate Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TranslateStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTranslateStep()
		 * @generated
		 */
		EClass TRANSLATE_STEP = eINSTANCE.getTranslateStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATE_STEP__ADDRESS = eINSTANCE.getTranslateStep_Address();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATE_STEP__ACCESS = eINSTANCE.getTranslateStep_Access();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.WalkStepImpl <em>Walk Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.WalkStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getWalkStep()
		 * @generated
		 */
		EClass WALK_STEP = eINSTANCE.getWalkStep();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALK_STEP__ADDRESS = eINSTANCE.getWalkStep_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALK_STEP__SIZE = eINSTANCE.getWalkStep_Size();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALK_STEP__VISITS = eINSTANCE.getWalkStep_Visits();

		/**
		 * The meta object literal for the '<em><b>Walk Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALK_STEP__WALK_FLAGS = eINSTANCE.getWalkStep_WalkFlags();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WALK_STEP__OUTCOMES = eINSTANCE.getWalkStep_Outcomes();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.VisitorOutcomeImpl <em>Visitor Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.VisitorOutcomeImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getVisitorOutcome()
		 * @generated
		 */
		EClass VISITOR_OUTCOME = eINSTANCE.getVisitorOutcome();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISITOR_OUTCOME__OUTCOME = eINSTANCE.getVisitorOutcome_Outcome();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISITOR_OUTCOME__ADDRESS = eINSTANCE.getVisitorOutcome_Address();

		/**
		 * The meta object literal for the '<em><b>Otherwise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISITOR_OUTCOME__OTHERWISE = eINSTANCE.getVisitorOutcome_Otherwise();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISITOR_OUTCOME__TIMES = eINSTANCE.getVisitorOutcome_Times();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MemcacheStepImpl <em>Memcache Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MemcacheStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMemcacheStep()
		 * @generated
		 */
		EClass MEMCACHE_STEP = eINSTANCE.getMemcacheStep();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMCACHE_STEP__PAGES = eINSTANCE.getMemcacheStep_Pages();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TransitionStepImpl <em>Transition Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TransitionStepImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTransitionStep()
		 * @generated
		 */
		EClass TRANSITION_STEP = eINSTANCE.getTransitionStep();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_STEP__INITIATOR = eINSTANCE.getTransitionStep_Initiator();

		/**
		 * The meta object literal for the '<em><b>Initiator Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_STEP__INITIATOR_INDEX = eINSTANCE.getTransitionStep_InitiatorIndex();

		/**
		 * The meta object literal for the '<em><b>Transition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_STEP__TRANSITION = eINSTANCE.getTransitionStep_Transition();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_STEP__PAGE = eINSTANCE.getTransitionStep_Page();

		/**
		 * The meta object literal for the '<em><b>Completer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION_STEP__COMPLETER = eINSTANCE.getTransitionStep_Completer();

		/**
		 * The meta object literal for the '<em><b>Completer Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_STEP__COMPLETER_INDEX = eINSTANCE.getTransitionStep_CompleterIndex();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectationImpl <em>Expectation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectationImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectation()
		 * @generated
		 */
		EClass EXPECTATION = eINSTANCE.getExpectation();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectResultImpl <em>Expect Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectResultImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectResult()
		 * @generated
		 */
		EClass EXPECT_RESULT = eINSTANCE.getExpectResult();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_RESULT__ERRNO = eINSTANCE.getExpectResult_Errno();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_RESULT__VALUE = eINSTANCE.getExpectResult_Value();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECT_RESULT__OUTCOME = eINSTANCE.getExpectResult_Outcome();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectStateImpl <em>Expect State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectStateImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectState()
		 * @generated
		 */
		EClass EXPECT_STATE = eINSTANCE.getExpectState();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECT_STATE__COMPONENT = eINSTANCE.getExpectState_Component();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_STATE__INDEX = eINSTANCE.getExpectState_Index();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_STATE__PAGE = eINSTANCE.getExpectState_Page();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECT_STATE__STATE = eINSTANCE.getExpectState_State();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectPteImpl <em>Expect Pte</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectPteImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectPte()
		 * @generated
		 */
		EClass EXPECT_PTE = eINSTANCE.getExpectPte();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__ADDRESS = eINSTANCE.getExpectPte_Address();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__VALUE = eINSTANCE.getExpectPte_Value();

		/**
		 * The meta object literal for the '<em><b>Field Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__FIELD_NAME = eINSTANCE.getExpectPte_FieldName();

		/**
		 * The meta object literal for the '<em><b>Field Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__FIELD_VALUE = eINSTANCE.getExpectPte_FieldValue();

		/**
		 * The meta object literal for the '<em><b>Literal Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__LITERAL_NAME = eINSTANCE.getExpectPte_LiteralName();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__LEVEL = eINSTANCE.getExpectPte_Level();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_PTE__KIND = eINSTANCE.getExpectPte_Kind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectFaultImpl <em>Expect Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectFaultImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectFault()
		 * @generated
		 */
		EClass EXPECT_FAULT = eINSTANCE.getExpectFault();

		/**
		 * The meta object literal for the '<em><b>Fault</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_FAULT__FAULT = eINSTANCE.getExpectFault_Fault();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_FAULT__LEVEL = eINSTANCE.getExpectFault_Level();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectInvariantsImpl <em>Expect Invariants</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectInvariantsImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectInvariants()
		 * @generated
		 */
		EClass EXPECT_INVARIANTS = eINSTANCE.getExpectInvariants();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectLeavesImpl <em>Expect Leaves</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectLeavesImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectLeaves()
		 * @generated
		 */
		EClass EXPECT_LEAVES = eINSTANCE.getExpectLeaves();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_LEAVES__ADDRESS = eINSTANCE.getExpectLeaves_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_LEAVES__SIZE = eINSTANCE.getExpectLeaves_Size();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_LEAVES__COUNT = eINSTANCE.getExpectLeaves_Count();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_LEAVES__LEVEL = eINSTANCE.getExpectLeaves_Level();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectTablesImpl <em>Expect Tables</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectTablesImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectTables()
		 * @generated
		 */
		EClass EXPECT_TABLES = eINSTANCE.getExpectTables();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_TABLES__COUNT = eINSTANCE.getExpectTables_Count();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectVisitedImpl <em>Expect Visited</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectVisitedImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectVisited()
		 * @generated
		 */
		EClass EXPECT_VISITED = eINSTANCE.getExpectVisited();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_VISITED__COUNT = eINSTANCE.getExpectVisited_Count();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectMemcacheImpl <em>Expect Memcache</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectMemcacheImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectMemcache()
		 * @generated
		 */
		EClass EXPECT_MEMCACHE = eINSTANCE.getExpectMemcache();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_MEMCACHE__PAGES = eINSTANCE.getExpectMemcache_Pages();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectTranslationsImpl <em>Expect Translations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectTranslationsImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectTranslations()
		 * @generated
		 */
		EClass EXPECT_TRANSLATIONS = eINSTANCE.getExpectTranslations();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_TRANSLATIONS__ADDRESS = eINSTANCE.getExpectTranslations_Address();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_TRANSLATIONS__SIZE = eINSTANCE.getExpectTranslations_Size();

		/**
		 * The meta object literal for the '<em><b>Pa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECT_TRANSLATIONS__PA = eINSTANCE.getExpectTranslations_Pa();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ConcurrentBlockImpl <em>Concurrent Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ConcurrentBlockImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getConcurrentBlock()
		 * @generated
		 */
		EClass CONCURRENT_BLOCK = eINSTANCE.getConcurrentBlock();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCURRENT_BLOCK__DESCRIPTION = eINSTANCE.getConcurrentBlock_Description();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCURRENT_BLOCK__CPUS = eINSTANCE.getConcurrentBlock_Cpus();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CpuImpl <em>Cpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CpuImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCpu()
		 * @generated
		 */
		EClass CPU = eINSTANCE.getCpu();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPU__OPERATIONS = eINSTANCE.getCpu_Operations();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CpuOperationImpl <em>Cpu Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CpuOperationImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCpuOperation()
		 * @generated
		 */
		EClass CPU_OPERATION = eINSTANCE.getCpuOperation();

		/**
		 * The meta object literal for the '<em><b>Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_OPERATION__EXCLUSIVE = eINSTANCE.getCpuOperation_Exclusive();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPU_OPERATION__STEP = eINSTANCE.getCpuOperation_Step();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPU_OPERATION__RESULTS = eINSTANCE.getCpuOperation_Results();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpectedResultImpl <em>Expected Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpectedResultImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpectedResult()
		 * @generated
		 */
		EClass EXPECTED_RESULT = eINSTANCE.getExpectedResult();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_RESULT__ERRNO = eINSTANCE.getExpectedResult_Errno();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_RESULT__VALUE = eINSTANCE.getExpectedResult_Value();

		/**
		 * The meta object literal for the '<em><b>Livelock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_RESULT__LIVELOCK = eINSTANCE.getExpectedResult_Livelock();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.LayoutImpl <em>Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.LayoutImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getLayout()
		 * @generated
		 */
		EClass LAYOUT = eINSTANCE.getLayout();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__INPUTS = eINSTANCE.getLayout_Inputs();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__VALUES = eINSTANCE.getLayout_Values();

		/**
		 * The meta object literal for the '<em><b>Transforms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__TRANSFORMS = eINSTANCE.getLayout_Transforms();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__REGIONS = eINSTANCE.getLayout_Regions();

		/**
		 * The meta object literal for the '<em><b>Pictures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__PICTURES = eINSTANCE.getLayout_Pictures();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__ASSUMPTIONS = eINSTANCE.getLayout_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Invariants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT__INVARIANTS = eINSTANCE.getLayout_Invariants();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.VariableImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Boolean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__BOOLEAN = eINSTANCE.getVariable_Boolean();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__WIDTH = eINSTANCE.getVariable_Width();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.LayoutInputImpl <em>Layout Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.LayoutInputImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getLayoutInput()
		 * @generated
		 */
		EClass LAYOUT_INPUT = eINSTANCE.getLayoutInput();

		/**
		 * The meta object literal for the '<em><b>Range</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_INPUT__RANGE = eINSTANCE.getLayoutInput_Range();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_INPUT__CHOICES = eINSTANCE.getLayoutInput_Choices();

		/**
		 * The meta object literal for the '<em><b>Alignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_INPUT__ALIGNMENT = eINSTANCE.getLayoutInput_Alignment();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_INPUT__DEFAULT_VALUE = eINSTANCE.getLayoutInput_DefaultValue();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.InputRangeImpl <em>Input Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.InputRangeImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getInputRange()
		 * @generated
		 */
		EClass INPUT_RANGE = eINSTANCE.getInputRange();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RANGE__MIN = eINSTANCE.getInputRange_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RANGE__MAX = eINSTANCE.getInputRange_Max();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.DerivedValueImpl <em>Derived Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.DerivedValueImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getDerivedValue()
		 * @generated
		 */
		EClass DERIVED_VALUE = eINSTANCE.getDerivedValue();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVED_VALUE__EXPRESSION = eINSTANCE.getDerivedValue_Expression();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TransformImpl <em>Transform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TransformImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTransform()
		 * @generated
		 */
		EClass TRANSFORM = eINSTANCE.getTransform();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSFORM__PARAMETER = eINSTANCE.getTransform_Parameter();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSFORM__BODY = eINSTANCE.getTransform_Body();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSFORM__SAMPLES = eINSTANCE.getTransform_Samples();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.TransformParameterImpl <em>Transform Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.TransformParameterImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getTransformParameter()
		 * @generated
		 */
		EClass TRANSFORM_PARAMETER = eINSTANCE.getTransformParameter();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.RegionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__START = eINSTANCE.getRegion_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__END = eINSTANCE.getRegion_End();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__BASE = eINSTANCE.getRegion_Base();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__DIRECTION = eINSTANCE.getRegion_Direction();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__LIMIT = eINSTANCE.getRegion_Limit();

		/**
		 * The meta object literal for the '<em><b>Kept Bit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__KEPT_BIT = eINSTANCE.getRegion_KeptBit();

		/**
		 * The meta object literal for the '<em><b>Overlaps</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__OVERLAPS = eINSTANCE.getRegion_Overlaps();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BitPictureImpl <em>Bit Picture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BitPictureImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBitPicture()
		 * @generated
		 */
		EClass BIT_PICTURE = eINSTANCE.getBitPicture();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIT_PICTURE__VALUE = eINSTANCE.getBitPicture_Value();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIT_PICTURE__SLICES = eINSTANCE.getBitPicture_Slices();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BitSliceImpl <em>Bit Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BitSliceImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBitSlice()
		 * @generated
		 */
		EClass BIT_SLICE = eINSTANCE.getBitSlice();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIT_SLICE__HIGH = eINSTANCE.getBitSlice_High();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIT_SLICE__LOW = eINSTANCE.getBitSlice_Low();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIT_SLICE__KIND = eINSTANCE.getBitSlice_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIT_SLICE__VALUE = eINSTANCE.getBitSlice_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.LayoutConditionImpl <em>Layout Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.LayoutConditionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getLayoutCondition()
		 * @generated
		 */
		EClass LAYOUT_CONDITION = eINSTANCE.getLayoutCondition();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_CONDITION__CONDITION = eINSTANCE.getLayoutCondition_Condition();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ExpressionImpl <em>Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getExpression()
		 * @generated
		 */
		EClass EXPRESSION = eINSTANCE.getExpression();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BinaryExpressionImpl <em>Binary Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BinaryExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryExpression()
		 * @generated
		 */
		EClass BINARY_EXPRESSION = eINSTANCE.getBinaryExpression();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINARY_EXPRESSION__LEFT = eINSTANCE.getBinaryExpression_Left();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_EXPRESSION__OPERATOR = eINSTANCE.getBinaryExpression_Operator();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BINARY_EXPRESSION__RIGHT = eINSTANCE.getBinaryExpression_Right();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.UnaryExpressionImpl <em>Unary Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.UnaryExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getUnaryExpression()
		 * @generated
		 */
		EClass UNARY_EXPRESSION = eINSTANCE.getUnaryExpression();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNARY_EXPRESSION__OPERATOR = eINSTANCE.getUnaryExpression_Operator();

		/**
		 * The meta object literal for the '<em><b>Operand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNARY_EXPRESSION__OPERAND = eINSTANCE.getUnaryExpression_Operand();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.ConditionalExpressionImpl <em>Conditional Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.ConditionalExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getConditionalExpression()
		 * @generated
		 */
		EClass CONDITIONAL_EXPRESSION = eINSTANCE.getConditionalExpression();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EXPRESSION__CONDITION = eINSTANCE.getConditionalExpression_Condition();

		/**
		 * The meta object literal for the '<em><b>When True</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EXPRESSION__WHEN_TRUE = eINSTANCE.getConditionalExpression_WhenTrue();

		/**
		 * The meta object literal for the '<em><b>When False</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EXPRESSION__WHEN_FALSE = eINSTANCE.getConditionalExpression_WhenFalse();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.NumberLiteralImpl <em>Number Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.NumberLiteralImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getNumberLiteral()
		 * @generated
		 */
		EClass NUMBER_LITERAL = eINSTANCE.getNumberLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_LITERAL__VALUE = eINSTANCE.getNumberLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.BooleanLiteralImpl <em>Boolean Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.BooleanLiteralImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getBooleanLiteral()
		 * @generated
		 */
		EClass BOOLEAN_LITERAL = eINSTANCE.getBooleanLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_LITERAL__VALUE = eINSTANCE.getBooleanLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.VariableReferenceImpl <em>Variable Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.VariableReferenceImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getVariableReference()
		 * @generated
		 */
		EClass VARIABLE_REFERENCE = eINSTANCE.getVariableReference();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE_REFERENCE__VARIABLE = eINSTANCE.getVariableReference_Variable();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.CallExpressionImpl <em>Call Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.CallExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getCallExpression()
		 * @generated
		 */
		EClass CALL_EXPRESSION = eINSTANCE.getCallExpression();

		/**
		 * The meta object literal for the '<em><b>Builtin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_EXPRESSION__BUILTIN = eINSTANCE.getCallExpression_Builtin();

		/**
		 * The meta object literal for the '<em><b>Transform</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_EXPRESSION__TRANSFORM = eINSTANCE.getCallExpression_Transform();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_EXPRESSION__ARGUMENTS = eINSTANCE.getCallExpression_Arguments();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.RegionBoundImpl <em>Region Bound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.RegionBoundImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getRegionBound()
		 * @generated
		 */
		EClass REGION_BOUND = eINSTANCE.getRegionBound();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_BOUND__REGION = eINSTANCE.getRegionBound_Region();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_BOUND__BOUND = eINSTANCE.getRegionBound_Bound();

		/**
		 * The meta object literal for the '{@link org.ptl.model.impl.MembershipExpressionImpl <em>Membership Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.impl.MembershipExpressionImpl
		 * @see org.ptl.model.impl.PtlPackageImpl#getMembershipExpression()
		 * @generated
		 */
		EClass MEMBERSHIP_EXPRESSION = eINSTANCE.getMembershipExpression();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP_EXPRESSION__ELEMENT = eINSTANCE.getMembershipExpression_Element();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_EXPRESSION__NEGATED = eINSTANCE.getMembershipExpression_Negated();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP_EXPRESSION__REGION = eINSTANCE.getMembershipExpression_Region();

		/**
		 * The meta object literal for the '{@link org.ptl.model.SeverityLevel <em>Severity Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.SeverityLevel
		 * @see org.ptl.model.impl.PtlPackageImpl#getSeverityLevel()
		 * @generated
		 */
		EEnum SEVERITY_LEVEL = eINSTANCE.getSeverityLevel();

		/**
		 * The meta object literal for the '{@link org.ptl.model.DescriptorKind <em>Descriptor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.DescriptorKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getDescriptorKind()
		 * @generated
		 */
		EEnum DESCRIPTOR_KIND = eINSTANCE.getDescriptorKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.FieldRole <em>Field Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.FieldRole
		 * @see org.ptl.model.impl.PtlPackageImpl#getFieldRole()
		 * @generated
		 */
		EEnum FIELD_ROLE = eINSTANCE.getFieldRole();

		/**
		 * The meta object literal for the '{@link org.ptl.model.FieldKind <em>Field Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.FieldKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getFieldKind()
		 * @generated
		 */
		EEnum FIELD_KIND = eINSTANCE.getFieldKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.LogicalOperator <em>Logical Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.LogicalOperator
		 * @see org.ptl.model.impl.PtlPackageImpl#getLogicalOperator()
		 * @generated
		 */
		EEnum LOGICAL_OPERATOR = eINSTANCE.getLogicalOperator();

		/**
		 * The meta object literal for the '{@link org.ptl.model.Quantifier <em>Quantifier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.Quantifier
		 * @see org.ptl.model.impl.PtlPackageImpl#getQuantifier()
		 * @generated
		 */
		EEnum QUANTIFIER = eINSTANCE.getQuantifier();

		/**
		 * The meta object literal for the '{@link org.ptl.model.UpdateOperator <em>Update Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.UpdateOperator
		 * @see org.ptl.model.impl.PtlPackageImpl#getUpdateOperator()
		 * @generated
		 */
		EEnum UPDATE_OPERATOR = eINSTANCE.getUpdateOperator();

		/**
		 * The meta object literal for the '{@link org.ptl.model.Comparison <em>Comparison</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.Comparison
		 * @see org.ptl.model.impl.PtlPackageImpl#getComparison()
		 * @generated
		 */
		EEnum COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '{@link org.ptl.model.OutputAddressRule <em>Output Address Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.OutputAddressRule
		 * @see org.ptl.model.impl.PtlPackageImpl#getOutputAddressRule()
		 * @generated
		 */
		EEnum OUTPUT_ADDRESS_RULE = eINSTANCE.getOutputAddressRule();

		/**
		 * The meta object literal for the '{@link org.ptl.model.SeededBug <em>Seeded Bug</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.SeededBug
		 * @see org.ptl.model.impl.PtlPackageImpl#getSeededBug()
		 * @generated
		 */
		EEnum SEEDED_BUG = eINSTANCE.getSeededBug();

		/**
		 * The meta object literal for the '{@link org.ptl.model.CpuFeature <em>Cpu Feature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.CpuFeature
		 * @see org.ptl.model.impl.PtlPackageImpl#getCpuFeature()
		 * @generated
		 */
		EEnum CPU_FEATURE = eINSTANCE.getCpuFeature();

		/**
		 * The meta object literal for the '{@link org.ptl.model.LibraryKind <em>Library Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.LibraryKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getLibraryKind()
		 * @generated
		 */
		EEnum LIBRARY_KIND = eINSTANCE.getLibraryKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.OperationKind <em>Operation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.OperationKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getOperationKind()
		 * @generated
		 */
		EEnum OPERATION_KIND = eINSTANCE.getOperationKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.RuleCondition <em>Rule Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.RuleCondition
		 * @see org.ptl.model.impl.PtlPackageImpl#getRuleCondition()
		 * @generated
		 */
		EEnum RULE_CONDITION = eINSTANCE.getRuleCondition();

		/**
		 * The meta object literal for the '{@link org.ptl.model.AssignOperator <em>Assign Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.AssignOperator
		 * @see org.ptl.model.impl.PtlPackageImpl#getAssignOperator()
		 * @generated
		 */
		EEnum ASSIGN_OPERATOR = eINSTANCE.getAssignOperator();

		/**
		 * The meta object literal for the '{@link org.ptl.model.WalkAction <em>Walk Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.WalkAction
		 * @see org.ptl.model.impl.PtlPackageImpl#getWalkAction()
		 * @generated
		 */
		EEnum WALK_ACTION = eINSTANCE.getWalkAction();

		/**
		 * The meta object literal for the '{@link org.ptl.model.AccessKind <em>Access Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.AccessKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getAccessKind()
		 * @generated
		 */
		EEnum ACCESS_KIND = eINSTANCE.getAccessKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.FaultKind <em>Fault Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.FaultKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getFaultKind()
		 * @generated
		 */
		EEnum FAULT_KIND = eINSTANCE.getFaultKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.GrowthDirection <em>Growth Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.GrowthDirection
		 * @see org.ptl.model.impl.PtlPackageImpl#getGrowthDirection()
		 * @generated
		 */
		EEnum GROWTH_DIRECTION = eINSTANCE.getGrowthDirection();

		/**
		 * The meta object literal for the '{@link org.ptl.model.SliceKind <em>Slice Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.SliceKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getSliceKind()
		 * @generated
		 */
		EEnum SLICE_KIND = eINSTANCE.getSliceKind();

		/**
		 * The meta object literal for the '{@link org.ptl.model.BinaryOperator <em>Binary Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.BinaryOperator
		 * @see org.ptl.model.impl.PtlPackageImpl#getBinaryOperator()
		 * @generated
		 */
		EEnum BINARY_OPERATOR = eINSTANCE.getBinaryOperator();

		/**
		 * The meta object literal for the '{@link org.ptl.model.UnaryOperator <em>Unary Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.UnaryOperator
		 * @see org.ptl.model.impl.PtlPackageImpl#getUnaryOperator()
		 * @generated
		 */
		EEnum UNARY_OPERATOR = eINSTANCE.getUnaryOperator();

		/**
		 * The meta object literal for the '{@link org.ptl.model.Builtin <em>Builtin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.Builtin
		 * @see org.ptl.model.impl.PtlPackageImpl#getBuiltin()
		 * @generated
		 */
		EEnum BUILTIN = eINSTANCE.getBuiltin();

		/**
		 * The meta object literal for the '{@link org.ptl.model.RegionBoundKind <em>Region Bound Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ptl.model.RegionBoundKind
		 * @see org.ptl.model.impl.PtlPackageImpl#getRegionBoundKind()
		 * @generated
		 */
		EEnum REGION_BOUND_KIND = eINSTANCE.getRegionBoundKind();

	}

} //PtlPackage
