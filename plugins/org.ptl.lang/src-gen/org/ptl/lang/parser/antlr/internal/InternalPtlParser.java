package org.ptl.lang.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.ptl.lang.services.PtlGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalPtlParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_INT", "RULE_ID", "RULE_HEX", "RULE_BIN", "RULE_SIZE", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'import'", "'severity'", "'format'", "'{'", "'granule'", "'input'", "'bits'", "'output'", "'levels'", "'..'", "'root'", "'pages'", "'stride'", "'lpa2'", "'blocks'", "'at'", "','", "'}'", "'descriptor'", "'level'", "'holds'", "'overlays'", "'='", "'['", "':'", "']'", "'claims'", "'on'", "'claim'", "'shared'", "'with'", "'ownership'", "'initially'", "'state'", "'component'", "'*'", "'transition'", "'initiator'", "'completer'", "'->'", "'invariant'", "'not'", "'('", "')'", "'exactly'", "'most'", "'components'", "'of'", "'in'", "'encoding'", "'encoded'", "'reserved'", "'table'", "'block'", "'page'", "'invalid'", "'value'", "'flag'", "'software'", "'ignored'", "'address'", "'.'", "'-'", "'error'", "'warning'", "'info'", "'ignore'", "'enum'", "'implies'", "'or'", "'and'", "'one'", "'some'", "'all'", "'no'"
    };
    public static final int RULE_HEX=7;
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int RULE_BIN=8;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=6;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=5;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=4;
    public static final int RULE_SIZE=9;
    public static final int RULE_SL_COMMENT=11;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__79=79;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=12;
    public static final int RULE_ANY_OTHER=13;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__88=88;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__84=84;
    public static final int T__41=41;
    public static final int T__85=85;
    public static final int T__42=42;
    public static final int T__86=86;
    public static final int T__43=43;
    public static final int T__87=87;

    // delegates
    // delegators


        public InternalPtlParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalPtlParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalPtlParser.tokenNames; }
    public String getGrammarFileName() { return "InternalPtl.g"; }



     	private PtlGrammarAccess grammarAccess;

        public InternalPtlParser(TokenStream input, PtlGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "PtlModel";
       	}

       	@Override
       	protected PtlGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRulePtlModel"
    // InternalPtl.g:65:1: entryRulePtlModel returns [EObject current=null] : iv_rulePtlModel= rulePtlModel EOF ;
    public final EObject entryRulePtlModel() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePtlModel = null;


        try {
            // InternalPtl.g:65:49: (iv_rulePtlModel= rulePtlModel EOF )
            // InternalPtl.g:66:2: iv_rulePtlModel= rulePtlModel EOF
            {
             newCompositeNode(grammarAccess.getPtlModelRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePtlModel=rulePtlModel();

            state._fsp--;

             current =iv_rulePtlModel; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePtlModel"


    // $ANTLR start "rulePtlModel"
    // InternalPtl.g:72:1: rulePtlModel returns [EObject current=null] : ( () ( (lv_imports_1_0= ruleImport ) )* ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )* ) ;
    public final EObject rulePtlModel() throws RecognitionException {
        EObject current = null;

        EObject lv_imports_1_0 = null;

        EObject lv_severities_2_0 = null;

        EObject lv_elements_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:78:2: ( ( () ( (lv_imports_1_0= ruleImport ) )* ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )* ) )
            // InternalPtl.g:79:2: ( () ( (lv_imports_1_0= ruleImport ) )* ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )* )
            {
            // InternalPtl.g:79:2: ( () ( (lv_imports_1_0= ruleImport ) )* ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )* )
            // InternalPtl.g:80:3: () ( (lv_imports_1_0= ruleImport ) )* ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )*
            {
            // InternalPtl.g:80:3: ()
            // InternalPtl.g:81:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getPtlModelAccess().getPtlModelAction_0(),
            					current);
            			

            }

            // InternalPtl.g:87:3: ( (lv_imports_1_0= ruleImport ) )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( (LA1_0==14) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalPtl.g:88:4: (lv_imports_1_0= ruleImport )
            	    {
            	    // InternalPtl.g:88:4: (lv_imports_1_0= ruleImport )
            	    // InternalPtl.g:89:5: lv_imports_1_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPtlModelAccess().getImportsImportParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_3);
            	    lv_imports_1_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPtlModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_1_0,
            	    						"org.ptl.lang.Ptl.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);

            // InternalPtl.g:106:3: ( ( (lv_severities_2_0= ruleSeverityDirective ) ) | ( (lv_elements_3_0= ruleElement ) ) )*
            loop2:
            do {
                int alt2=3;
                int LA2_0 = input.LA(1);

                if ( (LA2_0==15) ) {
                    alt2=1;
                }
                else if ( (LA2_0==16||LA2_0==40||LA2_0==45||LA2_0==63) ) {
                    alt2=2;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalPtl.g:107:4: ( (lv_severities_2_0= ruleSeverityDirective ) )
            	    {
            	    // InternalPtl.g:107:4: ( (lv_severities_2_0= ruleSeverityDirective ) )
            	    // InternalPtl.g:108:5: (lv_severities_2_0= ruleSeverityDirective )
            	    {
            	    // InternalPtl.g:108:5: (lv_severities_2_0= ruleSeverityDirective )
            	    // InternalPtl.g:109:6: lv_severities_2_0= ruleSeverityDirective
            	    {

            	    						newCompositeNode(grammarAccess.getPtlModelAccess().getSeveritiesSeverityDirectiveParserRuleCall_2_0_0());
            	    					
            	    pushFollow(FOLLOW_4);
            	    lv_severities_2_0=ruleSeverityDirective();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPtlModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"severities",
            	    							lv_severities_2_0,
            	    							"org.ptl.lang.Ptl.SeverityDirective");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalPtl.g:127:4: ( (lv_elements_3_0= ruleElement ) )
            	    {
            	    // InternalPtl.g:127:4: ( (lv_elements_3_0= ruleElement ) )
            	    // InternalPtl.g:128:5: (lv_elements_3_0= ruleElement )
            	    {
            	    // InternalPtl.g:128:5: (lv_elements_3_0= ruleElement )
            	    // InternalPtl.g:129:6: lv_elements_3_0= ruleElement
            	    {

            	    						newCompositeNode(grammarAccess.getPtlModelAccess().getElementsElementParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_4);
            	    lv_elements_3_0=ruleElement();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPtlModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"elements",
            	    							lv_elements_3_0,
            	    							"org.ptl.lang.Ptl.Element");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePtlModel"


    // $ANTLR start "entryRuleImport"
    // InternalPtl.g:151:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalPtl.g:151:47: (iv_ruleImport= ruleImport EOF )
            // InternalPtl.g:152:2: iv_ruleImport= ruleImport EOF
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalPtl.g:158:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            // InternalPtl.g:164:2: ( (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) )
            // InternalPtl.g:165:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            {
            // InternalPtl.g:165:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            // InternalPtl.g:166:3: otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,14,FOLLOW_5); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalPtl.g:170:3: ( (lv_importURI_1_0= RULE_STRING ) )
            // InternalPtl.g:171:4: (lv_importURI_1_0= RULE_STRING )
            {
            // InternalPtl.g:171:4: (lv_importURI_1_0= RULE_STRING )
            // InternalPtl.g:172:5: lv_importURI_1_0= RULE_STRING
            {
            lv_importURI_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_importURI_1_0, grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            					setWithLastConsumed(
            						current,
            						"importURI",
            						lv_importURI_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleSeverityDirective"
    // InternalPtl.g:192:1: entryRuleSeverityDirective returns [EObject current=null] : iv_ruleSeverityDirective= ruleSeverityDirective EOF ;
    public final EObject entryRuleSeverityDirective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSeverityDirective = null;


        try {
            // InternalPtl.g:192:58: (iv_ruleSeverityDirective= ruleSeverityDirective EOF )
            // InternalPtl.g:193:2: iv_ruleSeverityDirective= ruleSeverityDirective EOF
            {
             newCompositeNode(grammarAccess.getSeverityDirectiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSeverityDirective=ruleSeverityDirective();

            state._fsp--;

             current =iv_ruleSeverityDirective; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSeverityDirective"


    // $ANTLR start "ruleSeverityDirective"
    // InternalPtl.g:199:1: ruleSeverityDirective returns [EObject current=null] : (otherlv_0= 'severity' ( (lv_checkId_1_0= RULE_STRING ) ) ( (lv_level_2_0= ruleSeverityLevel ) ) ) ;
    public final EObject ruleSeverityDirective() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_checkId_1_0=null;
        Enumerator lv_level_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:205:2: ( (otherlv_0= 'severity' ( (lv_checkId_1_0= RULE_STRING ) ) ( (lv_level_2_0= ruleSeverityLevel ) ) ) )
            // InternalPtl.g:206:2: (otherlv_0= 'severity' ( (lv_checkId_1_0= RULE_STRING ) ) ( (lv_level_2_0= ruleSeverityLevel ) ) )
            {
            // InternalPtl.g:206:2: (otherlv_0= 'severity' ( (lv_checkId_1_0= RULE_STRING ) ) ( (lv_level_2_0= ruleSeverityLevel ) ) )
            // InternalPtl.g:207:3: otherlv_0= 'severity' ( (lv_checkId_1_0= RULE_STRING ) ) ( (lv_level_2_0= ruleSeverityLevel ) )
            {
            otherlv_0=(Token)match(input,15,FOLLOW_5); 

            			newLeafNode(otherlv_0, grammarAccess.getSeverityDirectiveAccess().getSeverityKeyword_0());
            		
            // InternalPtl.g:211:3: ( (lv_checkId_1_0= RULE_STRING ) )
            // InternalPtl.g:212:4: (lv_checkId_1_0= RULE_STRING )
            {
            // InternalPtl.g:212:4: (lv_checkId_1_0= RULE_STRING )
            // InternalPtl.g:213:5: lv_checkId_1_0= RULE_STRING
            {
            lv_checkId_1_0=(Token)match(input,RULE_STRING,FOLLOW_6); 

            					newLeafNode(lv_checkId_1_0, grammarAccess.getSeverityDirectiveAccess().getCheckIdSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSeverityDirectiveRule());
            					}
            					setWithLastConsumed(
            						current,
            						"checkId",
            						lv_checkId_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalPtl.g:229:3: ( (lv_level_2_0= ruleSeverityLevel ) )
            // InternalPtl.g:230:4: (lv_level_2_0= ruleSeverityLevel )
            {
            // InternalPtl.g:230:4: (lv_level_2_0= ruleSeverityLevel )
            // InternalPtl.g:231:5: lv_level_2_0= ruleSeverityLevel
            {

            					newCompositeNode(grammarAccess.getSeverityDirectiveAccess().getLevelSeverityLevelEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_level_2_0=ruleSeverityLevel();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSeverityDirectiveRule());
            					}
            					set(
            						current,
            						"level",
            						lv_level_2_0,
            						"org.ptl.lang.Ptl.SeverityLevel");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSeverityDirective"


    // $ANTLR start "entryRuleElement"
    // InternalPtl.g:252:1: entryRuleElement returns [EObject current=null] : iv_ruleElement= ruleElement EOF ;
    public final EObject entryRuleElement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleElement = null;


        try {
            // InternalPtl.g:252:48: (iv_ruleElement= ruleElement EOF )
            // InternalPtl.g:253:2: iv_ruleElement= ruleElement EOF
            {
             newCompositeNode(grammarAccess.getElementRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleElement=ruleElement();

            state._fsp--;

             current =iv_ruleElement; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleElement"


    // $ANTLR start "ruleElement"
    // InternalPtl.g:259:1: ruleElement returns [EObject current=null] : (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding ) ;
    public final EObject ruleElement() throws RecognitionException {
        EObject current = null;

        EObject this_Format_0 = null;

        EObject this_ClaimSet_1 = null;

        EObject this_OwnershipModel_2 = null;

        EObject this_Encoding_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:265:2: ( (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding ) )
            // InternalPtl.g:266:2: (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding )
            {
            // InternalPtl.g:266:2: (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding )
            int alt3=4;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt3=1;
                }
                break;
            case 40:
                {
                alt3=2;
                }
                break;
            case 45:
                {
                alt3=3;
                }
                break;
            case 63:
                {
                alt3=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }

            switch (alt3) {
                case 1 :
                    // InternalPtl.g:267:3: this_Format_0= ruleFormat
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getFormatParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Format_0=ruleFormat();

                    state._fsp--;


                    			current = this_Format_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:276:3: this_ClaimSet_1= ruleClaimSet
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getClaimSetParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_ClaimSet_1=ruleClaimSet();

                    state._fsp--;


                    			current = this_ClaimSet_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:285:3: this_OwnershipModel_2= ruleOwnershipModel
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getOwnershipModelParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_OwnershipModel_2=ruleOwnershipModel();

                    state._fsp--;


                    			current = this_OwnershipModel_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:294:3: this_Encoding_3= ruleEncoding
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getEncodingParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_Encoding_3=ruleEncoding();

                    state._fsp--;


                    			current = this_Encoding_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleElement"


    // $ANTLR start "entryRuleFormat"
    // InternalPtl.g:306:1: entryRuleFormat returns [EObject current=null] : iv_ruleFormat= ruleFormat EOF ;
    public final EObject entryRuleFormat() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFormat = null;


        try {
            // InternalPtl.g:306:47: (iv_ruleFormat= ruleFormat EOF )
            // InternalPtl.g:307:2: iv_ruleFormat= ruleFormat EOF
            {
             newCompositeNode(grammarAccess.getFormatRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFormat=ruleFormat();

            state._fsp--;

             current =iv_ruleFormat; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFormat"


    // $ANTLR start "ruleFormat"
    // InternalPtl.g:313:1: ruleFormat returns [EObject current=null] : (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? ( (lv_descriptors_27_0= ruleDescriptor ) )* otherlv_28= '}' ) ;
    public final EObject ruleFormat() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_inputBits_7_0=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token lv_outputBits_10_0=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token lv_rootPages_17_0=null;
        Token otherlv_18=null;
        Token otherlv_19=null;
        Token lv_stride_20_0=null;
        Token lv_lpa2_21_0=null;
        Token otherlv_22=null;
        Token otherlv_23=null;
        Token otherlv_25=null;
        Token otherlv_28=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_granule_5_0 = null;

        AntlrDatatypeRuleToken lv_firstLevel_13_0 = null;

        AntlrDatatypeRuleToken lv_lastLevel_15_0 = null;

        AntlrDatatypeRuleToken lv_blockLevels_24_0 = null;

        AntlrDatatypeRuleToken lv_blockLevels_26_0 = null;

        EObject lv_descriptors_27_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:319:2: ( (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? ( (lv_descriptors_27_0= ruleDescriptor ) )* otherlv_28= '}' ) )
            // InternalPtl.g:320:2: (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? ( (lv_descriptors_27_0= ruleDescriptor ) )* otherlv_28= '}' )
            {
            // InternalPtl.g:320:2: (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? ( (lv_descriptors_27_0= ruleDescriptor ) )* otherlv_28= '}' )
            // InternalPtl.g:321:3: otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? ( (lv_descriptors_27_0= ruleDescriptor ) )* otherlv_28= '}'
            {
            otherlv_0=(Token)match(input,16,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getFormatAccess().getFormatKeyword_0());
            		
            // InternalPtl.g:325:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:326:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:326:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:327:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getFormatAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFormatRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:344:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_STRING) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalPtl.g:345:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:345:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:346:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getFormatAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFormatRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,17,FOLLOW_10); 

            			newLeafNode(otherlv_3, grammarAccess.getFormatAccess().getLeftCurlyBracketKeyword_3());
            		
            otherlv_4=(Token)match(input,18,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getFormatAccess().getGranuleKeyword_4());
            		
            // InternalPtl.g:370:3: ( (lv_granule_5_0= ruleByteSize ) )
            // InternalPtl.g:371:4: (lv_granule_5_0= ruleByteSize )
            {
            // InternalPtl.g:371:4: (lv_granule_5_0= ruleByteSize )
            // InternalPtl.g:372:5: lv_granule_5_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getFormatAccess().getGranuleByteSizeParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_12);
            lv_granule_5_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFormatRule());
            					}
            					set(
            						current,
            						"granule",
            						lv_granule_5_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_6=(Token)match(input,19,FOLLOW_13); 

            			newLeafNode(otherlv_6, grammarAccess.getFormatAccess().getInputKeyword_6());
            		
            // InternalPtl.g:393:3: ( (lv_inputBits_7_0= RULE_INT ) )
            // InternalPtl.g:394:4: (lv_inputBits_7_0= RULE_INT )
            {
            // InternalPtl.g:394:4: (lv_inputBits_7_0= RULE_INT )
            // InternalPtl.g:395:5: lv_inputBits_7_0= RULE_INT
            {
            lv_inputBits_7_0=(Token)match(input,RULE_INT,FOLLOW_14); 

            					newLeafNode(lv_inputBits_7_0, grammarAccess.getFormatAccess().getInputBitsINTTerminalRuleCall_7_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFormatRule());
            					}
            					setWithLastConsumed(
            						current,
            						"inputBits",
            						lv_inputBits_7_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            otherlv_8=(Token)match(input,20,FOLLOW_15); 

            			newLeafNode(otherlv_8, grammarAccess.getFormatAccess().getBitsKeyword_8());
            		
            // InternalPtl.g:415:3: (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==21) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalPtl.g:416:4: otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits'
                    {
                    otherlv_9=(Token)match(input,21,FOLLOW_13); 

                    				newLeafNode(otherlv_9, grammarAccess.getFormatAccess().getOutputKeyword_9_0());
                    			
                    // InternalPtl.g:420:4: ( (lv_outputBits_10_0= RULE_INT ) )
                    // InternalPtl.g:421:5: (lv_outputBits_10_0= RULE_INT )
                    {
                    // InternalPtl.g:421:5: (lv_outputBits_10_0= RULE_INT )
                    // InternalPtl.g:422:6: lv_outputBits_10_0= RULE_INT
                    {
                    lv_outputBits_10_0=(Token)match(input,RULE_INT,FOLLOW_14); 

                    						newLeafNode(lv_outputBits_10_0, grammarAccess.getFormatAccess().getOutputBitsINTTerminalRuleCall_9_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFormatRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"outputBits",
                    							lv_outputBits_10_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_11=(Token)match(input,20,FOLLOW_16); 

                    				newLeafNode(otherlv_11, grammarAccess.getFormatAccess().getBitsKeyword_9_2());
                    			

                    }
                    break;

            }

            otherlv_12=(Token)match(input,22,FOLLOW_17); 

            			newLeafNode(otherlv_12, grammarAccess.getFormatAccess().getLevelsKeyword_10());
            		
            // InternalPtl.g:447:3: ( (lv_firstLevel_13_0= ruleSignedInt ) )
            // InternalPtl.g:448:4: (lv_firstLevel_13_0= ruleSignedInt )
            {
            // InternalPtl.g:448:4: (lv_firstLevel_13_0= ruleSignedInt )
            // InternalPtl.g:449:5: lv_firstLevel_13_0= ruleSignedInt
            {

            					newCompositeNode(grammarAccess.getFormatAccess().getFirstLevelSignedIntParserRuleCall_11_0());
            				
            pushFollow(FOLLOW_18);
            lv_firstLevel_13_0=ruleSignedInt();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFormatRule());
            					}
            					set(
            						current,
            						"firstLevel",
            						lv_firstLevel_13_0,
            						"org.ptl.lang.Ptl.SignedInt");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_14=(Token)match(input,23,FOLLOW_17); 

            			newLeafNode(otherlv_14, grammarAccess.getFormatAccess().getFullStopFullStopKeyword_12());
            		
            // InternalPtl.g:470:3: ( (lv_lastLevel_15_0= ruleSignedInt ) )
            // InternalPtl.g:471:4: (lv_lastLevel_15_0= ruleSignedInt )
            {
            // InternalPtl.g:471:4: (lv_lastLevel_15_0= ruleSignedInt )
            // InternalPtl.g:472:5: lv_lastLevel_15_0= ruleSignedInt
            {

            					newCompositeNode(grammarAccess.getFormatAccess().getLastLevelSignedIntParserRuleCall_13_0());
            				
            pushFollow(FOLLOW_19);
            lv_lastLevel_15_0=ruleSignedInt();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFormatRule());
            					}
            					set(
            						current,
            						"lastLevel",
            						lv_lastLevel_15_0,
            						"org.ptl.lang.Ptl.SignedInt");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:489:3: (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==24) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalPtl.g:490:4: otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages'
                    {
                    otherlv_16=(Token)match(input,24,FOLLOW_13); 

                    				newLeafNode(otherlv_16, grammarAccess.getFormatAccess().getRootKeyword_14_0());
                    			
                    // InternalPtl.g:494:4: ( (lv_rootPages_17_0= RULE_INT ) )
                    // InternalPtl.g:495:5: (lv_rootPages_17_0= RULE_INT )
                    {
                    // InternalPtl.g:495:5: (lv_rootPages_17_0= RULE_INT )
                    // InternalPtl.g:496:6: lv_rootPages_17_0= RULE_INT
                    {
                    lv_rootPages_17_0=(Token)match(input,RULE_INT,FOLLOW_20); 

                    						newLeafNode(lv_rootPages_17_0, grammarAccess.getFormatAccess().getRootPagesINTTerminalRuleCall_14_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFormatRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"rootPages",
                    							lv_rootPages_17_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_18=(Token)match(input,25,FOLLOW_21); 

                    				newLeafNode(otherlv_18, grammarAccess.getFormatAccess().getPagesKeyword_14_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:517:3: (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )?
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==26) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    // InternalPtl.g:518:4: otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) )
                    {
                    otherlv_19=(Token)match(input,26,FOLLOW_13); 

                    				newLeafNode(otherlv_19, grammarAccess.getFormatAccess().getStrideKeyword_15_0());
                    			
                    // InternalPtl.g:522:4: ( (lv_stride_20_0= RULE_INT ) )
                    // InternalPtl.g:523:5: (lv_stride_20_0= RULE_INT )
                    {
                    // InternalPtl.g:523:5: (lv_stride_20_0= RULE_INT )
                    // InternalPtl.g:524:6: lv_stride_20_0= RULE_INT
                    {
                    lv_stride_20_0=(Token)match(input,RULE_INT,FOLLOW_22); 

                    						newLeafNode(lv_stride_20_0, grammarAccess.getFormatAccess().getStrideINTTerminalRuleCall_15_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFormatRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"stride",
                    							lv_stride_20_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:541:3: ( (lv_lpa2_21_0= 'lpa2' ) )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==27) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalPtl.g:542:4: (lv_lpa2_21_0= 'lpa2' )
                    {
                    // InternalPtl.g:542:4: (lv_lpa2_21_0= 'lpa2' )
                    // InternalPtl.g:543:5: lv_lpa2_21_0= 'lpa2'
                    {
                    lv_lpa2_21_0=(Token)match(input,27,FOLLOW_23); 

                    					newLeafNode(lv_lpa2_21_0, grammarAccess.getFormatAccess().getLpa2Lpa2Keyword_16_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFormatRule());
                    					}
                    					setWithLastConsumed(current, "lpa2", lv_lpa2_21_0 != null, "lpa2");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:555:3: (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==28) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalPtl.g:556:4: otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )*
                    {
                    otherlv_22=(Token)match(input,28,FOLLOW_24); 

                    				newLeafNode(otherlv_22, grammarAccess.getFormatAccess().getBlocksKeyword_17_0());
                    			
                    otherlv_23=(Token)match(input,29,FOLLOW_17); 

                    				newLeafNode(otherlv_23, grammarAccess.getFormatAccess().getAtKeyword_17_1());
                    			
                    // InternalPtl.g:564:4: ( (lv_blockLevels_24_0= ruleSignedInt ) )
                    // InternalPtl.g:565:5: (lv_blockLevels_24_0= ruleSignedInt )
                    {
                    // InternalPtl.g:565:5: (lv_blockLevels_24_0= ruleSignedInt )
                    // InternalPtl.g:566:6: lv_blockLevels_24_0= ruleSignedInt
                    {

                    						newCompositeNode(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_2_0());
                    					
                    pushFollow(FOLLOW_25);
                    lv_blockLevels_24_0=ruleSignedInt();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFormatRule());
                    						}
                    						add(
                    							current,
                    							"blockLevels",
                    							lv_blockLevels_24_0,
                    							"org.ptl.lang.Ptl.SignedInt");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:583:4: (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )*
                    loop9:
                    do {
                        int alt9=2;
                        int LA9_0 = input.LA(1);

                        if ( (LA9_0==30) ) {
                            alt9=1;
                        }


                        switch (alt9) {
                    	case 1 :
                    	    // InternalPtl.g:584:5: otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) )
                    	    {
                    	    otherlv_25=(Token)match(input,30,FOLLOW_17); 

                    	    					newLeafNode(otherlv_25, grammarAccess.getFormatAccess().getCommaKeyword_17_3_0());
                    	    				
                    	    // InternalPtl.g:588:5: ( (lv_blockLevels_26_0= ruleSignedInt ) )
                    	    // InternalPtl.g:589:6: (lv_blockLevels_26_0= ruleSignedInt )
                    	    {
                    	    // InternalPtl.g:589:6: (lv_blockLevels_26_0= ruleSignedInt )
                    	    // InternalPtl.g:590:7: lv_blockLevels_26_0= ruleSignedInt
                    	    {

                    	    							newCompositeNode(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_25);
                    	    lv_blockLevels_26_0=ruleSignedInt();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFormatRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"blockLevels",
                    	    								lv_blockLevels_26_0,
                    	    								"org.ptl.lang.Ptl.SignedInt");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop9;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:609:3: ( (lv_descriptors_27_0= ruleDescriptor ) )*
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>=66 && LA11_0<=69)) ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    // InternalPtl.g:610:4: (lv_descriptors_27_0= ruleDescriptor )
            	    {
            	    // InternalPtl.g:610:4: (lv_descriptors_27_0= ruleDescriptor )
            	    // InternalPtl.g:611:5: lv_descriptors_27_0= ruleDescriptor
            	    {

            	    					newCompositeNode(grammarAccess.getFormatAccess().getDescriptorsDescriptorParserRuleCall_18_0());
            	    				
            	    pushFollow(FOLLOW_26);
            	    lv_descriptors_27_0=ruleDescriptor();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getFormatRule());
            	    					}
            	    					add(
            	    						current,
            	    						"descriptors",
            	    						lv_descriptors_27_0,
            	    						"org.ptl.lang.Ptl.Descriptor");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop11;
                }
            } while (true);

            otherlv_28=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_28, grammarAccess.getFormatAccess().getRightCurlyBracketKeyword_19());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFormat"


    // $ANTLR start "entryRuleDescriptor"
    // InternalPtl.g:636:1: entryRuleDescriptor returns [EObject current=null] : iv_ruleDescriptor= ruleDescriptor EOF ;
    public final EObject entryRuleDescriptor() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDescriptor = null;


        try {
            // InternalPtl.g:636:51: (iv_ruleDescriptor= ruleDescriptor EOF )
            // InternalPtl.g:637:2: iv_ruleDescriptor= ruleDescriptor EOF
            {
             newCompositeNode(grammarAccess.getDescriptorRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDescriptor=ruleDescriptor();

            state._fsp--;

             current =iv_ruleDescriptor; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDescriptor"


    // $ANTLR start "ruleDescriptor"
    // InternalPtl.g:643:1: ruleDescriptor returns [EObject current=null] : ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' ) ;
    public final EObject ruleDescriptor() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_description_9_0=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Enumerator lv_kind_0_0 = null;

        AntlrDatatypeRuleToken lv_name_2_0 = null;

        AntlrDatatypeRuleToken lv_levels_6_0 = null;

        AntlrDatatypeRuleToken lv_levels_8_0 = null;

        EObject lv_fields_11_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:649:2: ( ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' ) )
            // InternalPtl.g:650:2: ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' )
            {
            // InternalPtl.g:650:2: ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' )
            // InternalPtl.g:651:3: ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}'
            {
            // InternalPtl.g:651:3: ( (lv_kind_0_0= ruleDescriptorKind ) )
            // InternalPtl.g:652:4: (lv_kind_0_0= ruleDescriptorKind )
            {
            // InternalPtl.g:652:4: (lv_kind_0_0= ruleDescriptorKind )
            // InternalPtl.g:653:5: lv_kind_0_0= ruleDescriptorKind
            {

            					newCompositeNode(grammarAccess.getDescriptorAccess().getKindDescriptorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_27);
            lv_kind_0_0=ruleDescriptorKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDescriptorRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.ptl.lang.Ptl.DescriptorKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,32,FOLLOW_7); 

            			newLeafNode(otherlv_1, grammarAccess.getDescriptorAccess().getDescriptorKeyword_1());
            		
            // InternalPtl.g:674:3: ( (lv_name_2_0= ruleValidID ) )
            // InternalPtl.g:675:4: (lv_name_2_0= ruleValidID )
            {
            // InternalPtl.g:675:4: (lv_name_2_0= ruleValidID )
            // InternalPtl.g:676:5: lv_name_2_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getDescriptorAccess().getNameValidIDParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_28);
            lv_name_2_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDescriptorRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:693:3: (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==29) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalPtl.g:694:4: otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )*
                    {
                    otherlv_3=(Token)match(input,29,FOLLOW_29); 

                    				newLeafNode(otherlv_3, grammarAccess.getDescriptorAccess().getAtKeyword_3_0());
                    			
                    // InternalPtl.g:698:4: (otherlv_4= 'level' | otherlv_5= 'levels' )
                    int alt12=2;
                    int LA12_0 = input.LA(1);

                    if ( (LA12_0==33) ) {
                        alt12=1;
                    }
                    else if ( (LA12_0==22) ) {
                        alt12=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 12, 0, input);

                        throw nvae;
                    }
                    switch (alt12) {
                        case 1 :
                            // InternalPtl.g:699:5: otherlv_4= 'level'
                            {
                            otherlv_4=(Token)match(input,33,FOLLOW_17); 

                            					newLeafNode(otherlv_4, grammarAccess.getDescriptorAccess().getLevelKeyword_3_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalPtl.g:704:5: otherlv_5= 'levels'
                            {
                            otherlv_5=(Token)match(input,22,FOLLOW_17); 

                            					newLeafNode(otherlv_5, grammarAccess.getDescriptorAccess().getLevelsKeyword_3_1_1());
                            				

                            }
                            break;

                    }

                    // InternalPtl.g:709:4: ( (lv_levels_6_0= ruleSignedInt ) )
                    // InternalPtl.g:710:5: (lv_levels_6_0= ruleSignedInt )
                    {
                    // InternalPtl.g:710:5: (lv_levels_6_0= ruleSignedInt )
                    // InternalPtl.g:711:6: lv_levels_6_0= ruleSignedInt
                    {

                    						newCompositeNode(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_2_0());
                    					
                    pushFollow(FOLLOW_30);
                    lv_levels_6_0=ruleSignedInt();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getDescriptorRule());
                    						}
                    						add(
                    							current,
                    							"levels",
                    							lv_levels_6_0,
                    							"org.ptl.lang.Ptl.SignedInt");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:728:4: (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )*
                    loop13:
                    do {
                        int alt13=2;
                        int LA13_0 = input.LA(1);

                        if ( (LA13_0==30) ) {
                            alt13=1;
                        }


                        switch (alt13) {
                    	case 1 :
                    	    // InternalPtl.g:729:5: otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) )
                    	    {
                    	    otherlv_7=(Token)match(input,30,FOLLOW_17); 

                    	    					newLeafNode(otherlv_7, grammarAccess.getDescriptorAccess().getCommaKeyword_3_3_0());
                    	    				
                    	    // InternalPtl.g:733:5: ( (lv_levels_8_0= ruleSignedInt ) )
                    	    // InternalPtl.g:734:6: (lv_levels_8_0= ruleSignedInt )
                    	    {
                    	    // InternalPtl.g:734:6: (lv_levels_8_0= ruleSignedInt )
                    	    // InternalPtl.g:735:7: lv_levels_8_0= ruleSignedInt
                    	    {

                    	    							newCompositeNode(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_30);
                    	    lv_levels_8_0=ruleSignedInt();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getDescriptorRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"levels",
                    	    								lv_levels_8_0,
                    	    								"org.ptl.lang.Ptl.SignedInt");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop13;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:754:3: ( (lv_description_9_0= RULE_STRING ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_STRING) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalPtl.g:755:4: (lv_description_9_0= RULE_STRING )
                    {
                    // InternalPtl.g:755:4: (lv_description_9_0= RULE_STRING )
                    // InternalPtl.g:756:5: lv_description_9_0= RULE_STRING
                    {
                    lv_description_9_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_9_0, grammarAccess.getDescriptorAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getDescriptorRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_9_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_10=(Token)match(input,17,FOLLOW_31); 

            			newLeafNode(otherlv_10, grammarAccess.getDescriptorAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalPtl.g:776:3: ( (lv_fields_11_0= ruleField ) )*
            loop16:
            do {
                int alt16=2;
                int LA16_0 = input.LA(1);

                if ( (LA16_0==RULE_ID||LA16_0==19||LA16_0==21||LA16_0==47||(LA16_0>=65 && LA16_0<=74)) ) {
                    alt16=1;
                }


                switch (alt16) {
            	case 1 :
            	    // InternalPtl.g:777:4: (lv_fields_11_0= ruleField )
            	    {
            	    // InternalPtl.g:777:4: (lv_fields_11_0= ruleField )
            	    // InternalPtl.g:778:5: lv_fields_11_0= ruleField
            	    {

            	    					newCompositeNode(grammarAccess.getDescriptorAccess().getFieldsFieldParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_31);
            	    lv_fields_11_0=ruleField();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getDescriptorRule());
            	    					}
            	    					add(
            	    						current,
            	    						"fields",
            	    						lv_fields_11_0,
            	    						"org.ptl.lang.Ptl.Field");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop16;
                }
            } while (true);

            otherlv_12=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_12, grammarAccess.getDescriptorAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDescriptor"


    // $ANTLR start "entryRuleField"
    // InternalPtl.g:803:1: entryRuleField returns [EObject current=null] : iv_ruleField= ruleField EOF ;
    public final EObject entryRuleField() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleField = null;


        try {
            // InternalPtl.g:803:46: (iv_ruleField= ruleField EOF )
            // InternalPtl.g:804:2: iv_ruleField= ruleField EOF
            {
             newCompositeNode(grammarAccess.getFieldRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleField=ruleField();

            state._fsp--;

             current =iv_ruleField; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleField"


    // $ANTLR start "ruleField"
    // InternalPtl.g:810:1: ruleField returns [EObject current=null] : ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? ) ;
    public final EObject ruleField() throws RecognitionException {
        EObject current = null;

        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token lv_description_18_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;

        EObject lv_bits_1_0 = null;

        Enumerator lv_kind_2_0 = null;

        AntlrDatatypeRuleToken lv_fixedValue_3_0 = null;

        Enumerator lv_kind_4_0 = null;

        EObject lv_literals_6_0 = null;

        EObject lv_literals_8_0 = null;

        Enumerator lv_kind_10_0 = null;

        EObject lv_addressBits_12_0 = null;

        Enumerator lv_kind_13_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:816:2: ( ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? ) )
            // InternalPtl.g:817:2: ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:817:2: ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? )
            // InternalPtl.g:818:3: ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )?
            {
            // InternalPtl.g:818:3: ( (lv_name_0_0= ruleValidID ) )
            // InternalPtl.g:819:4: (lv_name_0_0= ruleValidID )
            {
            // InternalPtl.g:819:4: (lv_name_0_0= ruleValidID )
            // InternalPtl.g:820:5: lv_name_0_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getFieldAccess().getNameValidIDParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_32);
            lv_name_0_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFieldRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_0_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:837:3: ( (lv_bits_1_0= ruleBitRange ) )
            // InternalPtl.g:838:4: (lv_bits_1_0= ruleBitRange )
            {
            // InternalPtl.g:838:4: (lv_bits_1_0= ruleBitRange )
            // InternalPtl.g:839:5: lv_bits_1_0= ruleBitRange
            {

            					newCompositeNode(grammarAccess.getFieldAccess().getBitsBitRangeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_33);
            lv_bits_1_0=ruleBitRange();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFieldRule());
            					}
            					set(
            						current,
            						"bits",
            						lv_bits_1_0,
            						"org.ptl.lang.Ptl.BitRange");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:856:3: ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )?
            int alt19=5;
            alt19 = dfa19.predict(input);
            switch (alt19) {
                case 1 :
                    // InternalPtl.g:857:4: ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) )
                    {
                    // InternalPtl.g:857:4: ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) )
                    // InternalPtl.g:858:5: ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) )
                    {
                    // InternalPtl.g:858:5: ( (lv_kind_2_0= ruleFixedKind ) )
                    // InternalPtl.g:859:6: (lv_kind_2_0= ruleFixedKind )
                    {
                    // InternalPtl.g:859:6: (lv_kind_2_0= ruleFixedKind )
                    // InternalPtl.g:860:7: lv_kind_2_0= ruleFixedKind
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getKindFixedKindEnumRuleCall_2_0_0_0());
                    						
                    pushFollow(FOLLOW_34);
                    lv_kind_2_0=ruleFixedKind();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getFieldRule());
                    							}
                    							set(
                    								current,
                    								"kind",
                    								lv_kind_2_0,
                    								"org.ptl.lang.Ptl.FixedKind");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:877:5: ( (lv_fixedValue_3_0= ruleNumber ) )
                    // InternalPtl.g:878:6: (lv_fixedValue_3_0= ruleNumber )
                    {
                    // InternalPtl.g:878:6: (lv_fixedValue_3_0= ruleNumber )
                    // InternalPtl.g:879:7: lv_fixedValue_3_0= ruleNumber
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getFixedValueNumberParserRuleCall_2_0_1_0());
                    						
                    pushFollow(FOLLOW_35);
                    lv_fixedValue_3_0=ruleNumber();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getFieldRule());
                    							}
                    							set(
                    								current,
                    								"fixedValue",
                    								lv_fixedValue_3_0,
                    								"org.ptl.lang.Ptl.Number");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:898:4: ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' )
                    {
                    // InternalPtl.g:898:4: ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' )
                    // InternalPtl.g:899:5: ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}'
                    {
                    // InternalPtl.g:899:5: ( (lv_kind_4_0= ruleEnumKind ) )
                    // InternalPtl.g:900:6: (lv_kind_4_0= ruleEnumKind )
                    {
                    // InternalPtl.g:900:6: (lv_kind_4_0= ruleEnumKind )
                    // InternalPtl.g:901:7: lv_kind_4_0= ruleEnumKind
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getKindEnumKindEnumRuleCall_2_1_0_0());
                    						
                    pushFollow(FOLLOW_9);
                    lv_kind_4_0=ruleEnumKind();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getFieldRule());
                    							}
                    							set(
                    								current,
                    								"kind",
                    								lv_kind_4_0,
                    								"org.ptl.lang.Ptl.EnumKind");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    otherlv_5=(Token)match(input,17,FOLLOW_7); 

                    					newLeafNode(otherlv_5, grammarAccess.getFieldAccess().getLeftCurlyBracketKeyword_2_1_1());
                    				
                    // InternalPtl.g:922:5: ( (lv_literals_6_0= ruleEnumLiteral ) )
                    // InternalPtl.g:923:6: (lv_literals_6_0= ruleEnumLiteral )
                    {
                    // InternalPtl.g:923:6: (lv_literals_6_0= ruleEnumLiteral )
                    // InternalPtl.g:924:7: lv_literals_6_0= ruleEnumLiteral
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_2_0());
                    						
                    pushFollow(FOLLOW_36);
                    lv_literals_6_0=ruleEnumLiteral();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getFieldRule());
                    							}
                    							add(
                    								current,
                    								"literals",
                    								lv_literals_6_0,
                    								"org.ptl.lang.Ptl.EnumLiteral");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:941:5: (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )*
                    loop17:
                    do {
                        int alt17=2;
                        int LA17_0 = input.LA(1);

                        if ( (LA17_0==30) ) {
                            alt17=1;
                        }


                        switch (alt17) {
                    	case 1 :
                    	    // InternalPtl.g:942:6: otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) )
                    	    {
                    	    otherlv_7=(Token)match(input,30,FOLLOW_7); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getFieldAccess().getCommaKeyword_2_1_3_0());
                    	    					
                    	    // InternalPtl.g:946:6: ( (lv_literals_8_0= ruleEnumLiteral ) )
                    	    // InternalPtl.g:947:7: (lv_literals_8_0= ruleEnumLiteral )
                    	    {
                    	    // InternalPtl.g:947:7: (lv_literals_8_0= ruleEnumLiteral )
                    	    // InternalPtl.g:948:8: lv_literals_8_0= ruleEnumLiteral
                    	    {

                    	    								newCompositeNode(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_3_1_0());
                    	    							
                    	    pushFollow(FOLLOW_36);
                    	    lv_literals_8_0=ruleEnumLiteral();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getFieldRule());
                    	    								}
                    	    								add(
                    	    									current,
                    	    									"literals",
                    	    									lv_literals_8_0,
                    	    									"org.ptl.lang.Ptl.EnumLiteral");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop17;
                        }
                    } while (true);

                    otherlv_9=(Token)match(input,31,FOLLOW_35); 

                    					newLeafNode(otherlv_9, grammarAccess.getFieldAccess().getRightCurlyBracketKeyword_2_1_4());
                    				

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:972:4: ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? )
                    {
                    // InternalPtl.g:972:4: ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? )
                    // InternalPtl.g:973:5: ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )?
                    {
                    // InternalPtl.g:973:5: ( (lv_kind_10_0= ruleAddressKind ) )
                    // InternalPtl.g:974:6: (lv_kind_10_0= ruleAddressKind )
                    {
                    // InternalPtl.g:974:6: (lv_kind_10_0= ruleAddressKind )
                    // InternalPtl.g:975:7: lv_kind_10_0= ruleAddressKind
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getKindAddressKindEnumRuleCall_2_2_0_0());
                    						
                    pushFollow(FOLLOW_37);
                    lv_kind_10_0=ruleAddressKind();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getFieldRule());
                    							}
                    							set(
                    								current,
                    								"kind",
                    								lv_kind_10_0,
                    								"org.ptl.lang.Ptl.AddressKind");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:992:5: (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )?
                    int alt18=2;
                    int LA18_0 = input.LA(1);

                    if ( (LA18_0==34) ) {
                        alt18=1;
                    }
                    switch (alt18) {
                        case 1 :
                            // InternalPtl.g:993:6: otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) )
                            {
                            otherlv_11=(Token)match(input,34,FOLLOW_32); 

                            						newLeafNode(otherlv_11, grammarAccess.getFieldAccess().getHoldsKeyword_2_2_1_0());
                            					
                            // InternalPtl.g:997:6: ( (lv_addressBits_12_0= ruleBitRange ) )
                            // InternalPtl.g:998:7: (lv_addressBits_12_0= ruleBitRange )
                            {
                            // InternalPtl.g:998:7: (lv_addressBits_12_0= ruleBitRange )
                            // InternalPtl.g:999:8: lv_addressBits_12_0= ruleBitRange
                            {

                            								newCompositeNode(grammarAccess.getFieldAccess().getAddressBitsBitRangeParserRuleCall_2_2_1_1_0());
                            							
                            pushFollow(FOLLOW_35);
                            lv_addressBits_12_0=ruleBitRange();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getFieldRule());
                            								}
                            								set(
                            									current,
                            									"addressBits",
                            									lv_addressBits_12_0,
                            									"org.ptl.lang.Ptl.BitRange");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1019:4: ( (lv_kind_13_0= rulePlainKind ) )
                    {
                    // InternalPtl.g:1019:4: ( (lv_kind_13_0= rulePlainKind ) )
                    // InternalPtl.g:1020:5: (lv_kind_13_0= rulePlainKind )
                    {
                    // InternalPtl.g:1020:5: (lv_kind_13_0= rulePlainKind )
                    // InternalPtl.g:1021:6: lv_kind_13_0= rulePlainKind
                    {

                    						newCompositeNode(grammarAccess.getFieldAccess().getKindPlainKindEnumRuleCall_2_3_0());
                    					
                    pushFollow(FOLLOW_35);
                    lv_kind_13_0=rulePlainKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFieldRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_13_0,
                    							"org.ptl.lang.Ptl.PlainKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1039:3: (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==35) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalPtl.g:1040:4: otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_14=(Token)match(input,35,FOLLOW_7); 

                    				newLeafNode(otherlv_14, grammarAccess.getFieldAccess().getOverlaysKeyword_3_0());
                    			
                    // InternalPtl.g:1044:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1045:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1045:5: ( ruleValidID )
                    // InternalPtl.g:1046:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFieldRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_1_0());
                    					
                    pushFollow(FOLLOW_38);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:1060:4: (otherlv_16= ',' ( ( ruleValidID ) ) )*
                    loop20:
                    do {
                        int alt20=2;
                        int LA20_0 = input.LA(1);

                        if ( (LA20_0==30) ) {
                            alt20=1;
                        }


                        switch (alt20) {
                    	case 1 :
                    	    // InternalPtl.g:1061:5: otherlv_16= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_16=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_16, grammarAccess.getFieldAccess().getCommaKeyword_3_2_0());
                    	    				
                    	    // InternalPtl.g:1065:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:1066:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:1066:6: ( ruleValidID )
                    	    // InternalPtl.g:1067:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getFieldRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_38);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop20;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:1083:3: ( (lv_description_18_0= RULE_STRING ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==RULE_STRING) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalPtl.g:1084:4: (lv_description_18_0= RULE_STRING )
                    {
                    // InternalPtl.g:1084:4: (lv_description_18_0= RULE_STRING )
                    // InternalPtl.g:1085:5: lv_description_18_0= RULE_STRING
                    {
                    lv_description_18_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_18_0, grammarAccess.getFieldAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFieldRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_18_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleField"


    // $ANTLR start "entryRuleEnumLiteral"
    // InternalPtl.g:1105:1: entryRuleEnumLiteral returns [EObject current=null] : iv_ruleEnumLiteral= ruleEnumLiteral EOF ;
    public final EObject entryRuleEnumLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnumLiteral = null;


        try {
            // InternalPtl.g:1105:52: (iv_ruleEnumLiteral= ruleEnumLiteral EOF )
            // InternalPtl.g:1106:2: iv_ruleEnumLiteral= ruleEnumLiteral EOF
            {
             newCompositeNode(grammarAccess.getEnumLiteralRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEnumLiteral=ruleEnumLiteral();

            state._fsp--;

             current =iv_ruleEnumLiteral; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleEnumLiteral"


    // $ANTLR start "ruleEnumLiteral"
    // InternalPtl.g:1112:1: ruleEnumLiteral returns [EObject current=null] : ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleEnumLiteral() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;

        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1118:2: ( ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1119:2: ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1119:2: ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalPtl.g:1120:3: ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )?
            {
            // InternalPtl.g:1120:3: ( (lv_name_0_0= ruleValidID ) )
            // InternalPtl.g:1121:4: (lv_name_0_0= ruleValidID )
            {
            // InternalPtl.g:1121:4: (lv_name_0_0= ruleValidID )
            // InternalPtl.g:1122:5: lv_name_0_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getEnumLiteralAccess().getNameValidIDParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_39);
            lv_name_0_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEnumLiteralRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_0_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,36,FOLLOW_34); 

            			newLeafNode(otherlv_1, grammarAccess.getEnumLiteralAccess().getEqualsSignKeyword_1());
            		
            // InternalPtl.g:1143:3: ( (lv_value_2_0= ruleNumber ) )
            // InternalPtl.g:1144:4: (lv_value_2_0= ruleNumber )
            {
            // InternalPtl.g:1144:4: (lv_value_2_0= ruleNumber )
            // InternalPtl.g:1145:5: lv_value_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getEnumLiteralAccess().getValueNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_40);
            lv_value_2_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEnumLiteralRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_2_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1162:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_STRING) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalPtl.g:1163:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalPtl.g:1163:4: (lv_description_3_0= RULE_STRING )
                    // InternalPtl.g:1164:5: lv_description_3_0= RULE_STRING
                    {
                    lv_description_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_3_0, grammarAccess.getEnumLiteralAccess().getDescriptionSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEnumLiteralRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEnumLiteral"


    // $ANTLR start "entryRuleBitRange"
    // InternalPtl.g:1184:1: entryRuleBitRange returns [EObject current=null] : iv_ruleBitRange= ruleBitRange EOF ;
    public final EObject entryRuleBitRange() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBitRange = null;


        try {
            // InternalPtl.g:1184:49: (iv_ruleBitRange= ruleBitRange EOF )
            // InternalPtl.g:1185:2: iv_ruleBitRange= ruleBitRange EOF
            {
             newCompositeNode(grammarAccess.getBitRangeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBitRange=ruleBitRange();

            state._fsp--;

             current =iv_ruleBitRange; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBitRange"


    // $ANTLR start "ruleBitRange"
    // InternalPtl.g:1191:1: ruleBitRange returns [EObject current=null] : (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' ) ;
    public final EObject ruleBitRange() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_high_1_0=null;
        Token otherlv_2=null;
        Token lv_low_3_0=null;
        Token otherlv_4=null;


        	enterRule();

        try {
            // InternalPtl.g:1197:2: ( (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' ) )
            // InternalPtl.g:1198:2: (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' )
            {
            // InternalPtl.g:1198:2: (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' )
            // InternalPtl.g:1199:3: otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']'
            {
            otherlv_0=(Token)match(input,37,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getBitRangeAccess().getLeftSquareBracketKeyword_0());
            		
            // InternalPtl.g:1203:3: ( (lv_high_1_0= RULE_INT ) )
            // InternalPtl.g:1204:4: (lv_high_1_0= RULE_INT )
            {
            // InternalPtl.g:1204:4: (lv_high_1_0= RULE_INT )
            // InternalPtl.g:1205:5: lv_high_1_0= RULE_INT
            {
            lv_high_1_0=(Token)match(input,RULE_INT,FOLLOW_41); 

            					newLeafNode(lv_high_1_0, grammarAccess.getBitRangeAccess().getHighINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBitRangeRule());
            					}
            					setWithLastConsumed(
            						current,
            						"high",
            						lv_high_1_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalPtl.g:1221:3: (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==38) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalPtl.g:1222:4: otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,38,FOLLOW_13); 

                    				newLeafNode(otherlv_2, grammarAccess.getBitRangeAccess().getColonKeyword_2_0());
                    			
                    // InternalPtl.g:1226:4: ( (lv_low_3_0= RULE_INT ) )
                    // InternalPtl.g:1227:5: (lv_low_3_0= RULE_INT )
                    {
                    // InternalPtl.g:1227:5: (lv_low_3_0= RULE_INT )
                    // InternalPtl.g:1228:6: lv_low_3_0= RULE_INT
                    {
                    lv_low_3_0=(Token)match(input,RULE_INT,FOLLOW_42); 

                    						newLeafNode(lv_low_3_0, grammarAccess.getBitRangeAccess().getLowINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBitRangeRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"low",
                    							lv_low_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,39,FOLLOW_2); 

            			newLeafNode(otherlv_4, grammarAccess.getBitRangeAccess().getRightSquareBracketKeyword_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBitRange"


    // $ANTLR start "entryRuleClaimSet"
    // InternalPtl.g:1253:1: entryRuleClaimSet returns [EObject current=null] : iv_ruleClaimSet= ruleClaimSet EOF ;
    public final EObject entryRuleClaimSet() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleClaimSet = null;


        try {
            // InternalPtl.g:1253:49: (iv_ruleClaimSet= ruleClaimSet EOF )
            // InternalPtl.g:1254:2: iv_ruleClaimSet= ruleClaimSet EOF
            {
             newCompositeNode(grammarAccess.getClaimSetRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleClaimSet=ruleClaimSet();

            state._fsp--;

             current =iv_ruleClaimSet; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleClaimSet"


    // $ANTLR start "ruleClaimSet"
    // InternalPtl.g:1260:1: ruleClaimSet returns [EObject current=null] : (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' ) ;
    public final EObject ruleClaimSet() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_description_6_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_claims_8_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1266:2: ( (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' ) )
            // InternalPtl.g:1267:2: (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' )
            {
            // InternalPtl.g:1267:2: (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' )
            // InternalPtl.g:1268:3: otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}'
            {
            otherlv_0=(Token)match(input,40,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getClaimSetAccess().getClaimsKeyword_0());
            		
            // InternalPtl.g:1272:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1273:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1273:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1274:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getClaimSetAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_43);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getClaimSetRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,41,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getClaimSetAccess().getOnKeyword_2());
            		
            // InternalPtl.g:1295:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:1296:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:1296:4: ( ruleQualifiedName )
            // InternalPtl.g:1297:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getClaimSetRule());
            					}
            				

            					newCompositeNode(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_3_0());
            				
            pushFollow(FOLLOW_30);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1311:3: (otherlv_4= ',' ( ( ruleQualifiedName ) ) )*
            loop25:
            do {
                int alt25=2;
                int LA25_0 = input.LA(1);

                if ( (LA25_0==30) ) {
                    alt25=1;
                }


                switch (alt25) {
            	case 1 :
            	    // InternalPtl.g:1312:4: otherlv_4= ',' ( ( ruleQualifiedName ) )
            	    {
            	    otherlv_4=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_4, grammarAccess.getClaimSetAccess().getCommaKeyword_4_0());
            	    			
            	    // InternalPtl.g:1316:4: ( ( ruleQualifiedName ) )
            	    // InternalPtl.g:1317:5: ( ruleQualifiedName )
            	    {
            	    // InternalPtl.g:1317:5: ( ruleQualifiedName )
            	    // InternalPtl.g:1318:6: ruleQualifiedName
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getClaimSetRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_4_1_0());
            	    					
            	    pushFollow(FOLLOW_30);
            	    ruleQualifiedName();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop25;
                }
            } while (true);

            // InternalPtl.g:1333:3: ( (lv_description_6_0= RULE_STRING ) )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==RULE_STRING) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalPtl.g:1334:4: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalPtl.g:1334:4: (lv_description_6_0= RULE_STRING )
                    // InternalPtl.g:1335:5: lv_description_6_0= RULE_STRING
                    {
                    lv_description_6_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_6_0, grammarAccess.getClaimSetAccess().getDescriptionSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getClaimSetRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_6_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,17,FOLLOW_44); 

            			newLeafNode(otherlv_7, grammarAccess.getClaimSetAccess().getLeftCurlyBracketKeyword_6());
            		
            // InternalPtl.g:1355:3: ( (lv_claims_8_0= ruleClaim ) )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( (LA27_0==42) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalPtl.g:1356:4: (lv_claims_8_0= ruleClaim )
            	    {
            	    // InternalPtl.g:1356:4: (lv_claims_8_0= ruleClaim )
            	    // InternalPtl.g:1357:5: lv_claims_8_0= ruleClaim
            	    {

            	    					newCompositeNode(grammarAccess.getClaimSetAccess().getClaimsClaimParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_44);
            	    lv_claims_8_0=ruleClaim();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getClaimSetRule());
            	    					}
            	    					add(
            	    						current,
            	    						"claims",
            	    						lv_claims_8_0,
            	    						"org.ptl.lang.Ptl.Claim");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

            otherlv_9=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_9, grammarAccess.getClaimSetAccess().getRightCurlyBracketKeyword_8());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleClaimSet"


    // $ANTLR start "entryRuleClaim"
    // InternalPtl.g:1382:1: entryRuleClaim returns [EObject current=null] : iv_ruleClaim= ruleClaim EOF ;
    public final EObject entryRuleClaim() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleClaim = null;


        try {
            // InternalPtl.g:1382:46: (iv_ruleClaim= ruleClaim EOF )
            // InternalPtl.g:1383:2: iv_ruleClaim= ruleClaim EOF
            {
             newCompositeNode(grammarAccess.getClaimRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleClaim=ruleClaim();

            state._fsp--;

             current =iv_ruleClaim; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleClaim"


    // $ANTLR start "ruleClaim"
    // InternalPtl.g:1389:1: ruleClaim returns [EObject current=null] : (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? ) ;
    public final EObject ruleClaim() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_description_8_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_bits_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1395:2: ( (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1396:2: (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1396:2: (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? )
            // InternalPtl.g:1397:3: otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,42,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getClaimAccess().getClaimKeyword_0());
            		
            // InternalPtl.g:1401:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1402:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1402:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1403:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getClaimAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_32);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getClaimRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1420:3: ( (lv_bits_2_0= ruleBitRange ) )
            // InternalPtl.g:1421:4: (lv_bits_2_0= ruleBitRange )
            {
            // InternalPtl.g:1421:4: (lv_bits_2_0= ruleBitRange )
            // InternalPtl.g:1422:5: lv_bits_2_0= ruleBitRange
            {

            					newCompositeNode(grammarAccess.getClaimAccess().getBitsBitRangeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_45);
            lv_bits_2_0=ruleBitRange();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getClaimRule());
            					}
            					set(
            						current,
            						"bits",
            						lv_bits_2_0,
            						"org.ptl.lang.Ptl.BitRange");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1439:3: (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==43) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalPtl.g:1440:4: otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )*
                    {
                    otherlv_3=(Token)match(input,43,FOLLOW_46); 

                    				newLeafNode(otherlv_3, grammarAccess.getClaimAccess().getSharedKeyword_3_0());
                    			
                    otherlv_4=(Token)match(input,44,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getClaimAccess().getWithKeyword_3_1());
                    			
                    // InternalPtl.g:1448:4: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:1449:5: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:1449:5: ( ruleQualifiedName )
                    // InternalPtl.g:1450:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getClaimRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_2_0());
                    					
                    pushFollow(FOLLOW_38);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:1464:4: (otherlv_6= ',' ( ( ruleQualifiedName ) ) )*
                    loop28:
                    do {
                        int alt28=2;
                        int LA28_0 = input.LA(1);

                        if ( (LA28_0==30) ) {
                            alt28=1;
                        }


                        switch (alt28) {
                    	case 1 :
                    	    // InternalPtl.g:1465:5: otherlv_6= ',' ( ( ruleQualifiedName ) )
                    	    {
                    	    otherlv_6=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_6, grammarAccess.getClaimAccess().getCommaKeyword_3_3_0());
                    	    				
                    	    // InternalPtl.g:1469:5: ( ( ruleQualifiedName ) )
                    	    // InternalPtl.g:1470:6: ( ruleQualifiedName )
                    	    {
                    	    // InternalPtl.g:1470:6: ( ruleQualifiedName )
                    	    // InternalPtl.g:1471:7: ruleQualifiedName
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getClaimRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_38);
                    	    ruleQualifiedName();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop28;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:1487:3: ( (lv_description_8_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalPtl.g:1488:4: (lv_description_8_0= RULE_STRING )
                    {
                    // InternalPtl.g:1488:4: (lv_description_8_0= RULE_STRING )
                    // InternalPtl.g:1489:5: lv_description_8_0= RULE_STRING
                    {
                    lv_description_8_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_8_0, grammarAccess.getClaimAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getClaimRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_8_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleClaim"


    // $ANTLR start "entryRuleOwnershipModel"
    // InternalPtl.g:1509:1: entryRuleOwnershipModel returns [EObject current=null] : iv_ruleOwnershipModel= ruleOwnershipModel EOF ;
    public final EObject entryRuleOwnershipModel() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOwnershipModel = null;


        try {
            // InternalPtl.g:1509:55: (iv_ruleOwnershipModel= ruleOwnershipModel EOF )
            // InternalPtl.g:1510:2: iv_ruleOwnershipModel= ruleOwnershipModel EOF
            {
             newCompositeNode(grammarAccess.getOwnershipModelRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOwnershipModel=ruleOwnershipModel();

            state._fsp--;

             current =iv_ruleOwnershipModel; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOwnershipModel"


    // $ANTLR start "ruleOwnershipModel"
    // InternalPtl.g:1516:1: ruleOwnershipModel returns [EObject current=null] : (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_transitions_8_0= ruleTransition ) )* ( (lv_invariants_9_0= ruleInvariant ) )* otherlv_10= '}' ) ;
    public final EObject ruleOwnershipModel() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_10=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_states_4_0 = null;

        EObject lv_components_7_0 = null;

        EObject lv_transitions_8_0 = null;

        EObject lv_invariants_9_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1522:2: ( (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_transitions_8_0= ruleTransition ) )* ( (lv_invariants_9_0= ruleInvariant ) )* otherlv_10= '}' ) )
            // InternalPtl.g:1523:2: (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_transitions_8_0= ruleTransition ) )* ( (lv_invariants_9_0= ruleInvariant ) )* otherlv_10= '}' )
            {
            // InternalPtl.g:1523:2: (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_transitions_8_0= ruleTransition ) )* ( (lv_invariants_9_0= ruleInvariant ) )* otherlv_10= '}' )
            // InternalPtl.g:1524:3: otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_transitions_8_0= ruleTransition ) )* ( (lv_invariants_9_0= ruleInvariant ) )* otherlv_10= '}'
            {
            otherlv_0=(Token)match(input,45,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getOwnershipModelAccess().getOwnershipKeyword_0());
            		
            // InternalPtl.g:1528:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1529:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1529:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1530:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getOwnershipModelAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1547:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==RULE_STRING) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalPtl.g:1548:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:1548:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:1549:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getOwnershipModelAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOwnershipModelRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,17,FOLLOW_47); 

            			newLeafNode(otherlv_3, grammarAccess.getOwnershipModelAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPtl.g:1569:3: ( (lv_states_4_0= ruleState ) )*
            loop32:
            do {
                int alt32=2;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==47) ) {
                    alt32=1;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalPtl.g:1570:4: (lv_states_4_0= ruleState )
            	    {
            	    // InternalPtl.g:1570:4: (lv_states_4_0= ruleState )
            	    // InternalPtl.g:1571:5: lv_states_4_0= ruleState
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getStatesStateParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_47);
            	    lv_states_4_0=ruleState();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"states",
            	    						lv_states_4_0,
            	    						"org.ptl.lang.Ptl.State");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

            // InternalPtl.g:1588:3: (otherlv_5= 'initially' ( ( ruleValidID ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==46) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalPtl.g:1589:4: otherlv_5= 'initially' ( ( ruleValidID ) )
                    {
                    otherlv_5=(Token)match(input,46,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getOwnershipModelAccess().getInitiallyKeyword_5_0());
                    			
                    // InternalPtl.g:1593:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1594:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1594:5: ( ruleValidID )
                    // InternalPtl.g:1595:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOwnershipModelRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOwnershipModelAccess().getInitialStateStateCrossReference_5_1_0());
                    					
                    pushFollow(FOLLOW_48);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1610:3: ( (lv_components_7_0= ruleComponent ) )*
            loop34:
            do {
                int alt34=2;
                int LA34_0 = input.LA(1);

                if ( (LA34_0==48) ) {
                    alt34=1;
                }


                switch (alt34) {
            	case 1 :
            	    // InternalPtl.g:1611:4: (lv_components_7_0= ruleComponent )
            	    {
            	    // InternalPtl.g:1611:4: (lv_components_7_0= ruleComponent )
            	    // InternalPtl.g:1612:5: lv_components_7_0= ruleComponent
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getComponentsComponentParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_48);
            	    lv_components_7_0=ruleComponent();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"components",
            	    						lv_components_7_0,
            	    						"org.ptl.lang.Ptl.Component");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop34;
                }
            } while (true);

            // InternalPtl.g:1629:3: ( (lv_transitions_8_0= ruleTransition ) )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( (LA35_0==50) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalPtl.g:1630:4: (lv_transitions_8_0= ruleTransition )
            	    {
            	    // InternalPtl.g:1630:4: (lv_transitions_8_0= ruleTransition )
            	    // InternalPtl.g:1631:5: lv_transitions_8_0= ruleTransition
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getTransitionsTransitionParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_49);
            	    lv_transitions_8_0=ruleTransition();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"transitions",
            	    						lv_transitions_8_0,
            	    						"org.ptl.lang.Ptl.Transition");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);

            // InternalPtl.g:1648:3: ( (lv_invariants_9_0= ruleInvariant ) )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==54) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalPtl.g:1649:4: (lv_invariants_9_0= ruleInvariant )
            	    {
            	    // InternalPtl.g:1649:4: (lv_invariants_9_0= ruleInvariant )
            	    // InternalPtl.g:1650:5: lv_invariants_9_0= ruleInvariant
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getInvariantsInvariantParserRuleCall_8_0());
            	    				
            	    pushFollow(FOLLOW_50);
            	    lv_invariants_9_0=ruleInvariant();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"invariants",
            	    						lv_invariants_9_0,
            	    						"org.ptl.lang.Ptl.Invariant");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

            otherlv_10=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_10, grammarAccess.getOwnershipModelAccess().getRightCurlyBracketKeyword_9());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOwnershipModel"


    // $ANTLR start "entryRuleState"
    // InternalPtl.g:1675:1: entryRuleState returns [EObject current=null] : iv_ruleState= ruleState EOF ;
    public final EObject entryRuleState() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleState = null;


        try {
            // InternalPtl.g:1675:46: (iv_ruleState= ruleState EOF )
            // InternalPtl.g:1676:2: iv_ruleState= ruleState EOF
            {
             newCompositeNode(grammarAccess.getStateRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleState=ruleState();

            state._fsp--;

             current =iv_ruleState; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleState"


    // $ANTLR start "ruleState"
    // InternalPtl.g:1682:1: ruleState returns [EObject current=null] : (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? ) ;
    public final EObject ruleState() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1688:2: ( (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1689:2: (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1689:2: (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            // InternalPtl.g:1690:3: otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,47,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getStateAccess().getStateKeyword_0());
            		
            // InternalPtl.g:1694:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1695:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1695:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1696:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getStateAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_40);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getStateRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1713:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==RULE_STRING) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalPtl.g:1714:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:1714:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:1715:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getStateAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getStateRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleState"


    // $ANTLR start "entryRuleComponent"
    // InternalPtl.g:1735:1: entryRuleComponent returns [EObject current=null] : iv_ruleComponent= ruleComponent EOF ;
    public final EObject entryRuleComponent() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComponent = null;


        try {
            // InternalPtl.g:1735:50: (iv_ruleComponent= ruleComponent EOF )
            // InternalPtl.g:1736:2: iv_ruleComponent= ruleComponent EOF
            {
             newCompositeNode(grammarAccess.getComponentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComponent=ruleComponent();

            state._fsp--;

             current =iv_ruleComponent; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleComponent"


    // $ANTLR start "ruleComponent"
    // InternalPtl.g:1742:1: ruleComponent returns [EObject current=null] : (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? ) ;
    public final EObject ruleComponent() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_family_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_description_7_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1748:2: ( (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1749:2: (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1749:2: (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? )
            // InternalPtl.g:1750:3: otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,48,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getComponentAccess().getComponentKeyword_0());
            		
            // InternalPtl.g:1754:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1755:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1755:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1756:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getComponentAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getComponentRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1773:3: ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==37) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalPtl.g:1774:4: ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']'
                    {
                    // InternalPtl.g:1774:4: ( (lv_family_2_0= '[' ) )
                    // InternalPtl.g:1775:5: (lv_family_2_0= '[' )
                    {
                    // InternalPtl.g:1775:5: (lv_family_2_0= '[' )
                    // InternalPtl.g:1776:6: lv_family_2_0= '['
                    {
                    lv_family_2_0=(Token)match(input,37,FOLLOW_52); 

                    						newLeafNode(lv_family_2_0, grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentRule());
                    						}
                    						setWithLastConsumed(current, "family", lv_family_2_0 != null, "[");
                    					

                    }


                    }

                    otherlv_3=(Token)match(input,49,FOLLOW_42); 

                    				newLeafNode(otherlv_3, grammarAccess.getComponentAccess().getAsteriskKeyword_2_1());
                    			
                    otherlv_4=(Token)match(input,39,FOLLOW_53); 

                    				newLeafNode(otherlv_4, grammarAccess.getComponentAccess().getRightSquareBracketKeyword_2_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:1797:3: (otherlv_5= 'initially' ( ( ruleValidID ) ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==46) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalPtl.g:1798:4: otherlv_5= 'initially' ( ( ruleValidID ) )
                    {
                    otherlv_5=(Token)match(input,46,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getComponentAccess().getInitiallyKeyword_3_0());
                    			
                    // InternalPtl.g:1802:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1803:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1803:5: ( ruleValidID )
                    // InternalPtl.g:1804:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getComponentAccess().getInitialStateStateCrossReference_3_1_0());
                    					
                    pushFollow(FOLLOW_40);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1819:3: ( (lv_description_7_0= RULE_STRING ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_STRING) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalPtl.g:1820:4: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalPtl.g:1820:4: (lv_description_7_0= RULE_STRING )
                    // InternalPtl.g:1821:5: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_7_0, grammarAccess.getComponentAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getComponentRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_7_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleComponent"


    // $ANTLR start "entryRuleTransition"
    // InternalPtl.g:1841:1: entryRuleTransition returns [EObject current=null] : iv_ruleTransition= ruleTransition EOF ;
    public final EObject entryRuleTransition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransition = null;


        try {
            // InternalPtl.g:1841:51: (iv_ruleTransition= ruleTransition EOF )
            // InternalPtl.g:1842:2: iv_ruleTransition= ruleTransition EOF
            {
             newCompositeNode(grammarAccess.getTransitionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTransition=ruleTransition();

            state._fsp--;

             current =iv_ruleTransition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTransition"


    // $ANTLR start "ruleTransition"
    // InternalPtl.g:1848:1: ruleTransition returns [EObject current=null] : (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? otherlv_8= '}' ) ;
    public final EObject ruleTransition() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_initiator_5_0 = null;

        EObject lv_completer_7_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1854:2: ( (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? otherlv_8= '}' ) )
            // InternalPtl.g:1855:2: (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? otherlv_8= '}' )
            {
            // InternalPtl.g:1855:2: (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? otherlv_8= '}' )
            // InternalPtl.g:1856:3: otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? otherlv_8= '}'
            {
            otherlv_0=(Token)match(input,50,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getTransitionAccess().getTransitionKeyword_0());
            		
            // InternalPtl.g:1860:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1861:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1861:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1862:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getTransitionAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTransitionRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1879:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalPtl.g:1880:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:1880:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:1881:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getTransitionAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTransitionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,17,FOLLOW_54); 

            			newLeafNode(otherlv_3, grammarAccess.getTransitionAccess().getLeftCurlyBracketKeyword_3());
            		
            otherlv_4=(Token)match(input,51,FOLLOW_7); 

            			newLeafNode(otherlv_4, grammarAccess.getTransitionAccess().getInitiatorKeyword_4());
            		
            // InternalPtl.g:1905:3: ( (lv_initiator_5_0= ruleTransitionSide ) )
            // InternalPtl.g:1906:4: (lv_initiator_5_0= ruleTransitionSide )
            {
            // InternalPtl.g:1906:4: (lv_initiator_5_0= ruleTransitionSide )
            // InternalPtl.g:1907:5: lv_initiator_5_0= ruleTransitionSide
            {

            					newCompositeNode(grammarAccess.getTransitionAccess().getInitiatorTransitionSideParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_55);
            lv_initiator_5_0=ruleTransitionSide();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTransitionRule());
            					}
            					set(
            						current,
            						"initiator",
            						lv_initiator_5_0,
            						"org.ptl.lang.Ptl.TransitionSide");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1924:3: (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==52) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalPtl.g:1925:4: otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) )
                    {
                    otherlv_6=(Token)match(input,52,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getTransitionAccess().getCompleterKeyword_6_0());
                    			
                    // InternalPtl.g:1929:4: ( (lv_completer_7_0= ruleTransitionSide ) )
                    // InternalPtl.g:1930:5: (lv_completer_7_0= ruleTransitionSide )
                    {
                    // InternalPtl.g:1930:5: (lv_completer_7_0= ruleTransitionSide )
                    // InternalPtl.g:1931:6: lv_completer_7_0= ruleTransitionSide
                    {

                    						newCompositeNode(grammarAccess.getTransitionAccess().getCompleterTransitionSideParserRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_56);
                    lv_completer_7_0=ruleTransitionSide();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTransitionRule());
                    						}
                    						set(
                    							current,
                    							"completer",
                    							lv_completer_7_0,
                    							"org.ptl.lang.Ptl.TransitionSide");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_8=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_8, grammarAccess.getTransitionAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTransition"


    // $ANTLR start "entryRuleTransitionSide"
    // InternalPtl.g:1957:1: entryRuleTransitionSide returns [EObject current=null] : iv_ruleTransitionSide= ruleTransitionSide EOF ;
    public final EObject entryRuleTransitionSide() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransitionSide = null;


        try {
            // InternalPtl.g:1957:55: (iv_ruleTransitionSide= ruleTransitionSide EOF )
            // InternalPtl.g:1958:2: iv_ruleTransitionSide= ruleTransitionSide EOF
            {
             newCompositeNode(grammarAccess.getTransitionSideRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTransitionSide=ruleTransitionSide();

            state._fsp--;

             current =iv_ruleTransitionSide; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTransitionSide"


    // $ANTLR start "ruleTransitionSide"
    // InternalPtl.g:1964:1: ruleTransitionSide returns [EObject current=null] : ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) ) ;
    public final EObject ruleTransitionSide() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;


        	enterRule();

        try {
            // InternalPtl.g:1970:2: ( ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) ) )
            // InternalPtl.g:1971:2: ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:1971:2: ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) )
            // InternalPtl.g:1972:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) )
            {
            // InternalPtl.g:1972:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )?
            int alt44=2;
            alt44 = dfa44.predict(input);
            switch (alt44) {
                case 1 :
                    // InternalPtl.g:1973:4: ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':'
                    {
                    // InternalPtl.g:1973:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1974:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1974:5: ( ruleValidID )
                    // InternalPtl.g:1975:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTransitionSideRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_0_0());
                    					
                    pushFollow(FOLLOW_57);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:1989:4: (otherlv_1= ',' ( ( ruleValidID ) ) )*
                    loop43:
                    do {
                        int alt43=2;
                        int LA43_0 = input.LA(1);

                        if ( (LA43_0==30) ) {
                            alt43=1;
                        }


                        switch (alt43) {
                    	case 1 :
                    	    // InternalPtl.g:1990:5: otherlv_1= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_1=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_1, grammarAccess.getTransitionSideAccess().getCommaKeyword_0_1_0());
                    	    				
                    	    // InternalPtl.g:1994:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:1995:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:1995:6: ( ruleValidID )
                    	    // InternalPtl.g:1996:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getTransitionSideRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_57);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop43;
                        }
                    } while (true);

                    otherlv_3=(Token)match(input,38,FOLLOW_7); 

                    				newLeafNode(otherlv_3, grammarAccess.getTransitionSideAccess().getColonKeyword_0_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:2016:3: ( ( ruleValidID ) )
            // InternalPtl.g:2017:4: ( ruleValidID )
            {
            // InternalPtl.g:2017:4: ( ruleValidID )
            // InternalPtl.g:2018:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionSideRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTransitionSideAccess().getFromStateCrossReference_1_0());
            				
            pushFollow(FOLLOW_58);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,53,FOLLOW_7); 

            			newLeafNode(otherlv_5, grammarAccess.getTransitionSideAccess().getHyphenMinusGreaterThanSignKeyword_2());
            		
            // InternalPtl.g:2036:3: ( ( ruleValidID ) )
            // InternalPtl.g:2037:4: ( ruleValidID )
            {
            // InternalPtl.g:2037:4: ( ruleValidID )
            // InternalPtl.g:2038:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionSideRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTransitionSideAccess().getToStateCrossReference_3_0());
            				
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTransitionSide"


    // $ANTLR start "entryRuleInvariant"
    // InternalPtl.g:2056:1: entryRuleInvariant returns [EObject current=null] : iv_ruleInvariant= ruleInvariant EOF ;
    public final EObject entryRuleInvariant() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInvariant = null;


        try {
            // InternalPtl.g:2056:50: (iv_ruleInvariant= ruleInvariant EOF )
            // InternalPtl.g:2057:2: iv_ruleInvariant= ruleInvariant EOF
            {
             newCompositeNode(grammarAccess.getInvariantRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleInvariant=ruleInvariant();

            state._fsp--;

             current =iv_ruleInvariant; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleInvariant"


    // $ANTLR start "ruleInvariant"
    // InternalPtl.g:2063:1: ruleInvariant returns [EObject current=null] : (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) ) ;
    public final EObject ruleInvariant() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_predicate_4_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2069:2: ( (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) ) )
            // InternalPtl.g:2070:2: (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) )
            {
            // InternalPtl.g:2070:2: (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) )
            // InternalPtl.g:2071:3: otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) )
            {
            otherlv_0=(Token)match(input,54,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getInvariantAccess().getInvariantKeyword_0());
            		
            // InternalPtl.g:2075:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:2076:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:2076:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:2077:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getInvariantAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getInvariantRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2094:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalPtl.g:2095:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:2095:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:2096:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_60); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getInvariantAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInvariantRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,38,FOLLOW_61); 

            			newLeafNode(otherlv_3, grammarAccess.getInvariantAccess().getColonKeyword_3());
            		
            // InternalPtl.g:2116:3: ( (lv_predicate_4_0= ruleImplication ) )
            // InternalPtl.g:2117:4: (lv_predicate_4_0= ruleImplication )
            {
            // InternalPtl.g:2117:4: (lv_predicate_4_0= ruleImplication )
            // InternalPtl.g:2118:5: lv_predicate_4_0= ruleImplication
            {

            					newCompositeNode(grammarAccess.getInvariantAccess().getPredicateImplicationParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_predicate_4_0=ruleImplication();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getInvariantRule());
            					}
            					set(
            						current,
            						"predicate",
            						lv_predicate_4_0,
            						"org.ptl.lang.Ptl.Implication");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInvariant"


    // $ANTLR start "entryRuleImplication"
    // InternalPtl.g:2139:1: entryRuleImplication returns [EObject current=null] : iv_ruleImplication= ruleImplication EOF ;
    public final EObject entryRuleImplication() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplication = null;


        try {
            // InternalPtl.g:2139:52: (iv_ruleImplication= ruleImplication EOF )
            // InternalPtl.g:2140:2: iv_ruleImplication= ruleImplication EOF
            {
             newCompositeNode(grammarAccess.getImplicationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImplication=ruleImplication();

            state._fsp--;

             current =iv_ruleImplication; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImplication"


    // $ANTLR start "ruleImplication"
    // InternalPtl.g:2146:1: ruleImplication returns [EObject current=null] : (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? ) ;
    public final EObject ruleImplication() throws RecognitionException {
        EObject current = null;

        EObject this_Disjunction_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2152:2: ( (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? ) )
            // InternalPtl.g:2153:2: (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? )
            {
            // InternalPtl.g:2153:2: (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? )
            // InternalPtl.g:2154:3: this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )?
            {

            			newCompositeNode(grammarAccess.getImplicationAccess().getDisjunctionParserRuleCall_0());
            		
            pushFollow(FOLLOW_62);
            this_Disjunction_0=ruleDisjunction();

            state._fsp--;


            			current = this_Disjunction_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2162:3: ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==82) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalPtl.g:2163:4: () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) )
                    {
                    // InternalPtl.g:2163:4: ()
                    // InternalPtl.g:2164:5: 
                    {

                    					current = forceCreateModelElementAndSet(
                    						grammarAccess.getImplicationAccess().getBinaryPredicateLeftAction_1_0(),
                    						current);
                    				

                    }

                    // InternalPtl.g:2170:4: ( (lv_operator_2_0= ruleImpliesOperator ) )
                    // InternalPtl.g:2171:5: (lv_operator_2_0= ruleImpliesOperator )
                    {
                    // InternalPtl.g:2171:5: (lv_operator_2_0= ruleImpliesOperator )
                    // InternalPtl.g:2172:6: lv_operator_2_0= ruleImpliesOperator
                    {

                    						newCompositeNode(grammarAccess.getImplicationAccess().getOperatorImpliesOperatorEnumRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_61);
                    lv_operator_2_0=ruleImpliesOperator();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getImplicationRule());
                    						}
                    						set(
                    							current,
                    							"operator",
                    							lv_operator_2_0,
                    							"org.ptl.lang.Ptl.ImpliesOperator");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:2189:4: ( (lv_right_3_0= ruleImplication ) )
                    // InternalPtl.g:2190:5: (lv_right_3_0= ruleImplication )
                    {
                    // InternalPtl.g:2190:5: (lv_right_3_0= ruleImplication )
                    // InternalPtl.g:2191:6: lv_right_3_0= ruleImplication
                    {

                    						newCompositeNode(grammarAccess.getImplicationAccess().getRightImplicationParserRuleCall_1_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_right_3_0=ruleImplication();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getImplicationRule());
                    						}
                    						set(
                    							current,
                    							"right",
                    							lv_right_3_0,
                    							"org.ptl.lang.Ptl.Implication");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImplication"


    // $ANTLR start "entryRuleDisjunction"
    // InternalPtl.g:2213:1: entryRuleDisjunction returns [EObject current=null] : iv_ruleDisjunction= ruleDisjunction EOF ;
    public final EObject entryRuleDisjunction() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDisjunction = null;


        try {
            // InternalPtl.g:2213:52: (iv_ruleDisjunction= ruleDisjunction EOF )
            // InternalPtl.g:2214:2: iv_ruleDisjunction= ruleDisjunction EOF
            {
             newCompositeNode(grammarAccess.getDisjunctionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDisjunction=ruleDisjunction();

            state._fsp--;

             current =iv_ruleDisjunction; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDisjunction"


    // $ANTLR start "ruleDisjunction"
    // InternalPtl.g:2220:1: ruleDisjunction returns [EObject current=null] : (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* ) ;
    public final EObject ruleDisjunction() throws RecognitionException {
        EObject current = null;

        EObject this_Conjunction_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2226:2: ( (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* ) )
            // InternalPtl.g:2227:2: (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* )
            {
            // InternalPtl.g:2227:2: (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* )
            // InternalPtl.g:2228:3: this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )*
            {

            			newCompositeNode(grammarAccess.getDisjunctionAccess().getConjunctionParserRuleCall_0());
            		
            pushFollow(FOLLOW_63);
            this_Conjunction_0=ruleConjunction();

            state._fsp--;


            			current = this_Conjunction_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2236:3: ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==83) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalPtl.g:2237:4: () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) )
            	    {
            	    // InternalPtl.g:2237:4: ()
            	    // InternalPtl.g:2238:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getDisjunctionAccess().getBinaryPredicateLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalPtl.g:2244:4: ( (lv_operator_2_0= ruleOrOperator ) )
            	    // InternalPtl.g:2245:5: (lv_operator_2_0= ruleOrOperator )
            	    {
            	    // InternalPtl.g:2245:5: (lv_operator_2_0= ruleOrOperator )
            	    // InternalPtl.g:2246:6: lv_operator_2_0= ruleOrOperator
            	    {

            	    						newCompositeNode(grammarAccess.getDisjunctionAccess().getOperatorOrOperatorEnumRuleCall_1_1_0());
            	    					
            	    pushFollow(FOLLOW_61);
            	    lv_operator_2_0=ruleOrOperator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getDisjunctionRule());
            	    						}
            	    						set(
            	    							current,
            	    							"operator",
            	    							lv_operator_2_0,
            	    							"org.ptl.lang.Ptl.OrOperator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }

            	    // InternalPtl.g:2263:4: ( (lv_right_3_0= ruleConjunction ) )
            	    // InternalPtl.g:2264:5: (lv_right_3_0= ruleConjunction )
            	    {
            	    // InternalPtl.g:2264:5: (lv_right_3_0= ruleConjunction )
            	    // InternalPtl.g:2265:6: lv_right_3_0= ruleConjunction
            	    {

            	    						newCompositeNode(grammarAccess.getDisjunctionAccess().getRightConjunctionParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_63);
            	    lv_right_3_0=ruleConjunction();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getDisjunctionRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"org.ptl.lang.Ptl.Conjunction");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDisjunction"


    // $ANTLR start "entryRuleConjunction"
    // InternalPtl.g:2287:1: entryRuleConjunction returns [EObject current=null] : iv_ruleConjunction= ruleConjunction EOF ;
    public final EObject entryRuleConjunction() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConjunction = null;


        try {
            // InternalPtl.g:2287:52: (iv_ruleConjunction= ruleConjunction EOF )
            // InternalPtl.g:2288:2: iv_ruleConjunction= ruleConjunction EOF
            {
             newCompositeNode(grammarAccess.getConjunctionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleConjunction=ruleConjunction();

            state._fsp--;

             current =iv_ruleConjunction; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleConjunction"


    // $ANTLR start "ruleConjunction"
    // InternalPtl.g:2294:1: ruleConjunction returns [EObject current=null] : (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* ) ;
    public final EObject ruleConjunction() throws RecognitionException {
        EObject current = null;

        EObject this_Negation_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2300:2: ( (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* ) )
            // InternalPtl.g:2301:2: (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* )
            {
            // InternalPtl.g:2301:2: (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* )
            // InternalPtl.g:2302:3: this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )*
            {

            			newCompositeNode(grammarAccess.getConjunctionAccess().getNegationParserRuleCall_0());
            		
            pushFollow(FOLLOW_64);
            this_Negation_0=ruleNegation();

            state._fsp--;


            			current = this_Negation_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2310:3: ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )*
            loop48:
            do {
                int alt48=2;
                int LA48_0 = input.LA(1);

                if ( (LA48_0==84) ) {
                    alt48=1;
                }


                switch (alt48) {
            	case 1 :
            	    // InternalPtl.g:2311:4: () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) )
            	    {
            	    // InternalPtl.g:2311:4: ()
            	    // InternalPtl.g:2312:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getConjunctionAccess().getBinaryPredicateLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalPtl.g:2318:4: ( (lv_operator_2_0= ruleAndOperator ) )
            	    // InternalPtl.g:2319:5: (lv_operator_2_0= ruleAndOperator )
            	    {
            	    // InternalPtl.g:2319:5: (lv_operator_2_0= ruleAndOperator )
            	    // InternalPtl.g:2320:6: lv_operator_2_0= ruleAndOperator
            	    {

            	    						newCompositeNode(grammarAccess.getConjunctionAccess().getOperatorAndOperatorEnumRuleCall_1_1_0());
            	    					
            	    pushFollow(FOLLOW_61);
            	    lv_operator_2_0=ruleAndOperator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getConjunctionRule());
            	    						}
            	    						set(
            	    							current,
            	    							"operator",
            	    							lv_operator_2_0,
            	    							"org.ptl.lang.Ptl.AndOperator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }

            	    // InternalPtl.g:2337:4: ( (lv_right_3_0= ruleNegation ) )
            	    // InternalPtl.g:2338:5: (lv_right_3_0= ruleNegation )
            	    {
            	    // InternalPtl.g:2338:5: (lv_right_3_0= ruleNegation )
            	    // InternalPtl.g:2339:6: lv_right_3_0= ruleNegation
            	    {

            	    						newCompositeNode(grammarAccess.getConjunctionAccess().getRightNegationParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_64);
            	    lv_right_3_0=ruleNegation();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getConjunctionRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"org.ptl.lang.Ptl.Negation");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop48;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleConjunction"


    // $ANTLR start "entryRuleNegation"
    // InternalPtl.g:2361:1: entryRuleNegation returns [EObject current=null] : iv_ruleNegation= ruleNegation EOF ;
    public final EObject entryRuleNegation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNegation = null;


        try {
            // InternalPtl.g:2361:49: (iv_ruleNegation= ruleNegation EOF )
            // InternalPtl.g:2362:2: iv_ruleNegation= ruleNegation EOF
            {
             newCompositeNode(grammarAccess.getNegationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNegation=ruleNegation();

            state._fsp--;

             current =iv_ruleNegation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNegation"


    // $ANTLR start "ruleNegation"
    // InternalPtl.g:2368:1: ruleNegation returns [EObject current=null] : ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary ) ;
    public final EObject ruleNegation() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_operand_2_0 = null;

        EObject this_Primary_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:2374:2: ( ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary ) )
            // InternalPtl.g:2375:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary )
            {
            // InternalPtl.g:2375:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary )
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==55) ) {
                alt49=1;
            }
            else if ( (LA49_0==29||LA49_0==56||LA49_0==58||(LA49_0>=86 && LA49_0<=88)) ) {
                alt49=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 49, 0, input);

                throw nvae;
            }
            switch (alt49) {
                case 1 :
                    // InternalPtl.g:2376:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) )
                    {
                    // InternalPtl.g:2376:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) )
                    // InternalPtl.g:2377:4: () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) )
                    {
                    // InternalPtl.g:2377:4: ()
                    // InternalPtl.g:2378:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getNegationAccess().getNotPredicateAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,55,FOLLOW_61); 

                    				newLeafNode(otherlv_1, grammarAccess.getNegationAccess().getNotKeyword_0_1());
                    			
                    // InternalPtl.g:2388:4: ( (lv_operand_2_0= ruleNegation ) )
                    // InternalPtl.g:2389:5: (lv_operand_2_0= ruleNegation )
                    {
                    // InternalPtl.g:2389:5: (lv_operand_2_0= ruleNegation )
                    // InternalPtl.g:2390:6: lv_operand_2_0= ruleNegation
                    {

                    						newCompositeNode(grammarAccess.getNegationAccess().getOperandNegationParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_operand_2_0=ruleNegation();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getNegationRule());
                    						}
                    						set(
                    							current,
                    							"operand",
                    							lv_operand_2_0,
                    							"org.ptl.lang.Ptl.Negation");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2409:3: this_Primary_3= rulePrimary
                    {

                    			newCompositeNode(grammarAccess.getNegationAccess().getPrimaryParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Primary_3=rulePrimary();

                    state._fsp--;


                    			current = this_Primary_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNegation"


    // $ANTLR start "entryRulePrimary"
    // InternalPtl.g:2421:1: entryRulePrimary returns [EObject current=null] : iv_rulePrimary= rulePrimary EOF ;
    public final EObject entryRulePrimary() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePrimary = null;


        try {
            // InternalPtl.g:2421:48: (iv_rulePrimary= rulePrimary EOF )
            // InternalPtl.g:2422:2: iv_rulePrimary= rulePrimary EOF
            {
             newCompositeNode(grammarAccess.getPrimaryRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePrimary=rulePrimary();

            state._fsp--;

             current =iv_rulePrimary; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePrimary"


    // $ANTLR start "rulePrimary"
    // InternalPtl.g:2428:1: rulePrimary returns [EObject current=null] : ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified ) ;
    public final EObject rulePrimary() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        EObject this_Implication_1 = null;

        EObject this_Quantified_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:2434:2: ( ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified ) )
            // InternalPtl.g:2435:2: ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified )
            {
            // InternalPtl.g:2435:2: ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified )
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==56) ) {
                alt50=1;
            }
            else if ( (LA50_0==29||LA50_0==58||(LA50_0>=86 && LA50_0<=88)) ) {
                alt50=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 50, 0, input);

                throw nvae;
            }
            switch (alt50) {
                case 1 :
                    // InternalPtl.g:2436:3: (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' )
                    {
                    // InternalPtl.g:2436:3: (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' )
                    // InternalPtl.g:2437:4: otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')'
                    {
                    otherlv_0=(Token)match(input,56,FOLLOW_61); 

                    				newLeafNode(otherlv_0, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_0_0());
                    			

                    				newCompositeNode(grammarAccess.getPrimaryAccess().getImplicationParserRuleCall_0_1());
                    			
                    pushFollow(FOLLOW_65);
                    this_Implication_1=ruleImplication();

                    state._fsp--;


                    				current = this_Implication_1;
                    				afterParserOrEnumRuleCall();
                    			
                    otherlv_2=(Token)match(input,57,FOLLOW_2); 

                    				newLeafNode(otherlv_2, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_0_2());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2455:3: this_Quantified_3= ruleQuantified
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getQuantifiedParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Quantified_3=ruleQuantified();

                    state._fsp--;


                    			current = this_Quantified_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePrimary"


    // $ANTLR start "entryRuleQuantified"
    // InternalPtl.g:2467:1: entryRuleQuantified returns [EObject current=null] : iv_ruleQuantified= ruleQuantified EOF ;
    public final EObject entryRuleQuantified() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleQuantified = null;


        try {
            // InternalPtl.g:2467:51: (iv_ruleQuantified= ruleQuantified EOF )
            // InternalPtl.g:2468:2: iv_ruleQuantified= ruleQuantified EOF
            {
             newCompositeNode(grammarAccess.getQuantifiedRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQuantified=ruleQuantified();

            state._fsp--;

             current =iv_ruleQuantified; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQuantified"


    // $ANTLR start "ruleQuantified"
    // InternalPtl.g:2474:1: ruleQuantified returns [EObject current=null] : ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' ) ;
    public final EObject ruleQuantified() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Enumerator lv_quantifier_1_0 = null;

        Enumerator lv_quantifier_4_0 = null;

        Enumerator lv_quantifier_5_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2480:2: ( ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' ) )
            // InternalPtl.g:2481:2: ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' )
            {
            // InternalPtl.g:2481:2: ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' )
            // InternalPtl.g:2482:3: ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}'
            {
            // InternalPtl.g:2482:3: ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) )
            int alt51=3;
            switch ( input.LA(1) ) {
            case 58:
                {
                alt51=1;
                }
                break;
            case 29:
                {
                alt51=2;
                }
                break;
            case 86:
            case 87:
            case 88:
                {
                alt51=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 51, 0, input);

                throw nvae;
            }

            switch (alt51) {
                case 1 :
                    // InternalPtl.g:2483:4: (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) )
                    {
                    // InternalPtl.g:2483:4: (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) )
                    // InternalPtl.g:2484:5: otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) )
                    {
                    otherlv_0=(Token)match(input,58,FOLLOW_66); 

                    					newLeafNode(otherlv_0, grammarAccess.getQuantifiedAccess().getExactlyKeyword_0_0_0());
                    				
                    // InternalPtl.g:2488:5: ( (lv_quantifier_1_0= ruleExactlyOne ) )
                    // InternalPtl.g:2489:6: (lv_quantifier_1_0= ruleExactlyOne )
                    {
                    // InternalPtl.g:2489:6: (lv_quantifier_1_0= ruleExactlyOne )
                    // InternalPtl.g:2490:7: lv_quantifier_1_0= ruleExactlyOne
                    {

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierExactlyOneEnumRuleCall_0_0_1_0());
                    						
                    pushFollow(FOLLOW_67);
                    lv_quantifier_1_0=ruleExactlyOne();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getQuantifiedRule());
                    							}
                    							set(
                    								current,
                    								"quantifier",
                    								lv_quantifier_1_0,
                    								"org.ptl.lang.Ptl.ExactlyOne");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2509:4: (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) )
                    {
                    // InternalPtl.g:2509:4: (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) )
                    // InternalPtl.g:2510:5: otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) )
                    {
                    otherlv_2=(Token)match(input,29,FOLLOW_68); 

                    					newLeafNode(otherlv_2, grammarAccess.getQuantifiedAccess().getAtKeyword_0_1_0());
                    				
                    otherlv_3=(Token)match(input,59,FOLLOW_66); 

                    					newLeafNode(otherlv_3, grammarAccess.getQuantifiedAccess().getMostKeyword_0_1_1());
                    				
                    // InternalPtl.g:2518:5: ( (lv_quantifier_4_0= ruleAtMostOne ) )
                    // InternalPtl.g:2519:6: (lv_quantifier_4_0= ruleAtMostOne )
                    {
                    // InternalPtl.g:2519:6: (lv_quantifier_4_0= ruleAtMostOne )
                    // InternalPtl.g:2520:7: lv_quantifier_4_0= ruleAtMostOne
                    {

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierAtMostOneEnumRuleCall_0_1_2_0());
                    						
                    pushFollow(FOLLOW_67);
                    lv_quantifier_4_0=ruleAtMostOne();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getQuantifiedRule());
                    							}
                    							set(
                    								current,
                    								"quantifier",
                    								lv_quantifier_4_0,
                    								"org.ptl.lang.Ptl.AtMostOne");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:2539:4: ( (lv_quantifier_5_0= ruleSimpleQuantifier ) )
                    {
                    // InternalPtl.g:2539:4: ( (lv_quantifier_5_0= ruleSimpleQuantifier ) )
                    // InternalPtl.g:2540:5: (lv_quantifier_5_0= ruleSimpleQuantifier )
                    {
                    // InternalPtl.g:2540:5: (lv_quantifier_5_0= ruleSimpleQuantifier )
                    // InternalPtl.g:2541:6: lv_quantifier_5_0= ruleSimpleQuantifier
                    {

                    						newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierSimpleQuantifierEnumRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_67);
                    lv_quantifier_5_0=ruleSimpleQuantifier();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getQuantifiedRule());
                    						}
                    						set(
                    							current,
                    							"quantifier",
                    							lv_quantifier_5_0,
                    							"org.ptl.lang.Ptl.SimpleQuantifier");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:2559:3: ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) )
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==48||LA54_0==60) ) {
                alt54=1;
            }
            else if ( (LA54_0==61) ) {
                alt54=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 54, 0, input);

                throw nvae;
            }
            switch (alt54) {
                case 1 :
                    // InternalPtl.g:2560:4: (otherlv_6= 'component' | otherlv_7= 'components' )
                    {
                    // InternalPtl.g:2560:4: (otherlv_6= 'component' | otherlv_7= 'components' )
                    int alt52=2;
                    int LA52_0 = input.LA(1);

                    if ( (LA52_0==48) ) {
                        alt52=1;
                    }
                    else if ( (LA52_0==60) ) {
                        alt52=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 52, 0, input);

                        throw nvae;
                    }
                    switch (alt52) {
                        case 1 :
                            // InternalPtl.g:2561:5: otherlv_6= 'component'
                            {
                            otherlv_6=(Token)match(input,48,FOLLOW_69); 

                            					newLeafNode(otherlv_6, grammarAccess.getQuantifiedAccess().getComponentKeyword_1_0_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalPtl.g:2566:5: otherlv_7= 'components'
                            {
                            otherlv_7=(Token)match(input,60,FOLLOW_69); 

                            					newLeafNode(otherlv_7, grammarAccess.getQuantifiedAccess().getComponentsKeyword_1_0_1());
                            				

                            }
                            break;

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2572:4: (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* )
                    {
                    // InternalPtl.g:2572:4: (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* )
                    // InternalPtl.g:2573:5: otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_8=(Token)match(input,61,FOLLOW_7); 

                    					newLeafNode(otherlv_8, grammarAccess.getQuantifiedAccess().getOfKeyword_1_1_0());
                    				
                    // InternalPtl.g:2577:5: ( ( ruleValidID ) )
                    // InternalPtl.g:2578:6: ( ruleValidID )
                    {
                    // InternalPtl.g:2578:6: ( ruleValidID )
                    // InternalPtl.g:2579:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getQuantifiedRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_1_0());
                    						
                    pushFollow(FOLLOW_70);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:2593:5: (otherlv_10= ',' ( ( ruleValidID ) ) )*
                    loop53:
                    do {
                        int alt53=2;
                        int LA53_0 = input.LA(1);

                        if ( (LA53_0==30) ) {
                            alt53=1;
                        }


                        switch (alt53) {
                    	case 1 :
                    	    // InternalPtl.g:2594:6: otherlv_10= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_10=(Token)match(input,30,FOLLOW_7); 

                    	    						newLeafNode(otherlv_10, grammarAccess.getQuantifiedAccess().getCommaKeyword_1_1_2_0());
                    	    					
                    	    // InternalPtl.g:2598:6: ( ( ruleValidID ) )
                    	    // InternalPtl.g:2599:7: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:2599:7: ( ruleValidID )
                    	    // InternalPtl.g:2600:8: ruleValidID
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getQuantifiedRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_2_1_0());
                    	    							
                    	    pushFollow(FOLLOW_70);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop53;
                        }
                    } while (true);


                    }


                    }
                    break;

            }

            otherlv_12=(Token)match(input,62,FOLLOW_9); 

            			newLeafNode(otherlv_12, grammarAccess.getQuantifiedAccess().getInKeyword_2());
            		
            otherlv_13=(Token)match(input,17,FOLLOW_7); 

            			newLeafNode(otherlv_13, grammarAccess.getQuantifiedAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPtl.g:2625:3: ( ( ruleValidID ) )
            // InternalPtl.g:2626:4: ( ruleValidID )
            {
            // InternalPtl.g:2626:4: ( ruleValidID )
            // InternalPtl.g:2627:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getQuantifiedRule());
            					}
            				

            					newCompositeNode(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_4_0());
            				
            pushFollow(FOLLOW_36);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2641:3: (otherlv_15= ',' ( ( ruleValidID ) ) )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( (LA55_0==30) ) {
                    alt55=1;
                }


                switch (alt55) {
            	case 1 :
            	    // InternalPtl.g:2642:4: otherlv_15= ',' ( ( ruleValidID ) )
            	    {
            	    otherlv_15=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_15, grammarAccess.getQuantifiedAccess().getCommaKeyword_5_0());
            	    			
            	    // InternalPtl.g:2646:4: ( ( ruleValidID ) )
            	    // InternalPtl.g:2647:5: ( ruleValidID )
            	    {
            	    // InternalPtl.g:2647:5: ( ruleValidID )
            	    // InternalPtl.g:2648:6: ruleValidID
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getQuantifiedRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_5_1_0());
            	    					
            	    pushFollow(FOLLOW_36);
            	    ruleValidID();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop55;
                }
            } while (true);

            otherlv_17=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_17, grammarAccess.getQuantifiedAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQuantified"


    // $ANTLR start "entryRuleEncoding"
    // InternalPtl.g:2671:1: entryRuleEncoding returns [EObject current=null] : iv_ruleEncoding= ruleEncoding EOF ;
    public final EObject entryRuleEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEncoding = null;


        try {
            // InternalPtl.g:2671:49: (iv_ruleEncoding= ruleEncoding EOF )
            // InternalPtl.g:2672:2: iv_ruleEncoding= ruleEncoding EOF
            {
             newCompositeNode(grammarAccess.getEncodingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEncoding=ruleEncoding();

            state._fsp--;

             current =iv_ruleEncoding; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleEncoding"


    // $ANTLR start "ruleEncoding"
    // InternalPtl.g:2678:1: ruleEncoding returns [EObject current=null] : (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'in' ( ( ruleQualifiedName ) ) ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )* otherlv_10= '}' ) ;
    public final EObject ruleEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_description_6_0=null;
        Token otherlv_7=null;
        Token otherlv_10=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_entries_8_0 = null;

        EObject lv_reserved_9_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2684:2: ( (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'in' ( ( ruleQualifiedName ) ) ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )* otherlv_10= '}' ) )
            // InternalPtl.g:2685:2: (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'in' ( ( ruleQualifiedName ) ) ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )* otherlv_10= '}' )
            {
            // InternalPtl.g:2685:2: (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'in' ( ( ruleQualifiedName ) ) ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )* otherlv_10= '}' )
            // InternalPtl.g:2686:3: otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'in' ( ( ruleQualifiedName ) ) ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )* otherlv_10= '}'
            {
            otherlv_0=(Token)match(input,63,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getEncodingAccess().getEncodingKeyword_0());
            		
            // InternalPtl.g:2690:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:2691:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:2691:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:2692:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getEncodingAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_71);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEncodingRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,61,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getEncodingAccess().getOfKeyword_2());
            		
            // InternalPtl.g:2713:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:2714:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:2714:4: ( ruleQualifiedName )
            // InternalPtl.g:2715:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEncodingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getEncodingAccess().getModelOwnershipModelCrossReference_3_0());
            				
            pushFollow(FOLLOW_69);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,62,FOLLOW_7); 

            			newLeafNode(otherlv_4, grammarAccess.getEncodingAccess().getInKeyword_4());
            		
            // InternalPtl.g:2733:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:2734:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:2734:4: ( ruleQualifiedName )
            // InternalPtl.g:2735:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEncodingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getEncodingAccess().getClaimClaimCrossReference_5_0());
            				
            pushFollow(FOLLOW_8);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2749:3: ( (lv_description_6_0= RULE_STRING ) )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_STRING) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalPtl.g:2750:4: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalPtl.g:2750:4: (lv_description_6_0= RULE_STRING )
                    // InternalPtl.g:2751:5: lv_description_6_0= RULE_STRING
                    {
                    lv_description_6_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_6_0, grammarAccess.getEncodingAccess().getDescriptionSTRINGTerminalRuleCall_6_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEncodingRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_6_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,17,FOLLOW_31); 

            			newLeafNode(otherlv_7, grammarAccess.getEncodingAccess().getLeftCurlyBracketKeyword_7());
            		
            // InternalPtl.g:2771:3: ( ( (lv_entries_8_0= ruleStateEncoding ) ) | ( (lv_reserved_9_0= ruleReservedEncoding ) ) )*
            loop57:
            do {
                int alt57=3;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==RULE_ID||LA57_0==19||LA57_0==21||LA57_0==47||(LA57_0>=66 && LA57_0<=74)) ) {
                    alt57=1;
                }
                else if ( (LA57_0==65) ) {
                    int LA57_3 = input.LA(2);

                    if ( (LA57_3==36||LA57_3==55) ) {
                        alt57=1;
                    }
                    else if ( (LA57_3==RULE_INT||(LA57_3>=RULE_HEX && LA57_3<=RULE_BIN)) ) {
                        alt57=2;
                    }


                }


                switch (alt57) {
            	case 1 :
            	    // InternalPtl.g:2772:4: ( (lv_entries_8_0= ruleStateEncoding ) )
            	    {
            	    // InternalPtl.g:2772:4: ( (lv_entries_8_0= ruleStateEncoding ) )
            	    // InternalPtl.g:2773:5: (lv_entries_8_0= ruleStateEncoding )
            	    {
            	    // InternalPtl.g:2773:5: (lv_entries_8_0= ruleStateEncoding )
            	    // InternalPtl.g:2774:6: lv_entries_8_0= ruleStateEncoding
            	    {

            	    						newCompositeNode(grammarAccess.getEncodingAccess().getEntriesStateEncodingParserRuleCall_8_0_0());
            	    					
            	    pushFollow(FOLLOW_31);
            	    lv_entries_8_0=ruleStateEncoding();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getEncodingRule());
            	    						}
            	    						add(
            	    							current,
            	    							"entries",
            	    							lv_entries_8_0,
            	    							"org.ptl.lang.Ptl.StateEncoding");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalPtl.g:2792:4: ( (lv_reserved_9_0= ruleReservedEncoding ) )
            	    {
            	    // InternalPtl.g:2792:4: ( (lv_reserved_9_0= ruleReservedEncoding ) )
            	    // InternalPtl.g:2793:5: (lv_reserved_9_0= ruleReservedEncoding )
            	    {
            	    // InternalPtl.g:2793:5: (lv_reserved_9_0= ruleReservedEncoding )
            	    // InternalPtl.g:2794:6: lv_reserved_9_0= ruleReservedEncoding
            	    {

            	    						newCompositeNode(grammarAccess.getEncodingAccess().getReservedReservedEncodingParserRuleCall_8_1_0());
            	    					
            	    pushFollow(FOLLOW_31);
            	    lv_reserved_9_0=ruleReservedEncoding();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getEncodingRule());
            	    						}
            	    						add(
            	    							current,
            	    							"reserved",
            	    							lv_reserved_9_0,
            	    							"org.ptl.lang.Ptl.ReservedEncoding");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

            otherlv_10=(Token)match(input,31,FOLLOW_2); 

            			newLeafNode(otherlv_10, grammarAccess.getEncodingAccess().getRightCurlyBracketKeyword_9());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEncoding"


    // $ANTLR start "entryRuleStateEncoding"
    // InternalPtl.g:2820:1: entryRuleStateEncoding returns [EObject current=null] : iv_ruleStateEncoding= ruleStateEncoding EOF ;
    public final EObject entryRuleStateEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStateEncoding = null;


        try {
            // InternalPtl.g:2820:54: (iv_ruleStateEncoding= ruleStateEncoding EOF )
            // InternalPtl.g:2821:2: iv_ruleStateEncoding= ruleStateEncoding EOF
            {
             newCompositeNode(grammarAccess.getStateEncodingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStateEncoding=ruleStateEncoding();

            state._fsp--;

             current =iv_ruleStateEncoding; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStateEncoding"


    // $ANTLR start "ruleStateEncoding"
    // InternalPtl.g:2827:1: ruleStateEncoding returns [EObject current=null] : ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) ) ;
    public final EObject ruleStateEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_notEncoded_3_0=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2833:2: ( ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) ) )
            // InternalPtl.g:2834:2: ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) )
            {
            // InternalPtl.g:2834:2: ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) )
            // InternalPtl.g:2835:3: ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) )
            {
            // InternalPtl.g:2835:3: ( ( ruleValidID ) )
            // InternalPtl.g:2836:4: ( ruleValidID )
            {
            // InternalPtl.g:2836:4: ( ruleValidID )
            // InternalPtl.g:2837:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getStateEncodingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getStateEncodingAccess().getStateStateCrossReference_0_0());
            				
            pushFollow(FOLLOW_72);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2851:3: ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) )
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==36) ) {
                alt58=1;
            }
            else if ( (LA58_0==55) ) {
                alt58=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 58, 0, input);

                throw nvae;
            }
            switch (alt58) {
                case 1 :
                    // InternalPtl.g:2852:4: (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) )
                    {
                    // InternalPtl.g:2852:4: (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) )
                    // InternalPtl.g:2853:5: otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) )
                    {
                    otherlv_1=(Token)match(input,36,FOLLOW_34); 

                    					newLeafNode(otherlv_1, grammarAccess.getStateEncodingAccess().getEqualsSignKeyword_1_0_0());
                    				
                    // InternalPtl.g:2857:5: ( (lv_value_2_0= ruleNumber ) )
                    // InternalPtl.g:2858:6: (lv_value_2_0= ruleNumber )
                    {
                    // InternalPtl.g:2858:6: (lv_value_2_0= ruleNumber )
                    // InternalPtl.g:2859:7: lv_value_2_0= ruleNumber
                    {

                    							newCompositeNode(grammarAccess.getStateEncodingAccess().getValueNumberParserRuleCall_1_0_1_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_value_2_0=ruleNumber();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getStateEncodingRule());
                    							}
                    							set(
                    								current,
                    								"value",
                    								lv_value_2_0,
                    								"org.ptl.lang.Ptl.Number");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2878:4: ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' )
                    {
                    // InternalPtl.g:2878:4: ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' )
                    // InternalPtl.g:2879:5: ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded'
                    {
                    // InternalPtl.g:2879:5: ( (lv_notEncoded_3_0= 'not' ) )
                    // InternalPtl.g:2880:6: (lv_notEncoded_3_0= 'not' )
                    {
                    // InternalPtl.g:2880:6: (lv_notEncoded_3_0= 'not' )
                    // InternalPtl.g:2881:7: lv_notEncoded_3_0= 'not'
                    {
                    lv_notEncoded_3_0=(Token)match(input,55,FOLLOW_73); 

                    							newLeafNode(lv_notEncoded_3_0, grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getStateEncodingRule());
                    							}
                    							setWithLastConsumed(current, "notEncoded", lv_notEncoded_3_0 != null, "not");
                    						

                    }


                    }

                    otherlv_4=(Token)match(input,64,FOLLOW_2); 

                    					newLeafNode(otherlv_4, grammarAccess.getStateEncodingAccess().getEncodedKeyword_1_1_1());
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStateEncoding"


    // $ANTLR start "entryRuleReservedEncoding"
    // InternalPtl.g:2903:1: entryRuleReservedEncoding returns [EObject current=null] : iv_ruleReservedEncoding= ruleReservedEncoding EOF ;
    public final EObject entryRuleReservedEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleReservedEncoding = null;


        try {
            // InternalPtl.g:2903:57: (iv_ruleReservedEncoding= ruleReservedEncoding EOF )
            // InternalPtl.g:2904:2: iv_ruleReservedEncoding= ruleReservedEncoding EOF
            {
             newCompositeNode(grammarAccess.getReservedEncodingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleReservedEncoding=ruleReservedEncoding();

            state._fsp--;

             current =iv_ruleReservedEncoding; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleReservedEncoding"


    // $ANTLR start "ruleReservedEncoding"
    // InternalPtl.g:2910:1: ruleReservedEncoding returns [EObject current=null] : (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? ) ;
    public final EObject ruleReservedEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        AntlrDatatypeRuleToken lv_value_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2916:2: ( (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? ) )
            // InternalPtl.g:2917:2: (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:2917:2: (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            // InternalPtl.g:2918:3: otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,65,FOLLOW_34); 

            			newLeafNode(otherlv_0, grammarAccess.getReservedEncodingAccess().getReservedKeyword_0());
            		
            // InternalPtl.g:2922:3: ( (lv_value_1_0= ruleNumber ) )
            // InternalPtl.g:2923:4: (lv_value_1_0= ruleNumber )
            {
            // InternalPtl.g:2923:4: (lv_value_1_0= ruleNumber )
            // InternalPtl.g:2924:5: lv_value_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getReservedEncodingAccess().getValueNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_40);
            lv_value_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getReservedEncodingRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2941:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalPtl.g:2942:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:2942:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:2943:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getReservedEncodingAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getReservedEncodingRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleReservedEncoding"


    // $ANTLR start "entryRuleValidID"
    // InternalPtl.g:2963:1: entryRuleValidID returns [String current=null] : iv_ruleValidID= ruleValidID EOF ;
    public final String entryRuleValidID() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleValidID = null;


        try {
            // InternalPtl.g:2963:47: (iv_ruleValidID= ruleValidID EOF )
            // InternalPtl.g:2964:2: iv_ruleValidID= ruleValidID EOF
            {
             newCompositeNode(grammarAccess.getValidIDRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleValidID=ruleValidID();

            state._fsp--;

             current =iv_ruleValidID.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleValidID"


    // $ANTLR start "ruleValidID"
    // InternalPtl.g:2970:1: ruleValidID returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' ) ;
    public final AntlrDatatypeRuleToken ruleValidID() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;


        	enterRule();

        try {
            // InternalPtl.g:2976:2: ( (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' ) )
            // InternalPtl.g:2977:2: (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' )
            {
            // InternalPtl.g:2977:2: (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' )
            int alt60=14;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt60=1;
                }
                break;
            case 66:
                {
                alt60=2;
                }
                break;
            case 67:
                {
                alt60=3;
                }
                break;
            case 68:
                {
                alt60=4;
                }
                break;
            case 69:
                {
                alt60=5;
                }
                break;
            case 70:
                {
                alt60=6;
                }
                break;
            case 71:
                {
                alt60=7;
                }
                break;
            case 72:
                {
                alt60=8;
                }
                break;
            case 65:
                {
                alt60=9;
                }
                break;
            case 73:
                {
                alt60=10;
                }
                break;
            case 74:
                {
                alt60=11;
                }
                break;
            case 47:
                {
                alt60=12;
                }
                break;
            case 19:
                {
                alt60=13;
                }
                break;
            case 21:
                {
                alt60=14;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 60, 0, input);

                throw nvae;
            }

            switch (alt60) {
                case 1 :
                    // InternalPtl.g:2978:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getValidIDAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:2986:3: kw= 'table'
                    {
                    kw=(Token)match(input,66,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getTableKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:2992:3: kw= 'block'
                    {
                    kw=(Token)match(input,67,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getBlockKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:2998:3: kw= 'page'
                    {
                    kw=(Token)match(input,68,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPageKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalPtl.g:3004:3: kw= 'invalid'
                    {
                    kw=(Token)match(input,69,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getInvalidKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalPtl.g:3010:3: kw= 'value'
                    {
                    kw=(Token)match(input,70,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getValueKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalPtl.g:3016:3: kw= 'flag'
                    {
                    kw=(Token)match(input,71,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getFlagKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalPtl.g:3022:3: kw= 'software'
                    {
                    kw=(Token)match(input,72,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSoftwareKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalPtl.g:3028:3: kw= 'reserved'
                    {
                    kw=(Token)match(input,65,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getReservedKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalPtl.g:3034:3: kw= 'ignored'
                    {
                    kw=(Token)match(input,73,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getIgnoredKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalPtl.g:3040:3: kw= 'address'
                    {
                    kw=(Token)match(input,74,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getAddressKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalPtl.g:3046:3: kw= 'state'
                    {
                    kw=(Token)match(input,47,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getStateKeyword_11());
                    		

                    }
                    break;
                case 13 :
                    // InternalPtl.g:3052:3: kw= 'input'
                    {
                    kw=(Token)match(input,19,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getInputKeyword_12());
                    		

                    }
                    break;
                case 14 :
                    // InternalPtl.g:3058:3: kw= 'output'
                    {
                    kw=(Token)match(input,21,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getOutputKeyword_13());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleValidID"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalPtl.g:3067:1: entryRuleQualifiedName returns [String current=null] : iv_ruleQualifiedName= ruleQualifiedName EOF ;
    public final String entryRuleQualifiedName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedName = null;


        try {
            // InternalPtl.g:3067:53: (iv_ruleQualifiedName= ruleQualifiedName EOF )
            // InternalPtl.g:3068:2: iv_ruleQualifiedName= ruleQualifiedName EOF
            {
             newCompositeNode(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQualifiedName=ruleQualifiedName();

            state._fsp--;

             current =iv_ruleQualifiedName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalPtl.g:3074:1: ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_ValidID_0 = null;

        AntlrDatatypeRuleToken this_ValidID_2 = null;



        	enterRule();

        try {
            // InternalPtl.g:3080:2: ( (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* ) )
            // InternalPtl.g:3081:2: (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* )
            {
            // InternalPtl.g:3081:2: (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* )
            // InternalPtl.g:3082:3: this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )*
            {

            			newCompositeNode(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_0());
            		
            pushFollow(FOLLOW_74);
            this_ValidID_0=ruleValidID();

            state._fsp--;


            			current.merge(this_ValidID_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:3092:3: (kw= '.' this_ValidID_2= ruleValidID )*
            loop61:
            do {
                int alt61=2;
                int LA61_0 = input.LA(1);

                if ( (LA61_0==75) ) {
                    alt61=1;
                }


                switch (alt61) {
            	case 1 :
            	    // InternalPtl.g:3093:4: kw= '.' this_ValidID_2= ruleValidID
            	    {
            	    kw=(Token)match(input,75,FOLLOW_7); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
            	    			

            	    				newCompositeNode(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_74);
            	    this_ValidID_2=ruleValidID();

            	    state._fsp--;


            	    				current.merge(this_ValidID_2);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop61;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "entryRuleSignedInt"
    // InternalPtl.g:3113:1: entryRuleSignedInt returns [String current=null] : iv_ruleSignedInt= ruleSignedInt EOF ;
    public final String entryRuleSignedInt() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSignedInt = null;


        try {
            // InternalPtl.g:3113:49: (iv_ruleSignedInt= ruleSignedInt EOF )
            // InternalPtl.g:3114:2: iv_ruleSignedInt= ruleSignedInt EOF
            {
             newCompositeNode(grammarAccess.getSignedIntRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSignedInt=ruleSignedInt();

            state._fsp--;

             current =iv_ruleSignedInt.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSignedInt"


    // $ANTLR start "ruleSignedInt"
    // InternalPtl.g:3120:1: ruleSignedInt returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleSignedInt() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalPtl.g:3126:2: ( ( (kw= '-' )? this_INT_1= RULE_INT ) )
            // InternalPtl.g:3127:2: ( (kw= '-' )? this_INT_1= RULE_INT )
            {
            // InternalPtl.g:3127:2: ( (kw= '-' )? this_INT_1= RULE_INT )
            // InternalPtl.g:3128:3: (kw= '-' )? this_INT_1= RULE_INT
            {
            // InternalPtl.g:3128:3: (kw= '-' )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==76) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalPtl.g:3129:4: kw= '-'
                    {
                    kw=(Token)match(input,76,FOLLOW_13); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSignedIntAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_2); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getSignedIntAccess().getINTTerminalRuleCall_1());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSignedInt"


    // $ANTLR start "entryRuleNumber"
    // InternalPtl.g:3146:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;


        try {
            // InternalPtl.g:3146:46: (iv_ruleNumber= ruleNumber EOF )
            // InternalPtl.g:3147:2: iv_ruleNumber= ruleNumber EOF
            {
             newCompositeNode(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNumber=ruleNumber();

            state._fsp--;

             current =iv_ruleNumber.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalPtl.g:3153:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN ) ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;
        Token this_BIN_2=null;


        	enterRule();

        try {
            // InternalPtl.g:3159:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN ) )
            // InternalPtl.g:3160:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN )
            {
            // InternalPtl.g:3160:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN )
            int alt63=3;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt63=1;
                }
                break;
            case RULE_HEX:
                {
                alt63=2;
                }
                break;
            case RULE_BIN:
                {
                alt63=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 63, 0, input);

                throw nvae;
            }

            switch (alt63) {
                case 1 :
                    // InternalPtl.g:3161:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getNumberAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:3169:3: this_HEX_1= RULE_HEX
                    {
                    this_HEX_1=(Token)match(input,RULE_HEX,FOLLOW_2); 

                    			current.merge(this_HEX_1);
                    		

                    			newLeafNode(this_HEX_1, grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:3177:3: this_BIN_2= RULE_BIN
                    {
                    this_BIN_2=(Token)match(input,RULE_BIN,FOLLOW_2); 

                    			current.merge(this_BIN_2);
                    		

                    			newLeafNode(this_BIN_2, grammarAccess.getNumberAccess().getBINTerminalRuleCall_2());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleByteSize"
    // InternalPtl.g:3188:1: entryRuleByteSize returns [String current=null] : iv_ruleByteSize= ruleByteSize EOF ;
    public final String entryRuleByteSize() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleByteSize = null;


        try {
            // InternalPtl.g:3188:48: (iv_ruleByteSize= ruleByteSize EOF )
            // InternalPtl.g:3189:2: iv_ruleByteSize= ruleByteSize EOF
            {
             newCompositeNode(grammarAccess.getByteSizeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleByteSize=ruleByteSize();

            state._fsp--;

             current =iv_ruleByteSize.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleByteSize"


    // $ANTLR start "ruleByteSize"
    // InternalPtl.g:3195:1: ruleByteSize returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE ) ;
    public final AntlrDatatypeRuleToken ruleByteSize() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_SIZE_1=null;


        	enterRule();

        try {
            // InternalPtl.g:3201:2: ( (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE ) )
            // InternalPtl.g:3202:2: (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE )
            {
            // InternalPtl.g:3202:2: (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE )
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==RULE_INT) ) {
                alt64=1;
            }
            else if ( (LA64_0==RULE_SIZE) ) {
                alt64=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 64, 0, input);

                throw nvae;
            }
            switch (alt64) {
                case 1 :
                    // InternalPtl.g:3203:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getByteSizeAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:3211:3: this_SIZE_1= RULE_SIZE
                    {
                    this_SIZE_1=(Token)match(input,RULE_SIZE,FOLLOW_2); 

                    			current.merge(this_SIZE_1);
                    		

                    			newLeafNode(this_SIZE_1, grammarAccess.getByteSizeAccess().getSIZETerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleByteSize"


    // $ANTLR start "ruleSeverityLevel"
    // InternalPtl.g:3222:1: ruleSeverityLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) ) ;
    public final Enumerator ruleSeverityLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:3228:2: ( ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) ) )
            // InternalPtl.g:3229:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) )
            {
            // InternalPtl.g:3229:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) )
            int alt65=4;
            switch ( input.LA(1) ) {
            case 77:
                {
                alt65=1;
                }
                break;
            case 78:
                {
                alt65=2;
                }
                break;
            case 79:
                {
                alt65=3;
                }
                break;
            case 80:
                {
                alt65=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 65, 0, input);

                throw nvae;
            }

            switch (alt65) {
                case 1 :
                    // InternalPtl.g:3230:3: (enumLiteral_0= 'error' )
                    {
                    // InternalPtl.g:3230:3: (enumLiteral_0= 'error' )
                    // InternalPtl.g:3231:4: enumLiteral_0= 'error'
                    {
                    enumLiteral_0=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3238:3: (enumLiteral_1= 'warning' )
                    {
                    // InternalPtl.g:3238:3: (enumLiteral_1= 'warning' )
                    // InternalPtl.g:3239:4: enumLiteral_1= 'warning'
                    {
                    enumLiteral_1=(Token)match(input,78,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:3246:3: (enumLiteral_2= 'info' )
                    {
                    // InternalPtl.g:3246:3: (enumLiteral_2= 'info' )
                    // InternalPtl.g:3247:4: enumLiteral_2= 'info'
                    {
                    enumLiteral_2=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:3254:3: (enumLiteral_3= 'ignore' )
                    {
                    // InternalPtl.g:3254:3: (enumLiteral_3= 'ignore' )
                    // InternalPtl.g:3255:4: enumLiteral_3= 'ignore'
                    {
                    enumLiteral_3=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getIgnoreEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSeverityLevelAccess().getIgnoreEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSeverityLevel"


    // $ANTLR start "ruleDescriptorKind"
    // InternalPtl.g:3265:1: ruleDescriptorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) ) ;
    public final Enumerator ruleDescriptorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:3271:2: ( ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) ) )
            // InternalPtl.g:3272:2: ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) )
            {
            // InternalPtl.g:3272:2: ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) )
            int alt66=4;
            switch ( input.LA(1) ) {
            case 66:
                {
                alt66=1;
                }
                break;
            case 67:
                {
                alt66=2;
                }
                break;
            case 68:
                {
                alt66=3;
                }
                break;
            case 69:
                {
                alt66=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 66, 0, input);

                throw nvae;
            }

            switch (alt66) {
                case 1 :
                    // InternalPtl.g:3273:3: (enumLiteral_0= 'table' )
                    {
                    // InternalPtl.g:3273:3: (enumLiteral_0= 'table' )
                    // InternalPtl.g:3274:4: enumLiteral_0= 'table'
                    {
                    enumLiteral_0=(Token)match(input,66,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3281:3: (enumLiteral_1= 'block' )
                    {
                    // InternalPtl.g:3281:3: (enumLiteral_1= 'block' )
                    // InternalPtl.g:3282:4: enumLiteral_1= 'block'
                    {
                    enumLiteral_1=(Token)match(input,67,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:3289:3: (enumLiteral_2= 'page' )
                    {
                    // InternalPtl.g:3289:3: (enumLiteral_2= 'page' )
                    // InternalPtl.g:3290:4: enumLiteral_2= 'page'
                    {
                    enumLiteral_2=(Token)match(input,68,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:3297:3: (enumLiteral_3= 'invalid' )
                    {
                    // InternalPtl.g:3297:3: (enumLiteral_3= 'invalid' )
                    // InternalPtl.g:3298:4: enumLiteral_3= 'invalid'
                    {
                    enumLiteral_3=(Token)match(input,69,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getInvalidEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getDescriptorKindAccess().getInvalidEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDescriptorKind"


    // $ANTLR start "ruleFixedKind"
    // InternalPtl.g:3308:1: ruleFixedKind returns [Enumerator current=null] : (enumLiteral_0= '=' ) ;
    public final Enumerator ruleFixedKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3314:2: ( (enumLiteral_0= '=' ) )
            // InternalPtl.g:3315:2: (enumLiteral_0= '=' )
            {
            // InternalPtl.g:3315:2: (enumLiteral_0= '=' )
            // InternalPtl.g:3316:3: enumLiteral_0= '='
            {
            enumLiteral_0=(Token)match(input,36,FOLLOW_2); 

            			current = grammarAccess.getFixedKindAccess().getFixedEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getFixedKindAccess().getFixedEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFixedKind"


    // $ANTLR start "ruleEnumKind"
    // InternalPtl.g:3325:1: ruleEnumKind returns [Enumerator current=null] : (enumLiteral_0= 'enum' ) ;
    public final Enumerator ruleEnumKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3331:2: ( (enumLiteral_0= 'enum' ) )
            // InternalPtl.g:3332:2: (enumLiteral_0= 'enum' )
            {
            // InternalPtl.g:3332:2: (enumLiteral_0= 'enum' )
            // InternalPtl.g:3333:3: enumLiteral_0= 'enum'
            {
            enumLiteral_0=(Token)match(input,81,FOLLOW_2); 

            			current = grammarAccess.getEnumKindAccess().getEnumEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getEnumKindAccess().getEnumEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEnumKind"


    // $ANTLR start "ruleAddressKind"
    // InternalPtl.g:3342:1: ruleAddressKind returns [Enumerator current=null] : (enumLiteral_0= 'address' ) ;
    public final Enumerator ruleAddressKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3348:2: ( (enumLiteral_0= 'address' ) )
            // InternalPtl.g:3349:2: (enumLiteral_0= 'address' )
            {
            // InternalPtl.g:3349:2: (enumLiteral_0= 'address' )
            // InternalPtl.g:3350:3: enumLiteral_0= 'address'
            {
            enumLiteral_0=(Token)match(input,74,FOLLOW_2); 

            			current = grammarAccess.getAddressKindAccess().getAddressEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getAddressKindAccess().getAddressEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAddressKind"


    // $ANTLR start "rulePlainKind"
    // InternalPtl.g:3359:1: rulePlainKind returns [Enumerator current=null] : ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) ) ;
    public final Enumerator rulePlainKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPtl.g:3365:2: ( ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) ) )
            // InternalPtl.g:3366:2: ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) )
            {
            // InternalPtl.g:3366:2: ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) )
            int alt67=5;
            switch ( input.LA(1) ) {
            case 70:
                {
                alt67=1;
                }
                break;
            case 71:
                {
                alt67=2;
                }
                break;
            case 72:
                {
                alt67=3;
                }
                break;
            case 65:
                {
                alt67=4;
                }
                break;
            case 73:
                {
                alt67=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 67, 0, input);

                throw nvae;
            }

            switch (alt67) {
                case 1 :
                    // InternalPtl.g:3367:3: (enumLiteral_0= 'value' )
                    {
                    // InternalPtl.g:3367:3: (enumLiteral_0= 'value' )
                    // InternalPtl.g:3368:4: enumLiteral_0= 'value'
                    {
                    enumLiteral_0=(Token)match(input,70,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3375:3: (enumLiteral_1= 'flag' )
                    {
                    // InternalPtl.g:3375:3: (enumLiteral_1= 'flag' )
                    // InternalPtl.g:3376:4: enumLiteral_1= 'flag'
                    {
                    enumLiteral_1=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:3383:3: (enumLiteral_2= 'software' )
                    {
                    // InternalPtl.g:3383:3: (enumLiteral_2= 'software' )
                    // InternalPtl.g:3384:4: enumLiteral_2= 'software'
                    {
                    enumLiteral_2=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:3391:3: (enumLiteral_3= 'reserved' )
                    {
                    // InternalPtl.g:3391:3: (enumLiteral_3= 'reserved' )
                    // InternalPtl.g:3392:4: enumLiteral_3= 'reserved'
                    {
                    enumLiteral_3=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:3399:3: (enumLiteral_4= 'ignored' )
                    {
                    // InternalPtl.g:3399:3: (enumLiteral_4= 'ignored' )
                    // InternalPtl.g:3400:4: enumLiteral_4= 'ignored'
                    {
                    enumLiteral_4=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getIgnoredEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPlainKindAccess().getIgnoredEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlainKind"


    // $ANTLR start "ruleImpliesOperator"
    // InternalPtl.g:3410:1: ruleImpliesOperator returns [Enumerator current=null] : (enumLiteral_0= 'implies' ) ;
    public final Enumerator ruleImpliesOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3416:2: ( (enumLiteral_0= 'implies' ) )
            // InternalPtl.g:3417:2: (enumLiteral_0= 'implies' )
            {
            // InternalPtl.g:3417:2: (enumLiteral_0= 'implies' )
            // InternalPtl.g:3418:3: enumLiteral_0= 'implies'
            {
            enumLiteral_0=(Token)match(input,82,FOLLOW_2); 

            			current = grammarAccess.getImpliesOperatorAccess().getImpliesEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getImpliesOperatorAccess().getImpliesEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImpliesOperator"


    // $ANTLR start "ruleOrOperator"
    // InternalPtl.g:3427:1: ruleOrOperator returns [Enumerator current=null] : (enumLiteral_0= 'or' ) ;
    public final Enumerator ruleOrOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3433:2: ( (enumLiteral_0= 'or' ) )
            // InternalPtl.g:3434:2: (enumLiteral_0= 'or' )
            {
            // InternalPtl.g:3434:2: (enumLiteral_0= 'or' )
            // InternalPtl.g:3435:3: enumLiteral_0= 'or'
            {
            enumLiteral_0=(Token)match(input,83,FOLLOW_2); 

            			current = grammarAccess.getOrOperatorAccess().getOrEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getOrOperatorAccess().getOrEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOrOperator"


    // $ANTLR start "ruleAndOperator"
    // InternalPtl.g:3444:1: ruleAndOperator returns [Enumerator current=null] : (enumLiteral_0= 'and' ) ;
    public final Enumerator ruleAndOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3450:2: ( (enumLiteral_0= 'and' ) )
            // InternalPtl.g:3451:2: (enumLiteral_0= 'and' )
            {
            // InternalPtl.g:3451:2: (enumLiteral_0= 'and' )
            // InternalPtl.g:3452:3: enumLiteral_0= 'and'
            {
            enumLiteral_0=(Token)match(input,84,FOLLOW_2); 

            			current = grammarAccess.getAndOperatorAccess().getAndEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getAndOperatorAccess().getAndEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAndOperator"


    // $ANTLR start "ruleExactlyOne"
    // InternalPtl.g:3461:1: ruleExactlyOne returns [Enumerator current=null] : (enumLiteral_0= 'one' ) ;
    public final Enumerator ruleExactlyOne() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3467:2: ( (enumLiteral_0= 'one' ) )
            // InternalPtl.g:3468:2: (enumLiteral_0= 'one' )
            {
            // InternalPtl.g:3468:2: (enumLiteral_0= 'one' )
            // InternalPtl.g:3469:3: enumLiteral_0= 'one'
            {
            enumLiteral_0=(Token)match(input,85,FOLLOW_2); 

            			current = grammarAccess.getExactlyOneAccess().getExactlyOneEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getExactlyOneAccess().getExactlyOneEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleExactlyOne"


    // $ANTLR start "ruleAtMostOne"
    // InternalPtl.g:3478:1: ruleAtMostOne returns [Enumerator current=null] : (enumLiteral_0= 'one' ) ;
    public final Enumerator ruleAtMostOne() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:3484:2: ( (enumLiteral_0= 'one' ) )
            // InternalPtl.g:3485:2: (enumLiteral_0= 'one' )
            {
            // InternalPtl.g:3485:2: (enumLiteral_0= 'one' )
            // InternalPtl.g:3486:3: enumLiteral_0= 'one'
            {
            enumLiteral_0=(Token)match(input,85,FOLLOW_2); 

            			current = grammarAccess.getAtMostOneAccess().getAtMostOneEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getAtMostOneAccess().getAtMostOneEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAtMostOne"


    // $ANTLR start "ruleSimpleQuantifier"
    // InternalPtl.g:3495:1: ruleSimpleQuantifier returns [Enumerator current=null] : ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) ) ;
    public final Enumerator ruleSimpleQuantifier() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPtl.g:3501:2: ( ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) ) )
            // InternalPtl.g:3502:2: ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) )
            {
            // InternalPtl.g:3502:2: ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) )
            int alt68=3;
            switch ( input.LA(1) ) {
            case 86:
                {
                alt68=1;
                }
                break;
            case 87:
                {
                alt68=2;
                }
                break;
            case 88:
                {
                alt68=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 68, 0, input);

                throw nvae;
            }

            switch (alt68) {
                case 1 :
                    // InternalPtl.g:3503:3: (enumLiteral_0= 'some' )
                    {
                    // InternalPtl.g:3503:3: (enumLiteral_0= 'some' )
                    // InternalPtl.g:3504:4: enumLiteral_0= 'some'
                    {
                    enumLiteral_0=(Token)match(input,86,FOLLOW_2); 

                    				current = grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3511:3: (enumLiteral_1= 'all' )
                    {
                    // InternalPtl.g:3511:3: (enumLiteral_1= 'all' )
                    // InternalPtl.g:3512:4: enumLiteral_1= 'all'
                    {
                    enumLiteral_1=(Token)match(input,87,FOLLOW_2); 

                    				current = grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:3519:3: (enumLiteral_2= 'no' )
                    {
                    // InternalPtl.g:3519:3: (enumLiteral_2= 'no' )
                    // InternalPtl.g:3520:4: enumLiteral_2= 'no'
                    {
                    enumLiteral_2=(Token)match(input,88,FOLLOW_2); 

                    				current = grammarAccess.getSimpleQuantifierAccess().getNoneEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSimpleQuantifierAccess().getNoneEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSimpleQuantifier"

    // Delegated rules


    protected DFA19 dfa19 = new DFA19(this);
    protected DFA44 dfa44 = new DFA44(this);
    static final String dfa_1s = "\14\uffff";
    static final String dfa_2s = "\1\11\2\uffff\1\12\5\13\3\uffff";
    static final String dfa_3s = "\1\4\2\uffff\6\4\3\uffff";
    static final String dfa_4s = "\1\121\2\uffff\6\112\3\uffff";
    static final String dfa_5s = "\1\uffff\1\1\1\2\6\uffff\1\5\1\3\1\4";
    static final String dfa_6s = "\14\uffff}>";
    static final String[] dfa_7s = {
            "\1\11\1\uffff\1\11\14\uffff\1\11\1\uffff\1\11\11\uffff\1\11\3\uffff\1\11\1\1\12\uffff\1\11\21\uffff\1\7\4\11\1\4\1\5\1\6\1\10\1\3\6\uffff\1\2",
            "",
            "",
            "\1\12\1\uffff\1\12\14\uffff\1\12\1\uffff\1\12\11\uffff\1\12\2\uffff\2\12\1\uffff\1\11\11\uffff\1\12\21\uffff\12\12",
            "\1\13\1\uffff\1\13\14\uffff\1\13\1\uffff\1\13\11\uffff\1\13\3\uffff\1\13\1\uffff\1\11\11\uffff\1\13\21\uffff\12\13",
            "\1\13\1\uffff\1\13\14\uffff\1\13\1\uffff\1\13\11\uffff\1\13\3\uffff\1\13\1\uffff\1\11\11\uffff\1\13\21\uffff\12\13",
            "\1\13\1\uffff\1\13\14\uffff\1\13\1\uffff\1\13\11\uffff\1\13\3\uffff\1\13\1\uffff\1\11\11\uffff\1\13\21\uffff\12\13",
            "\1\13\1\uffff\1\13\14\uffff\1\13\1\uffff\1\13\11\uffff\1\13\3\uffff\1\13\1\uffff\1\11\11\uffff\1\13\21\uffff\12\13",
            "\1\13\1\uffff\1\13\14\uffff\1\13\1\uffff\1\13\11\uffff\1\13\3\uffff\1\13\1\uffff\1\11\11\uffff\1\13\21\uffff\12\13",
            "",
            "",
            ""
    };

    static final short[] dfa_1 = DFA.unpackEncodedString(dfa_1s);
    static final short[] dfa_2 = DFA.unpackEncodedString(dfa_2s);
    static final char[] dfa_3 = DFA.unpackEncodedStringToUnsignedChars(dfa_3s);
    static final char[] dfa_4 = DFA.unpackEncodedStringToUnsignedChars(dfa_4s);
    static final short[] dfa_5 = DFA.unpackEncodedString(dfa_5s);
    static final short[] dfa_6 = DFA.unpackEncodedString(dfa_6s);
    static final short[][] dfa_7 = unpackEncodedStringArray(dfa_7s);

    class DFA19 extends DFA {

        public DFA19(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 19;
            this.eot = dfa_1;
            this.eof = dfa_2;
            this.min = dfa_3;
            this.max = dfa_4;
            this.accept = dfa_5;
            this.special = dfa_6;
            this.transition = dfa_7;
        }
        public String getDescription() {
            return "856:3: ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )?";
        }
    }
    static final String dfa_8s = "\21\uffff";
    static final String dfa_9s = "\1\6\16\36\2\uffff";
    static final String dfa_10s = "\1\112\16\65\2\uffff";
    static final String dfa_11s = "\17\uffff\1\2\1\1";
    static final String dfa_12s = "\21\uffff}>";
    static final String[] dfa_13s = {
            "\1\1\14\uffff\1\15\1\uffff\1\16\31\uffff\1\14\21\uffff\1\11\1\2\1\3\1\4\1\5\1\6\1\7\1\10\1\12\1\13",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "\1\20\7\uffff\1\20\16\uffff\1\17",
            "",
            ""
    };

    static final short[] dfa_8 = DFA.unpackEncodedString(dfa_8s);
    static final char[] dfa_9 = DFA.unpackEncodedStringToUnsignedChars(dfa_9s);
    static final char[] dfa_10 = DFA.unpackEncodedStringToUnsignedChars(dfa_10s);
    static final short[] dfa_11 = DFA.unpackEncodedString(dfa_11s);
    static final short[] dfa_12 = DFA.unpackEncodedString(dfa_12s);
    static final short[][] dfa_13 = unpackEncodedStringArray(dfa_13s);

    class DFA44 extends DFA {

        public DFA44(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 44;
            this.eot = dfa_8;
            this.eof = dfa_8;
            this.min = dfa_9;
            this.max = dfa_10;
            this.accept = dfa_11;
            this.special = dfa_12;
            this.transition = dfa_13;
        }
        public String getDescription() {
            return "1972:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )?";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x800021000001C002L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x8000210000018002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000000L,0x000000000001E000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000800000280040L,0x00000000000007FEL});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000020010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000220L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000080000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000600000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000000020L,0x0000000000001000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x000000009D000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000002000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x000000009C000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000098000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000090000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x00000000C0000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000080000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000020020010L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000200400000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000040020010L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000800080280040L,0x00000000000007FEL});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000002000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000001800000012L,0x00000000000207C2L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x00000000000001A0L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000800000012L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x00000000C0000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000C00000012L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000040000012L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x000000C000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000040080000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000080000000012L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0045C00080000000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0045000080000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0044000080000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0040000080000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000402000000012L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000400000000012L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0008000000000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0010000080000000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000080000000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000004040000000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000004000000010L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000004000000000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0580000020000000L,0x0000000001C00000L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000000002L,0x0000000000040000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000002L,0x0000000000080000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000000000002L,0x0000000000100000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0200000000000000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x3001000000000000L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0800000000000000L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x4000000000000000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x4000000040000000L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x2000000000000000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0080001000000000L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000800L});

}