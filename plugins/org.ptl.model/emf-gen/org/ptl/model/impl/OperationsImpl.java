/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.LibraryKind;
import org.ptl.model.Operation;
import org.ptl.model.Operations;
import org.ptl.model.OutputAddressRule;
import org.ptl.model.ProtFlag;
import org.ptl.model.PtlPackage;
import org.ptl.model.SeededBug;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operations</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getLibrary <em>Library</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getProtFlags <em>Prot Flags</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getPermissionFields <em>Permission Fields</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getLockField <em>Lock Field</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getOwnerField <em>Owner Field</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getMaxOwner <em>Max Owner</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getOutputAddress <em>Output Address</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getBugs <em>Bugs</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationsImpl#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationsImpl extends ElementImpl implements Operations
{
	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected Format format;

	/**
	 * The default value of the '{@link #getLibrary() <em>Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibrary()
	 * @generated
	 * @ordered
	 */
	protected static final LibraryKind LIBRARY_EDEFAULT = LibraryKind.STAGE2;

	/**
	 * The cached value of the '{@link #getLibrary() <em>Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibrary()
	 * @generated
	 * @ordered
	 */
	protected LibraryKind library = LIBRARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProtFlags() <em>Prot Flags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtFlag> protFlags;

	/**
	 * The cached value of the '{@link #getPermissionFields() <em>Permission Fields</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissionFields()
	 * @generated
	 * @ordered
	 */
	protected EList<Field> permissionFields;

	/**
	 * The cached value of the '{@link #getLockField() <em>Lock Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockField()
	 * @generated
	 * @ordered
	 */
	protected Field lockField;

	/**
	 * The cached value of the '{@link #getOwnerField() <em>Owner Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerField()
	 * @generated
	 * @ordered
	 */
	protected Field ownerField;

	/**
	 * The default value of the '{@link #getMaxOwner() <em>Max Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxOwner()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_OWNER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxOwner() <em>Max Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxOwner()
	 * @generated
	 * @ordered
	 */
	protected int maxOwner = MAX_OWNER_EDEFAULT;

	/**
	 * This is true if the Max Owner attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxOwnerESet;

	/**
	 * The default value of the '{@link #getOutputAddress() <em>Output Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputAddress()
	 * @generated
	 * @ordered
	 */
	protected static final OutputAddressRule OUTPUT_ADDRESS_EDEFAULT = OutputAddressRule.OFFSET;

	/**
	 * The cached value of the '{@link #getOutputAddress() <em>Output Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputAddress()
	 * @generated
	 * @ordered
	 */
	protected OutputAddressRule outputAddress = OUTPUT_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBugs() <em>Bugs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBugs()
	 * @generated
	 * @ordered
	 */
	protected EList<SeededBug> bugs;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<Operation> operations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationsImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PtlPackage.Literals.OPERATIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Format getFormat()
	{
		if (format != null && format.eIsProxy())
		{
			InternalEObject oldFormat = (InternalEObject)format;
			format = (Format)eResolveProxy(oldFormat);
			if (format != oldFormat)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.OPERATIONS__FORMAT, oldFormat, format));
			}
		}
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Format basicGetFormat()
	{
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(Format newFormat)
	{
		Format oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LibraryKind getLibrary()
	{
		return library;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLibrary(LibraryKind newLibrary)
	{
		LibraryKind oldLibrary = library;
		library = newLibrary == null ? LIBRARY_EDEFAULT : newLibrary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__LIBRARY, oldLibrary, library));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtFlag> getProtFlags()
	{
		if (protFlags == null)
		{
			protFlags = new EObjectContainmentEList<ProtFlag>(ProtFlag.class, this, PtlPackage.OPERATIONS__PROT_FLAGS);
		}
		return protFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Field> getPermissionFields()
	{
		if (permissionFields == null)
		{
			permissionFields = new EObjectResolvingEList<Field>(Field.class, this, PtlPackage.OPERATIONS__PERMISSION_FIELDS);
		}
		return permissionFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field getLockField()
	{
		if (lockField != null && lockField.eIsProxy())
		{
			InternalEObject oldLockField = (InternalEObject)lockField;
			lockField = (Field)eResolveProxy(oldLockField);
			if (lockField != oldLockField)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.OPERATIONS__LOCK_FIELD, oldLockField, lockField));
			}
		}
		return lockField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Field basicGetLockField()
	{
		return lockField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockField(Field newLockField)
	{
		Field oldLockField = lockField;
		lockField = newLockField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__LOCK_FIELD, oldLockField, lockField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field getOwnerField()
	{
		if (ownerField != null && ownerField.eIsProxy())
		{
			InternalEObject oldOwnerField = (InternalEObject)ownerField;
			ownerField = (Field)eResolveProxy(oldOwnerField);
			if (ownerField != oldOwnerField)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.OPERATIONS__OWNER_FIELD, oldOwnerField, ownerField));
			}
		}
		return ownerField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Field basicGetOwnerField()
	{
		return ownerField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerField(Field newOwnerField)
	{
		Field oldOwnerField = ownerField;
		ownerField = newOwnerField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__OWNER_FIELD, oldOwnerField, ownerField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxOwner()
	{
		return maxOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxOwner(int newMaxOwner)
	{
		int oldMaxOwner = maxOwner;
		maxOwner = newMaxOwner;
		boolean oldMaxOwnerESet = maxOwnerESet;
		maxOwnerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__MAX_OWNER, oldMaxOwner, maxOwner, !oldMaxOwnerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxOwner()
	{
		int oldMaxOwner = maxOwner;
		boolean oldMaxOwnerESet = maxOwnerESet;
		maxOwner = MAX_OWNER_EDEFAULT;
		maxOwnerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.OPERATIONS__MAX_OWNER, oldMaxOwner, MAX_OWNER_EDEFAULT, oldMaxOwnerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxOwner()
	{
		return maxOwnerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputAddressRule getOutputAddress()
	{
		return outputAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputAddress(OutputAddressRule newOutputAddress)
	{
		OutputAddressRule oldOutputAddress = outputAddress;
		outputAddress = newOutputAddress == null ? OUTPUT_ADDRESS_EDEFAULT : newOutputAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATIONS__OUTPUT_ADDRESS, oldOutputAddress, outputAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeededBug> getBugs()
	{
		if (bugs == null)
		{
			bugs = new EDataTypeEList<SeededBug>(SeededBug.class, this, PtlPackage.OPERATIONS__BUGS);
		}
		return bugs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Operation> getOperations()
	{
		if (operations == null)
		{
			operations = new EObjectContainmentEList<Operation>(Operation.class, this, PtlPackage.OPERATIONS__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PtlPackage.OPERATIONS__PROT_FLAGS:
				return ((InternalEList<?>)getProtFlags()).basicRemove(otherEnd, msgs);
			case PtlPackage.OPERATIONS__OPERATIONS:
				return ((InternalEList<?>)getOperations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PtlPackage.OPERATIONS__FORMAT:
				if (resolve) return getFormat();
				return basicGetFormat();
			case PtlPackage.OPERATIONS__LIBRARY:
				return getLibrary();
			case PtlPackage.OPERATIONS__PROT_FLAGS:
				return getProtFlags();
			case PtlPackage.OPERATIONS__PERMISSION_FIELDS:
				return getPermissionFields();
			case PtlPackage.OPERATIONS__LOCK_FIELD:
				if (resolve) return getLockField();
				return basicGetLockField();
			case PtlPackage.OPERATIONS__OWNER_FIELD:
				if (resolve) return getOwnerField();
				return basicGetOwnerField();
			case PtlPackage.OPERATIONS__MAX_OWNER:
				return getMaxOwner();
			case PtlPackage.OPERATIONS__OUTPUT_ADDRESS:
				return getOutputAddress();
			case PtlPackage.OPERATIONS__BUGS:
				return getBugs();
			case PtlPackage.OPERATIONS__OPERATIONS:
				return getOperations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PtlPackage.OPERATIONS__FORMAT:
				setFormat((Format)newValue);
				return;
			case PtlPackage.OPERATIONS__LIBRARY:
				setLibrary((LibraryKind)newValue);
				return;
			case PtlPackage.OPERATIONS__PROT_FLAGS:
				getProtFlags().clear();
				getProtFlags().addAll((Collection<? extends ProtFlag>)newValue);
				return;
			case PtlPackage.OPERATIONS__PERMISSION_FIELDS:
				getPermissionFields().clear();
				getPermissionFields().addAll((Collection<? extends Field>)newValue);
				return;
			case PtlPackage.OPERATIONS__LOCK_FIELD:
				setLockField((Field)newValue);
				return;
			case PtlPackage.OPERATIONS__OWNER_FIELD:
				setOwnerField((Field)newValue);
				return;
			case PtlPackage.OPERATIONS__MAX_OWNER:
				setMaxOwner((Integer)newValue);
				return;
			case PtlPackage.OPERATIONS__OUTPUT_ADDRESS:
				setOutputAddress((OutputAddressRule)newValue);
				return;
			case PtlPackage.OPERATIONS__BUGS:
				getBugs().clear();
				getBugs().addAll((Collection<? extends SeededBug>)newValue);
				return;
			case PtlPackage.OPERATIONS__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends Operation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PtlPackage.OPERATIONS__FORMAT:
				setFormat((Format)null);
				return;
			case PtlPackage.OPERATIONS__LIBRARY:
				setLibrary(LIBRARY_EDEFAULT);
				return;
			case PtlPackage.OPERATIONS__PROT_FLAGS:
				getProtFlags().clear();
				return;
			case PtlPackage.OPERATIONS__PERMISSION_FIELDS:
				getPermissionFields().clear();
				return;
			case PtlPackage.OPERATIONS__LOCK_FIELD:
				setLockField((Field)null);
				return;
			case PtlPackage.OPERATIONS__OWNER_FIELD:
				setOwnerField((Field)null);
				return;
			case PtlPackage.OPERATIONS__MAX_OWNER:
				unsetMaxOwner();
				return;
			case PtlPackage.OPERATIONS__OUTPUT_ADDRESS:
				setOutputAddress(OUTPUT_ADDRESS_EDEFAULT);
				return;
			case PtlPackage.OPERATIONS__BUGS:
				getBugs().clear();
				return;
			case PtlPackage.OPERATIONS__OPERATIONS:
				getOperations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PtlPackage.OPERATIONS__FORMAT:
				return format != null;
			case PtlPackage.OPERATIONS__LIBRARY:
				return library != LIBRARY_EDEFAULT;
			case PtlPackage.OPERATIONS__PROT_FLAGS:
				return protFlags != null && !protFlags.isEmpty();
			case PtlPackage.OPERATIONS__PERMISSION_FIELDS:
				return permissionFields != null && !permissionFields.isEmpty();
			case PtlPackage.OPERATIONS__LOCK_FIELD:
				return lockField != null;
			case PtlPackage.OPERATIONS__OWNER_FIELD:
				return ownerField != null;
			case PtlPackage.OPERATIONS__MAX_OWNER:
				return isSetMaxOwner();
			case PtlPackage.OPERATIONS__OUTPUT_ADDRESS:
				return outputAddress != OUTPUT_ADDRESS_EDEFAULT;
			case PtlPackage.OPERATIONS__BUGS:
				return bugs != null && !bugs.isEmpty();
			case PtlPackage.OPERATIONS__OPERATIONS:
				return operations != null && !operations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (library: ");
		result.append(library);
		result.append(", maxOwner: ");
		if (maxOwnerESet) result.append(maxOwner); else result.append("<unset>");
		result.append(", outputAddress: ");
		result.append(outputAddress);
		result.append(", bugs: ");
		result.append(bugs);
		result.append(')');
		return result.toString();
	}

} //OperationsImpl
