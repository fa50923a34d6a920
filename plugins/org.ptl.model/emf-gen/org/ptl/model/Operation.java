/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One operation of a page-table library: the walker flags it walks with, the protections it rejects, how it sets descriptor fields, and (its contract) the only fields it may change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Operation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.Operation#isContracted <em>Contracted</em>}</li>
 *   <li>{@link org.ptl.model.Operation#getContract <em>Contract</em>}</li>
 *   <li>{@link org.ptl.model.Operation#getWalkFlags <em>Walk Flags</em>}</li>
 *   <li>{@link org.ptl.model.Operation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.ptl.model.Operation#getRejects <em>Rejects</em>}</li>
 *   <li>{@link org.ptl.model.Operation#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getOperation()
 * @model
 * @generated
 */
public interface Operation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.OperationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.OperationKind
	 * @see #setKind(OperationKind)
	 * @see org.ptl.model.PtlPackage#getOperation_Kind()
	 * @model
	 * @generated
	 */
	OperationKind getKind();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.OperationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OperationKind value);

	/**
	 * Returns the value of the '<em><b>Contracted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contracted</em>' attribute.
	 * @see #setContracted(boolean)
	 * @see org.ptl.model.PtlPackage#getOperation_Contracted()
	 * @model
	 * @generated
	 */
	boolean isContracted();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operation#isContracted <em>Contracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contracted</em>' attribute.
	 * @see #isContracted()
	 * @generated
	 */
	void setContracted(boolean value);

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getOperation_Contract()
	 * @model
	 * @generated
	 */
	EList<Field> getContract();

	/**
	 * Returns the value of the '<em><b>Walk Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Walk Flags</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getOperation_WalkFlags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWalkFlags();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ptl.model.PtlPackage#getOperation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Rejects</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.RejectRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejects</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOperation_Rejects()
	 * @model containment="true"
	 * @generated
	 */
	EList<RejectRule> getRejects();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.AttributeRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOperation_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeRule> getRules();

} // Operation
