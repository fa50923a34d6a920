/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ownership transition of one page: host share page 3 with hyp.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.TransitionStep#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.ptl.model.TransitionStep#getInitiatorIndex <em>Initiator Index</em>}</li>
 *   <li>{@link org.ptl.model.TransitionStep#getTransition <em>Transition</em>}</li>
 *   <li>{@link org.ptl.model.TransitionStep#getPage <em>Page</em>}</li>
 *   <li>{@link org.ptl.model.TransitionStep#getCompleter <em>Completer</em>}</li>
 *   <li>{@link org.ptl.model.TransitionStep#getCompleterIndex <em>Completer Index</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getTransitionStep()
 * @model
 * @generated
 */
public interface TransitionStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator</em>' reference.
	 * @see #setInitiator(Component)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_Initiator()
	 * @model
	 * @generated
	 */
	Component getInitiator();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getInitiator <em>Initiator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' reference.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(Component value);

	/**
	 * Returns the value of the '<em><b>Initiator Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator Index</em>' attribute.
	 * @see #setInitiatorIndex(int)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_InitiatorIndex()
	 * @model
	 * @generated
	 */
	int getInitiatorIndex();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getInitiatorIndex <em>Initiator Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator Index</em>' attribute.
	 * @see #getInitiatorIndex()
	 * @generated
	 */
	void setInitiatorIndex(int value);

	/**
	 * Returns the value of the '<em><b>Transition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transition</em>' reference.
	 * @see #setTransition(Transition)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_Transition()
	 * @model
	 * @generated
	 */
	Transition getTransition();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getTransition <em>Transition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition</em>' reference.
	 * @see #getTransition()
	 * @generated
	 */
	void setTransition(Transition value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(int)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_Page()
	 * @model
	 * @generated
	 */
	int getPage();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(int value);

	/**
	 * Returns the value of the '<em><b>Completer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completer</em>' reference.
	 * @see #setCompleter(Component)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_Completer()
	 * @model
	 * @generated
	 */
	Component getCompleter();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getCompleter <em>Completer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completer</em>' reference.
	 * @see #getCompleter()
	 * @generated
	 */
	void setCompleter(Component value);

	/**
	 * Returns the value of the '<em><b>Completer Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completer Index</em>' attribute.
	 * @see #setCompleterIndex(int)
	 * @see org.ptl.model.PtlPackage#getTransitionStep_CompleterIndex()
	 * @model
	 * @generated
	 */
	int getCompleterIndex();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionStep#getCompleterIndex <em>Completer Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completer Index</em>' attribute.
	 * @see #getCompleterIndex()
	 * @generated
	 */
	void setCompleterIndex(int value);

} // TransitionStep
