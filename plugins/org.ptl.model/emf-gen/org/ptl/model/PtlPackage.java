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
	 * The number of structural features of the '<em>Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMAT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 10;

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
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

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
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__TRANSITIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Invariants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL__INVARIANTS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Ownership Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNERSHIP_MODEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

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
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

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
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__ENTRIES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reserved</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING__RESERVED = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCODING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

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
	 * The meta object id for the '{@link org.ptl.model.SeverityLevel <em>Severity Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.SeverityLevel
	 * @see org.ptl.model.impl.PtlPackageImpl#getSeverityLevel()
	 * @generated
	 */
	int SEVERITY_LEVEL = 25;

	/**
	 * The meta object id for the '{@link org.ptl.model.DescriptorKind <em>Descriptor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.DescriptorKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getDescriptorKind()
	 * @generated
	 */
	int DESCRIPTOR_KIND = 26;

	/**
	 * The meta object id for the '{@link org.ptl.model.FieldKind <em>Field Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.FieldKind
	 * @see org.ptl.model.impl.PtlPackageImpl#getFieldKind()
	 * @generated
	 */
	int FIELD_KIND = 27;

	/**
	 * The meta object id for the '{@link org.ptl.model.LogicalOperator <em>Logical Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.LogicalOperator
	 * @see org.ptl.model.impl.PtlPackageImpl#getLogicalOperator()
	 * @generated
	 */
	int LOGICAL_OPERATOR = 28;

	/**
	 * The meta object id for the '{@link org.ptl.model.Quantifier <em>Quantifier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ptl.model.Quantifier
	 * @see org.ptl.model.impl.PtlPackageImpl#getQuantifier()
	 * @generated
	 */
	int QUANTIFIER = 29;


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

	}

} //PtlPackage
