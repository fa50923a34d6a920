/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.ProtFlag;
import org.ptl.model.PtlPackage;
import org.ptl.model.State;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#isSideTable <em>Side Table</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getEmptyState <em>Empty State</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#isAnnotates <em>Annotates</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getUnmappedStates <em>Unmapped States</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#isLazy <em>Lazy</em>}</li>
 *   <li>{@link org.ptl.model.impl.ComponentBindingImpl#getProt <em>Prot</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentBindingImpl extends MinimalEObjectImpl.Container implements ComponentBinding
{
	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected Component component;

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
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected Operations operations;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected Encoding encoding;

	/**
	 * The default value of the '{@link #isSideTable() <em>Side Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSideTable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIDE_TABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSideTable() <em>Side Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSideTable()
	 * @generated
	 * @ordered
	 */
	protected boolean sideTable = SIDE_TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final int OWNER_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected int ownerId = OWNER_ID_EDEFAULT;

	/**
	 * This is true if the Owner Id attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ownerIdESet;

	/**
	 * The cached value of the '{@link #getEmptyState() <em>Empty State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmptyState()
	 * @generated
	 * @ordered
	 */
	protected State emptyState;

	/**
	 * The default value of the '{@link #isAnnotates() <em>Annotates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnnotates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANNOTATES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnnotates() <em>Annotates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnnotates()
	 * @generated
	 * @ordered
	 */
	protected boolean annotates = ANNOTATES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnmappedStates() <em>Unmapped States</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnmappedStates()
	 * @generated
	 * @ordered
	 */
	protected EList<State> unmappedStates;

	/**
	 * The default value of the '{@link #isLazy() <em>Lazy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLazy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAZY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLazy() <em>Lazy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLazy()
	 * @generated
	 * @ordered
	 */
	protected boolean lazy = LAZY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProt() <em>Prot</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProt()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtFlag> prot;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentBindingImpl()
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
		return PtlPackage.Literals.COMPONENT_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getComponent()
	{
		if (component != null && component.eIsProxy())
		{
			InternalEObject oldComponent = (InternalEObject)component;
			component = (Component)eResolveProxy(oldComponent);
			if (component != oldComponent)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.COMPONENT_BINDING__COMPONENT, oldComponent, component));
			}
		}
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetComponent()
	{
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(Component newComponent)
	{
		Component oldComponent = component;
		component = newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__COMPONENT, oldComponent, component));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.COMPONENT_BINDING__FORMAT, oldFormat, format));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operations getOperations()
	{
		if (operations != null && operations.eIsProxy())
		{
			InternalEObject oldOperations = (InternalEObject)operations;
			operations = (Operations)eResolveProxy(oldOperations);
			if (operations != oldOperations)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.COMPONENT_BINDING__OPERATIONS, oldOperations, operations));
			}
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Operations basicGetOperations()
	{
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperations(Operations newOperations)
	{
		Operations oldOperations = operations;
		operations = newOperations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__OPERATIONS, oldOperations, operations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset()
	{
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset)
	{
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Encoding getEncoding()
	{
		if (encoding != null && encoding.eIsProxy())
		{
			InternalEObject oldEncoding = (InternalEObject)encoding;
			encoding = (Encoding)eResolveProxy(oldEncoding);
			if (encoding != oldEncoding)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.COMPONENT_BINDING__ENCODING, oldEncoding, encoding));
			}
		}
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Encoding basicGetEncoding()
	{
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(Encoding newEncoding)
	{
		Encoding oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSideTable()
	{
		return sideTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSideTable(boolean newSideTable)
	{
		boolean oldSideTable = sideTable;
		sideTable = newSideTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__SIDE_TABLE, oldSideTable, sideTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOwnerId()
	{
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(int newOwnerId)
	{
		int oldOwnerId = ownerId;
		ownerId = newOwnerId;
		boolean oldOwnerIdESet = ownerIdESet;
		ownerIdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__OWNER_ID, oldOwnerId, ownerId, !oldOwnerIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOwnerId()
	{
		int oldOwnerId = ownerId;
		boolean oldOwnerIdESet = ownerIdESet;
		ownerId = OWNER_ID_EDEFAULT;
		ownerIdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.COMPONENT_BINDING__OWNER_ID, oldOwnerId, OWNER_ID_EDEFAULT, oldOwnerIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOwnerId()
	{
		return ownerIdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getEmptyState()
	{
		if (emptyState != null && emptyState.eIsProxy())
		{
			InternalEObject oldEmptyState = (InternalEObject)emptyState;
			emptyState = (State)eResolveProxy(oldEmptyState);
			if (emptyState != oldEmptyState)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.COMPONENT_BINDING__EMPTY_STATE, oldEmptyState, emptyState));
			}
		}
		return emptyState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetEmptyState()
	{
		return emptyState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmptyState(State newEmptyState)
	{
		State oldEmptyState = emptyState;
		emptyState = newEmptyState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__EMPTY_STATE, oldEmptyState, emptyState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnnotates()
	{
		return annotates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotates(boolean newAnnotates)
	{
		boolean oldAnnotates = annotates;
		annotates = newAnnotates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__ANNOTATES, oldAnnotates, annotates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getUnmappedStates()
	{
		if (unmappedStates == null)
		{
			unmappedStates = new EObjectResolvingEList<State>(State.class, this, PtlPackage.COMPONENT_BINDING__UNMAPPED_STATES);
		}
		return unmappedStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLazy()
	{
		return lazy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLazy(boolean newLazy)
	{
		boolean oldLazy = lazy;
		lazy = newLazy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.COMPONENT_BINDING__LAZY, oldLazy, lazy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtFlag> getProt()
	{
		if (prot == null)
		{
			prot = new EObjectResolvingEList<ProtFlag>(ProtFlag.class, this, PtlPackage.COMPONENT_BINDING__PROT);
		}
		return prot;
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
			case PtlPackage.COMPONENT_BINDING__COMPONENT:
				if (resolve) return getComponent();
				return basicGetComponent();
			case PtlPackage.COMPONENT_BINDING__FORMAT:
				if (resolve) return getFormat();
				return basicGetFormat();
			case PtlPackage.COMPONENT_BINDING__OPERATIONS:
				if (resolve) return getOperations();
				return basicGetOperations();
			case PtlPackage.COMPONENT_BINDING__OFFSET:
				return getOffset();
			case PtlPackage.COMPONENT_BINDING__ENCODING:
				if (resolve) return getEncoding();
				return basicGetEncoding();
			case PtlPackage.COMPONENT_BINDING__SIDE_TABLE:
				return isSideTable();
			case PtlPackage.COMPONENT_BINDING__OWNER_ID:
				return getOwnerId();
			case PtlPackage.COMPONENT_BINDING__EMPTY_STATE:
				if (resolve) return getEmptyState();
				return basicGetEmptyState();
			case PtlPackage.COMPONENT_BINDING__ANNOTATES:
				return isAnnotates();
			case PtlPackage.COMPONENT_BINDING__UNMAPPED_STATES:
				return getUnmappedStates();
			case PtlPackage.COMPONENT_BINDING__LAZY:
				return isLazy();
			case PtlPackage.COMPONENT_BINDING__PROT:
				return getProt();
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
			case PtlPackage.COMPONENT_BINDING__COMPONENT:
				setComponent((Component)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__FORMAT:
				setFormat((Format)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__OPERATIONS:
				setOperations((Operations)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__OFFSET:
				setOffset((Long)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__ENCODING:
				setEncoding((Encoding)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__SIDE_TABLE:
				setSideTable((Boolean)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__OWNER_ID:
				setOwnerId((Integer)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__EMPTY_STATE:
				setEmptyState((State)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__ANNOTATES:
				setAnnotates((Boolean)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__UNMAPPED_STATES:
				getUnmappedStates().clear();
				getUnmappedStates().addAll((Collection<? extends State>)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__LAZY:
				setLazy((Boolean)newValue);
				return;
			case PtlPackage.COMPONENT_BINDING__PROT:
				getProt().clear();
				getProt().addAll((Collection<? extends ProtFlag>)newValue);
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
			case PtlPackage.COMPONENT_BINDING__COMPONENT:
				setComponent((Component)null);
				return;
			case PtlPackage.COMPONENT_BINDING__FORMAT:
				setFormat((Format)null);
				return;
			case PtlPackage.COMPONENT_BINDING__OPERATIONS:
				setOperations((Operations)null);
				return;
			case PtlPackage.COMPONENT_BINDING__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case PtlPackage.COMPONENT_BINDING__ENCODING:
				setEncoding((Encoding)null);
				return;
			case PtlPackage.COMPONENT_BINDING__SIDE_TABLE:
				setSideTable(SIDE_TABLE_EDEFAULT);
				return;
			case PtlPackage.COMPONENT_BINDING__OWNER_ID:
				unsetOwnerId();
				return;
			case PtlPackage.COMPONENT_BINDING__EMPTY_STATE:
				setEmptyState((State)null);
				return;
			case PtlPackage.COMPONENT_BINDING__ANNOTATES:
				setAnnotates(ANNOTATES_EDEFAULT);
				return;
			case PtlPackage.COMPONENT_BINDING__UNMAPPED_STATES:
				getUnmappedStates().clear();
				return;
			case PtlPackage.COMPONENT_BINDING__LAZY:
				setLazy(LAZY_EDEFAULT);
				return;
			case PtlPackage.COMPONENT_BINDING__PROT:
				getProt().clear();
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
			case PtlPackage.COMPONENT_BINDING__COMPONENT:
				return component != null;
			case PtlPackage.COMPONENT_BINDING__FORMAT:
				return format != null;
			case PtlPackage.COMPONENT_BINDING__OPERATIONS:
				return operations != null;
			case PtlPackage.COMPONENT_BINDING__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case PtlPackage.COMPONENT_BINDING__ENCODING:
				return encoding != null;
			case PtlPackage.COMPONENT_BINDING__SIDE_TABLE:
				return sideTable != SIDE_TABLE_EDEFAULT;
			case PtlPackage.COMPONENT_BINDING__OWNER_ID:
				return isSetOwnerId();
			case PtlPackage.COMPONENT_BINDING__EMPTY_STATE:
				return emptyState != null;
			case PtlPackage.COMPONENT_BINDING__ANNOTATES:
				return annotates != ANNOTATES_EDEFAULT;
			case PtlPackage.COMPONENT_BINDING__UNMAPPED_STATES:
				return unmappedStates != null && !unmappedStates.isEmpty();
			case PtlPackage.COMPONENT_BINDING__LAZY:
				return lazy != LAZY_EDEFAULT;
			case PtlPackage.COMPONENT_BINDING__PROT:
				return prot != null && !prot.isEmpty();
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
		result.append(" (offset: ");
		result.append(offset);
		result.append(", sideTable: ");
		result.append(sideTable);
		result.append(", ownerId: ");
		if (ownerIdESet) result.append(ownerId); else result.append("<unset>");
		result.append(", annotates: ");
		result.append(annotates);
		result.append(", lazy: ");
		result.append(lazy);
		result.append(')');
		return result.toString();
	}

} //ComponentBindingImpl
