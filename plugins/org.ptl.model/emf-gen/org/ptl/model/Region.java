/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named range of addresses [start, end): given by its bounds, or by a base it grows from (up or down) and the limit it may reach. Regions of a layout are disjoint unless one says it overlaps another; keptBit, when set, is a bit no address of the region may differ in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Region#getStart <em>Start</em>}</li>
 *   <li>{@link org.ptl.model.Region#getEnd <em>End</em>}</li>
 *   <li>{@link org.ptl.model.Region#getBase <em>Base</em>}</li>
 *   <li>{@link org.ptl.model.Region#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.ptl.model.Region#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.ptl.model.Region#getKeptBit <em>Kept Bit</em>}</li>
 *   <li>{@link org.ptl.model.Region#getOverlaps <em>Overlaps</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends Named
{
	/**
	 * Returns the value of the '<em><b>Start</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' containment reference.
	 * @see #setStart(Expression)
	 * @see org.ptl.model.PtlPackage#getRegion_Start()
	 * @model containment="true"
	 * @generated
	 */
	Expression getStart();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getStart <em>Start</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' containment reference.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Expression value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' containment reference.
	 * @see #setEnd(Expression)
	 * @see org.ptl.model.PtlPackage#getRegion_End()
	 * @model containment="true"
	 * @generated
	 */
	Expression getEnd();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getEnd <em>End</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' containment reference.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Expression value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' containment reference.
	 * @see #setBase(Expression)
	 * @see org.ptl.model.PtlPackage#getRegion_Base()
	 * @model containment="true"
	 * @generated
	 */
	Expression getBase();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getBase <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' containment reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(Expression value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.GrowthDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.ptl.model.GrowthDirection
	 * @see #setDirection(GrowthDirection)
	 * @see org.ptl.model.PtlPackage#getRegion_Direction()
	 * @model
	 * @generated
	 */
	GrowthDirection getDirection();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.ptl.model.GrowthDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(GrowthDirection value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limit</em>' containment reference.
	 * @see #setLimit(Expression)
	 * @see org.ptl.model.PtlPackage#getRegion_Limit()
	 * @model containment="true"
	 * @generated
	 */
	Expression getLimit();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getLimit <em>Limit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' containment reference.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(Expression value);

	/**
	 * Returns the value of the '<em><b>Kept Bit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kept Bit</em>' containment reference.
	 * @see #setKeptBit(Expression)
	 * @see org.ptl.model.PtlPackage#getRegion_KeptBit()
	 * @model containment="true"
	 * @generated
	 */
	Expression getKeptBit();

	/**
	 * Sets the value of the '{@link org.ptl.model.Region#getKeptBit <em>Kept Bit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kept Bit</em>' containment reference.
	 * @see #getKeptBit()
	 * @generated
	 */
	void setKeptBit(Expression value);

	/**
	 * Returns the value of the '<em><b>Overlaps</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlaps</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getRegion_Overlaps()
	 * @model
	 * @generated
	 */
	EList<Region> getOverlaps();

} // Region
