/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A protocol model: state made of typed variables (descriptors of a format, booleans, bounded counters, enums), indexed by families of interchangeable members; atomic actions of actors, each with guards and updates, or a sequence of atomic steps with a program counter; invariants over any state. Ghost variables are read only by invariants and by updates of other ghost variables.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Protocol#getFamilies <em>Families</em>}</li>
 *   <li>{@link org.ptl.model.Protocol#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.ptl.model.Protocol#getActors <em>Actors</em>}</li>
 *   <li>{@link org.ptl.model.Protocol#getActions <em>Actions</em>}</li>
 *   <li>{@link org.ptl.model.Protocol#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends Element
{
	/**
	 * Returns the value of the '<em><b>Families</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Family}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Families</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocol_Families()
	 * @model containment="true"
	 * @generated
	 */
	EList<Family> getFamilies();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtocolVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocol_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolVariable> getVariables();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocol_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocol_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Invariants</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Invariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invariants</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getProtocol_Invariants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Invariant> getInvariants();

} // Protocol
