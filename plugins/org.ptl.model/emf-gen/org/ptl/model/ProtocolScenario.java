/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scripted run of a protocol: pages and family members, then action steps and expectations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ProtocolScenario#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolScenario#getPages <em>Pages</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolScenario#getMembers <em>Members</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolScenario#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getProtocolScenario()
 * @model
 * @generated
 */
public interface ProtocolScenario extends Element
{
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Protocol)
	 * @see org.ptl.model.PtlPackage#getProtocolScenario_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolScenario#getProtocol <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #isSetPages()
	 * @see #unsetPages()
	 * @see #setPages(int)
	 * @see org.ptl.model.PtlPackage#getProtocolScenario_Pages()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPages();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolScenario#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #isSetPages()
	 * @see #unsetPages()
	 * @see #getPages()
	 * @generated
	 */
	void setPages(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.ProtocolScenario#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPages()
	 * @see #getPages()
	 * @see #setPages(int)
	 * @generated
	 */
	void unsetPages();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.ProtocolScenario#getPages <em>Pages</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pages</em>' attribute is set.
	 * @see #unsetPages()
	 * @see #getPages()
	 * @see #setPages(int)
	 * @generated
	 */
	boolean isSetPages();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.MemberSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocolScenario_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemberSetting> getMembers();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtocolStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocolScenario_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolStep> getSteps();

} // ProtocolScenario
