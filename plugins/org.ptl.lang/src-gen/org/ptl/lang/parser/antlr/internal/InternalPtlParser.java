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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_INT", "RULE_ID", "RULE_HEX", "RULE_BIN", "RULE_SIZE", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'import'", "'severity'", "'format'", "'{'", "'granule'", "'input'", "'bits'", "'output'", "'levels'", "'..'", "'root'", "'pages'", "'stride'", "'lpa2'", "'blocks'", "'at'", "','", "'descriptors'", "'from'", "'}'", "'descriptor'", "'level'", "'holds'", "'overlays'", "'='", "'['", "':'", "']'", "'claims'", "'on'", "'claim'", "'shared'", "'with'", "'ownership'", "'initially'", "'state'", "'component'", "'*'", "'counter'", "'max'", "'transition'", "'initiator'", "'completer'", "'requires'", "'else'", "'update'", "'->'", "'invariant'", "'not'", "'('", "')'", "'number'", "'of'", "'in'", "'is'", "'exactly'", "'most'", "'components'", "'encoding'", "'as'", "'encoded'", "'reserved'", "'operations'", "'for'", "'library'", "'prot'", "'permissions'", "'lock'", "'marker'", "'owner'", "'field'", "'may'", "'change'", "'walks'", "'reject'", "'&'", "'!'", "'walker'", "'policy'", "'flags'", "'outcomes'", "'when'", "'otherwise'", "'error'", "'binding'", "'via'", "'offset'", "'side'", "'table'", "'empty'", "'unmapped'", "'lazy'", "'annotates'", "'scenario'", "'memory'", "'page'", "'map'", "'size'", "'to'", "'unmap'", "'relax'", "'wrprotect'", "'mkyoung'", "'mkold'", "'split'", "'cache'", "'set'", "'translate'", "'walk'", "'visiting'", "'returning'", "'times'", "'memcache'", "'none'", "'expect'", "'result'", "'pte'", "'kind'", "'fault'", "'invariants'", "'hold'", "'leaves'", "'count'", "'tables'", "'visited'", "'block'", "'invalid'", "'value'", "'flag'", "'software'", "'ignored'", "'address'", "'hyp'", "'stage2'", "'.'", "'-'", "'warning'", "'info'", "'ignore'", "'enum'", "'+='", "'-='", "'=='", "'!='", "'<'", "'<='", "'>'", "'>='", "'implies'", "'or'", "'and'", "'one'", "'some'", "'all'", "'no'", "'set_owner'", "'always'", "'unless'", "'|='", "'&='", "'continue'", "'retry'", "'stop'", "'read'", "'write'", "'exec'", "'translation'", "'permission'", "'access_flag'", "'address_size'"
    };
    public static final int T__144=144;
    public static final int T__143=143;
    public static final int T__146=146;
    public static final int RULE_HEX=7;
    public static final int T__50=50;
    public static final int T__145=145;
    public static final int T__140=140;
    public static final int T__142=142;
    public static final int T__141=141;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__137=137;
    public static final int T__52=52;
    public static final int T__136=136;
    public static final int T__53=53;
    public static final int T__139=139;
    public static final int RULE_BIN=8;
    public static final int T__54=54;
    public static final int T__138=138;
    public static final int T__133=133;
    public static final int T__132=132;
    public static final int T__60=60;
    public static final int T__135=135;
    public static final int T__61=61;
    public static final int T__134=134;
    public static final int RULE_ID=6;
    public static final int T__131=131;
    public static final int T__130=130;
    public static final int RULE_INT=5;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__67=67;
    public static final int T__129=129;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__126=126;
    public static final int T__63=63;
    public static final int T__125=125;
    public static final int T__64=64;
    public static final int T__128=128;
    public static final int T__65=65;
    public static final int T__127=127;
    public static final int T__166=166;
    public static final int T__165=165;
    public static final int T__168=168;
    public static final int T__167=167;
    public static final int T__162=162;
    public static final int T__161=161;
    public static final int T__164=164;
    public static final int T__163=163;
    public static final int T__160=160;
    public static final int RULE_SIZE=9;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__159=159;
    public static final int T__30=30;
    public static final int T__158=158;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__155=155;
    public static final int T__154=154;
    public static final int T__157=157;
    public static final int T__156=156;
    public static final int T__151=151;
    public static final int T__150=150;
    public static final int T__153=153;
    public static final int T__152=152;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__148=148;
    public static final int T__41=41;
    public static final int T__147=147;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__149=149;
    public static final int T__91=91;
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__183=183;
    public static final int T__90=90;
    public static final int T__180=180;
    public static final int T__182=182;
    public static final int T__181=181;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__99=99;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__177=177;
    public static final int T__176=176;
    public static final int T__179=179;
    public static final int T__178=178;
    public static final int T__173=173;
    public static final int T__172=172;
    public static final int T__175=175;
    public static final int T__174=174;
    public static final int T__171=171;
    public static final int T__170=170;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__169=169;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__122=122;
    public static final int T__70=70;
    public static final int T__121=121;
    public static final int T__71=71;
    public static final int T__124=124;
    public static final int T__72=72;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_STRING=4;
    public static final int RULE_SL_COMMENT=11;
    public static final int T__77=77;
    public static final int T__119=119;
    public static final int T__78=78;
    public static final int T__118=118;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__115=115;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__114=114;
    public static final int T__75=75;
    public static final int T__117=117;
    public static final int T__76=76;
    public static final int T__116=116;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__113=113;
    public static final int T__83=83;
    public static final int T__112=112;
    public static final int RULE_WS=12;
    public static final int RULE_ANY_OTHER=13;
    public static final int T__88=88;
    public static final int T__108=108;
    public static final int T__89=89;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

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
                else if ( (LA2_0==16||LA2_0==42||LA2_0==47||LA2_0==72||LA2_0==76||LA2_0==91||LA2_0==98||LA2_0==107) ) {
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
    // InternalPtl.g:259:1: ruleElement returns [EObject current=null] : (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding | this_Operations_4= ruleOperations | this_WalkerPolicy_5= ruleWalkerPolicy | this_Binding_6= ruleBinding | this_Scenario_7= ruleScenario ) ;
    public final EObject ruleElement() throws RecognitionException {
        EObject current = null;

        EObject this_Format_0 = null;

        EObject this_ClaimSet_1 = null;

        EObject this_OwnershipModel_2 = null;

        EObject this_Encoding_3 = null;

        EObject this_Operations_4 = null;

        EObject this_WalkerPolicy_5 = null;

        EObject this_Binding_6 = null;

        EObject this_Scenario_7 = null;



        	enterRule();

        try {
            // InternalPtl.g:265:2: ( (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding | this_Operations_4= ruleOperations | this_WalkerPolicy_5= ruleWalkerPolicy | this_Binding_6= ruleBinding | this_Scenario_7= ruleScenario ) )
            // InternalPtl.g:266:2: (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding | this_Operations_4= ruleOperations | this_WalkerPolicy_5= ruleWalkerPolicy | this_Binding_6= ruleBinding | this_Scenario_7= ruleScenario )
            {
            // InternalPtl.g:266:2: (this_Format_0= ruleFormat | this_ClaimSet_1= ruleClaimSet | this_OwnershipModel_2= ruleOwnershipModel | this_Encoding_3= ruleEncoding | this_Operations_4= ruleOperations | this_WalkerPolicy_5= ruleWalkerPolicy | this_Binding_6= ruleBinding | this_Scenario_7= ruleScenario )
            int alt3=8;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt3=1;
                }
                break;
            case 42:
                {
                alt3=2;
                }
                break;
            case 47:
                {
                alt3=3;
                }
                break;
            case 72:
                {
                alt3=4;
                }
                break;
            case 76:
                {
                alt3=5;
                }
                break;
            case 91:
                {
                alt3=6;
                }
                break;
            case 98:
                {
                alt3=7;
                }
                break;
            case 107:
                {
                alt3=8;
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
                case 5 :
                    // InternalPtl.g:303:3: this_Operations_4= ruleOperations
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getOperationsParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_Operations_4=ruleOperations();

                    state._fsp--;


                    			current = this_Operations_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalPtl.g:312:3: this_WalkerPolicy_5= ruleWalkerPolicy
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getWalkerPolicyParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_WalkerPolicy_5=ruleWalkerPolicy();

                    state._fsp--;


                    			current = this_WalkerPolicy_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalPtl.g:321:3: this_Binding_6= ruleBinding
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getBindingParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_Binding_6=ruleBinding();

                    state._fsp--;


                    			current = this_Binding_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 8 :
                    // InternalPtl.g:330:3: this_Scenario_7= ruleScenario
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getScenarioParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_Scenario_7=ruleScenario();

                    state._fsp--;


                    			current = this_Scenario_7;
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
    // InternalPtl.g:342:1: entryRuleFormat returns [EObject current=null] : iv_ruleFormat= ruleFormat EOF ;
    public final EObject entryRuleFormat() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFormat = null;


        try {
            // InternalPtl.g:342:47: (iv_ruleFormat= ruleFormat EOF )
            // InternalPtl.g:343:2: iv_ruleFormat= ruleFormat EOF
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
    // InternalPtl.g:349:1: ruleFormat returns [EObject current=null] : (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )? ( (lv_descriptors_30_0= ruleDescriptor ) )* otherlv_31= '}' ) ;
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
        Token otherlv_27=null;
        Token otherlv_28=null;
        Token otherlv_31=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_granule_5_0 = null;

        AntlrDatatypeRuleToken lv_firstLevel_13_0 = null;

        AntlrDatatypeRuleToken lv_lastLevel_15_0 = null;

        AntlrDatatypeRuleToken lv_blockLevels_24_0 = null;

        AntlrDatatypeRuleToken lv_blockLevels_26_0 = null;

        EObject lv_descriptors_30_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:355:2: ( (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )? ( (lv_descriptors_30_0= ruleDescriptor ) )* otherlv_31= '}' ) )
            // InternalPtl.g:356:2: (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )? ( (lv_descriptors_30_0= ruleDescriptor ) )* otherlv_31= '}' )
            {
            // InternalPtl.g:356:2: (otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )? ( (lv_descriptors_30_0= ruleDescriptor ) )* otherlv_31= '}' )
            // InternalPtl.g:357:3: otherlv_0= 'format' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'granule' ( (lv_granule_5_0= ruleByteSize ) ) otherlv_6= 'input' ( (lv_inputBits_7_0= RULE_INT ) ) otherlv_8= 'bits' (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )? otherlv_12= 'levels' ( (lv_firstLevel_13_0= ruleSignedInt ) ) otherlv_14= '..' ( (lv_lastLevel_15_0= ruleSignedInt ) ) (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )? (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )? ( (lv_lpa2_21_0= 'lpa2' ) )? (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )? (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )? ( (lv_descriptors_30_0= ruleDescriptor ) )* otherlv_31= '}'
            {
            otherlv_0=(Token)match(input,16,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getFormatAccess().getFormatKeyword_0());
            		
            // InternalPtl.g:361:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:362:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:362:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:363:5: lv_name_1_0= ruleValidID
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

            // InternalPtl.g:380:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_STRING) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalPtl.g:381:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:381:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:382:5: lv_description_2_0= RULE_STRING
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
            		
            // InternalPtl.g:406:3: ( (lv_granule_5_0= ruleByteSize ) )
            // InternalPtl.g:407:4: (lv_granule_5_0= ruleByteSize )
            {
            // InternalPtl.g:407:4: (lv_granule_5_0= ruleByteSize )
            // InternalPtl.g:408:5: lv_granule_5_0= ruleByteSize
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
            		
            // InternalPtl.g:429:3: ( (lv_inputBits_7_0= RULE_INT ) )
            // InternalPtl.g:430:4: (lv_inputBits_7_0= RULE_INT )
            {
            // InternalPtl.g:430:4: (lv_inputBits_7_0= RULE_INT )
            // InternalPtl.g:431:5: lv_inputBits_7_0= RULE_INT
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
            		
            // InternalPtl.g:451:3: (otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits' )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==21) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalPtl.g:452:4: otherlv_9= 'output' ( (lv_outputBits_10_0= RULE_INT ) ) otherlv_11= 'bits'
                    {
                    otherlv_9=(Token)match(input,21,FOLLOW_13); 

                    				newLeafNode(otherlv_9, grammarAccess.getFormatAccess().getOutputKeyword_9_0());
                    			
                    // InternalPtl.g:456:4: ( (lv_outputBits_10_0= RULE_INT ) )
                    // InternalPtl.g:457:5: (lv_outputBits_10_0= RULE_INT )
                    {
                    // InternalPtl.g:457:5: (lv_outputBits_10_0= RULE_INT )
                    // InternalPtl.g:458:6: lv_outputBits_10_0= RULE_INT
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
            		
            // InternalPtl.g:483:3: ( (lv_firstLevel_13_0= ruleSignedInt ) )
            // InternalPtl.g:484:4: (lv_firstLevel_13_0= ruleSignedInt )
            {
            // InternalPtl.g:484:4: (lv_firstLevel_13_0= ruleSignedInt )
            // InternalPtl.g:485:5: lv_firstLevel_13_0= ruleSignedInt
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
            		
            // InternalPtl.g:506:3: ( (lv_lastLevel_15_0= ruleSignedInt ) )
            // InternalPtl.g:507:4: (lv_lastLevel_15_0= ruleSignedInt )
            {
            // InternalPtl.g:507:4: (lv_lastLevel_15_0= ruleSignedInt )
            // InternalPtl.g:508:5: lv_lastLevel_15_0= ruleSignedInt
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

            // InternalPtl.g:525:3: (otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages' )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==24) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalPtl.g:526:4: otherlv_16= 'root' ( (lv_rootPages_17_0= RULE_INT ) ) otherlv_18= 'pages'
                    {
                    otherlv_16=(Token)match(input,24,FOLLOW_13); 

                    				newLeafNode(otherlv_16, grammarAccess.getFormatAccess().getRootKeyword_14_0());
                    			
                    // InternalPtl.g:530:4: ( (lv_rootPages_17_0= RULE_INT ) )
                    // InternalPtl.g:531:5: (lv_rootPages_17_0= RULE_INT )
                    {
                    // InternalPtl.g:531:5: (lv_rootPages_17_0= RULE_INT )
                    // InternalPtl.g:532:6: lv_rootPages_17_0= RULE_INT
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

            // InternalPtl.g:553:3: (otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) ) )?
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==26) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    // InternalPtl.g:554:4: otherlv_19= 'stride' ( (lv_stride_20_0= RULE_INT ) )
                    {
                    otherlv_19=(Token)match(input,26,FOLLOW_13); 

                    				newLeafNode(otherlv_19, grammarAccess.getFormatAccess().getStrideKeyword_15_0());
                    			
                    // InternalPtl.g:558:4: ( (lv_stride_20_0= RULE_INT ) )
                    // InternalPtl.g:559:5: (lv_stride_20_0= RULE_INT )
                    {
                    // InternalPtl.g:559:5: (lv_stride_20_0= RULE_INT )
                    // InternalPtl.g:560:6: lv_stride_20_0= RULE_INT
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

            // InternalPtl.g:577:3: ( (lv_lpa2_21_0= 'lpa2' ) )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==27) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalPtl.g:578:4: (lv_lpa2_21_0= 'lpa2' )
                    {
                    // InternalPtl.g:578:4: (lv_lpa2_21_0= 'lpa2' )
                    // InternalPtl.g:579:5: lv_lpa2_21_0= 'lpa2'
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

            // InternalPtl.g:591:3: (otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )* )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==28) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalPtl.g:592:4: otherlv_22= 'blocks' otherlv_23= 'at' ( (lv_blockLevels_24_0= ruleSignedInt ) ) (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )*
                    {
                    otherlv_22=(Token)match(input,28,FOLLOW_24); 

                    				newLeafNode(otherlv_22, grammarAccess.getFormatAccess().getBlocksKeyword_17_0());
                    			
                    otherlv_23=(Token)match(input,29,FOLLOW_17); 

                    				newLeafNode(otherlv_23, grammarAccess.getFormatAccess().getAtKeyword_17_1());
                    			
                    // InternalPtl.g:600:4: ( (lv_blockLevels_24_0= ruleSignedInt ) )
                    // InternalPtl.g:601:5: (lv_blockLevels_24_0= ruleSignedInt )
                    {
                    // InternalPtl.g:601:5: (lv_blockLevels_24_0= ruleSignedInt )
                    // InternalPtl.g:602:6: lv_blockLevels_24_0= ruleSignedInt
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

                    // InternalPtl.g:619:4: (otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) ) )*
                    loop9:
                    do {
                        int alt9=2;
                        int LA9_0 = input.LA(1);

                        if ( (LA9_0==30) ) {
                            alt9=1;
                        }


                        switch (alt9) {
                    	case 1 :
                    	    // InternalPtl.g:620:5: otherlv_25= ',' ( (lv_blockLevels_26_0= ruleSignedInt ) )
                    	    {
                    	    otherlv_25=(Token)match(input,30,FOLLOW_17); 

                    	    					newLeafNode(otherlv_25, grammarAccess.getFormatAccess().getCommaKeyword_17_3_0());
                    	    				
                    	    // InternalPtl.g:624:5: ( (lv_blockLevels_26_0= ruleSignedInt ) )
                    	    // InternalPtl.g:625:6: (lv_blockLevels_26_0= ruleSignedInt )
                    	    {
                    	    // InternalPtl.g:625:6: (lv_blockLevels_26_0= ruleSignedInt )
                    	    // InternalPtl.g:626:7: lv_blockLevels_26_0= ruleSignedInt
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

            // InternalPtl.g:645:3: (otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) ) )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==31) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalPtl.g:646:4: otherlv_27= 'descriptors' otherlv_28= 'from' ( ( ruleQualifiedName ) )
                    {
                    otherlv_27=(Token)match(input,31,FOLLOW_26); 

                    				newLeafNode(otherlv_27, grammarAccess.getFormatAccess().getDescriptorsKeyword_18_0());
                    			
                    otherlv_28=(Token)match(input,32,FOLLOW_7); 

                    				newLeafNode(otherlv_28, grammarAccess.getFormatAccess().getFromKeyword_18_1());
                    			
                    // InternalPtl.g:654:4: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:655:5: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:655:5: ( ruleQualifiedName )
                    // InternalPtl.g:656:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFormatRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getFormatAccess().getDescriptorsFromFormatCrossReference_18_2_0());
                    					
                    pushFollow(FOLLOW_27);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:671:3: ( (lv_descriptors_30_0= ruleDescriptor ) )*
            loop12:
            do {
                int alt12=2;
                int LA12_0 = input.LA(1);

                if ( (LA12_0==102||LA12_0==109||(LA12_0>=139 && LA12_0<=140)) ) {
                    alt12=1;
                }


                switch (alt12) {
            	case 1 :
            	    // InternalPtl.g:672:4: (lv_descriptors_30_0= ruleDescriptor )
            	    {
            	    // InternalPtl.g:672:4: (lv_descriptors_30_0= ruleDescriptor )
            	    // InternalPtl.g:673:5: lv_descriptors_30_0= ruleDescriptor
            	    {

            	    					newCompositeNode(grammarAccess.getFormatAccess().getDescriptorsDescriptorParserRuleCall_19_0());
            	    				
            	    pushFollow(FOLLOW_27);
            	    lv_descriptors_30_0=ruleDescriptor();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getFormatRule());
            	    					}
            	    					add(
            	    						current,
            	    						"descriptors",
            	    						lv_descriptors_30_0,
            	    						"org.ptl.lang.Ptl.Descriptor");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);

            otherlv_31=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_31, grammarAccess.getFormatAccess().getRightCurlyBracketKeyword_20());
            		

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
    // InternalPtl.g:698:1: entryRuleDescriptor returns [EObject current=null] : iv_ruleDescriptor= ruleDescriptor EOF ;
    public final EObject entryRuleDescriptor() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDescriptor = null;


        try {
            // InternalPtl.g:698:51: (iv_ruleDescriptor= ruleDescriptor EOF )
            // InternalPtl.g:699:2: iv_ruleDescriptor= ruleDescriptor EOF
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
    // InternalPtl.g:705:1: ruleDescriptor returns [EObject current=null] : ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' ) ;
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
            // InternalPtl.g:711:2: ( ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' ) )
            // InternalPtl.g:712:2: ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' )
            {
            // InternalPtl.g:712:2: ( ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}' )
            // InternalPtl.g:713:3: ( (lv_kind_0_0= ruleDescriptorKind ) ) otherlv_1= 'descriptor' ( (lv_name_2_0= ruleValidID ) ) (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )? ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( (lv_fields_11_0= ruleField ) )* otherlv_12= '}'
            {
            // InternalPtl.g:713:3: ( (lv_kind_0_0= ruleDescriptorKind ) )
            // InternalPtl.g:714:4: (lv_kind_0_0= ruleDescriptorKind )
            {
            // InternalPtl.g:714:4: (lv_kind_0_0= ruleDescriptorKind )
            // InternalPtl.g:715:5: lv_kind_0_0= ruleDescriptorKind
            {

            					newCompositeNode(grammarAccess.getDescriptorAccess().getKindDescriptorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_28);
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

            otherlv_1=(Token)match(input,34,FOLLOW_7); 

            			newLeafNode(otherlv_1, grammarAccess.getDescriptorAccess().getDescriptorKeyword_1());
            		
            // InternalPtl.g:736:3: ( (lv_name_2_0= ruleValidID ) )
            // InternalPtl.g:737:4: (lv_name_2_0= ruleValidID )
            {
            // InternalPtl.g:737:4: (lv_name_2_0= ruleValidID )
            // InternalPtl.g:738:5: lv_name_2_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getDescriptorAccess().getNameValidIDParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_29);
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

            // InternalPtl.g:755:3: (otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )* )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==29) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalPtl.g:756:4: otherlv_3= 'at' (otherlv_4= 'level' | otherlv_5= 'levels' ) ( (lv_levels_6_0= ruleSignedInt ) ) (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )*
                    {
                    otherlv_3=(Token)match(input,29,FOLLOW_30); 

                    				newLeafNode(otherlv_3, grammarAccess.getDescriptorAccess().getAtKeyword_3_0());
                    			
                    // InternalPtl.g:760:4: (otherlv_4= 'level' | otherlv_5= 'levels' )
                    int alt13=2;
                    int LA13_0 = input.LA(1);

                    if ( (LA13_0==35) ) {
                        alt13=1;
                    }
                    else if ( (LA13_0==22) ) {
                        alt13=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 13, 0, input);

                        throw nvae;
                    }
                    switch (alt13) {
                        case 1 :
                            // InternalPtl.g:761:5: otherlv_4= 'level'
                            {
                            otherlv_4=(Token)match(input,35,FOLLOW_17); 

                            					newLeafNode(otherlv_4, grammarAccess.getDescriptorAccess().getLevelKeyword_3_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalPtl.g:766:5: otherlv_5= 'levels'
                            {
                            otherlv_5=(Token)match(input,22,FOLLOW_17); 

                            					newLeafNode(otherlv_5, grammarAccess.getDescriptorAccess().getLevelsKeyword_3_1_1());
                            				

                            }
                            break;

                    }

                    // InternalPtl.g:771:4: ( (lv_levels_6_0= ruleSignedInt ) )
                    // InternalPtl.g:772:5: (lv_levels_6_0= ruleSignedInt )
                    {
                    // InternalPtl.g:772:5: (lv_levels_6_0= ruleSignedInt )
                    // InternalPtl.g:773:6: lv_levels_6_0= ruleSignedInt
                    {

                    						newCompositeNode(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_2_0());
                    					
                    pushFollow(FOLLOW_31);
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

                    // InternalPtl.g:790:4: (otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) ) )*
                    loop14:
                    do {
                        int alt14=2;
                        int LA14_0 = input.LA(1);

                        if ( (LA14_0==30) ) {
                            alt14=1;
                        }


                        switch (alt14) {
                    	case 1 :
                    	    // InternalPtl.g:791:5: otherlv_7= ',' ( (lv_levels_8_0= ruleSignedInt ) )
                    	    {
                    	    otherlv_7=(Token)match(input,30,FOLLOW_17); 

                    	    					newLeafNode(otherlv_7, grammarAccess.getDescriptorAccess().getCommaKeyword_3_3_0());
                    	    				
                    	    // InternalPtl.g:795:5: ( (lv_levels_8_0= ruleSignedInt ) )
                    	    // InternalPtl.g:796:6: (lv_levels_8_0= ruleSignedInt )
                    	    {
                    	    // InternalPtl.g:796:6: (lv_levels_8_0= ruleSignedInt )
                    	    // InternalPtl.g:797:7: lv_levels_8_0= ruleSignedInt
                    	    {

                    	    							newCompositeNode(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_31);
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
                    	    break loop14;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:816:3: ( (lv_description_9_0= RULE_STRING ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_STRING) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalPtl.g:817:4: (lv_description_9_0= RULE_STRING )
                    {
                    // InternalPtl.g:817:4: (lv_description_9_0= RULE_STRING )
                    // InternalPtl.g:818:5: lv_description_9_0= RULE_STRING
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

            otherlv_10=(Token)match(input,17,FOLLOW_32); 

            			newLeafNode(otherlv_10, grammarAccess.getDescriptorAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalPtl.g:838:3: ( (lv_fields_11_0= ruleField ) )*
            loop17:
            do {
                int alt17=2;
                int LA17_0 = input.LA(1);

                if ( (LA17_0==RULE_ID||LA17_0==15||(LA17_0>=18 && LA17_0<=22)||(LA17_0>=24 && LA17_0<=28)||LA17_0==35||LA17_0==45||LA17_0==49||(LA17_0>=52 && LA17_0<=53)||LA17_0==57||LA17_0==59||LA17_0==75||LA17_0==78||(LA17_0>=80 && LA17_0<=84)||LA17_0==87||(LA17_0>=92 && LA17_0<=94)||LA17_0==97||(LA17_0>=100 && LA17_0<=103)||LA17_0==105||(LA17_0>=108 && LA17_0<=111)||(LA17_0>=113 && LA17_0<=119)||(LA17_0>=121 && LA17_0<=122)||(LA17_0>=125 && LA17_0<=127)||(LA17_0>=129 && LA17_0<=132)||(LA17_0>=135 && LA17_0<=147)) ) {
                    alt17=1;
                }


                switch (alt17) {
            	case 1 :
            	    // InternalPtl.g:839:4: (lv_fields_11_0= ruleField )
            	    {
            	    // InternalPtl.g:839:4: (lv_fields_11_0= ruleField )
            	    // InternalPtl.g:840:5: lv_fields_11_0= ruleField
            	    {

            	    					newCompositeNode(grammarAccess.getDescriptorAccess().getFieldsFieldParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_32);
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
            	    break loop17;
                }
            } while (true);

            otherlv_12=(Token)match(input,33,FOLLOW_2); 

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
    // InternalPtl.g:865:1: entryRuleField returns [EObject current=null] : iv_ruleField= ruleField EOF ;
    public final EObject entryRuleField() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleField = null;


        try {
            // InternalPtl.g:865:46: (iv_ruleField= ruleField EOF )
            // InternalPtl.g:866:2: iv_ruleField= ruleField EOF
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
    // InternalPtl.g:872:1: ruleField returns [EObject current=null] : ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? ) ;
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
            // InternalPtl.g:878:2: ( ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? ) )
            // InternalPtl.g:879:2: ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:879:2: ( ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )? )
            // InternalPtl.g:880:3: ( (lv_name_0_0= ruleValidID ) ) ( (lv_bits_1_0= ruleBitRange ) ) ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )? (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )? ( (lv_description_18_0= RULE_STRING ) )?
            {
            // InternalPtl.g:880:3: ( (lv_name_0_0= ruleValidID ) )
            // InternalPtl.g:881:4: (lv_name_0_0= ruleValidID )
            {
            // InternalPtl.g:881:4: (lv_name_0_0= ruleValidID )
            // InternalPtl.g:882:5: lv_name_0_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getFieldAccess().getNameValidIDParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_33);
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

            // InternalPtl.g:899:3: ( (lv_bits_1_0= ruleBitRange ) )
            // InternalPtl.g:900:4: (lv_bits_1_0= ruleBitRange )
            {
            // InternalPtl.g:900:4: (lv_bits_1_0= ruleBitRange )
            // InternalPtl.g:901:5: lv_bits_1_0= ruleBitRange
            {

            					newCompositeNode(grammarAccess.getFieldAccess().getBitsBitRangeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalPtl.g:918:3: ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )?
            int alt20=5;
            alt20 = dfa20.predict(input);
            switch (alt20) {
                case 1 :
                    // InternalPtl.g:919:4: ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) )
                    {
                    // InternalPtl.g:919:4: ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) )
                    // InternalPtl.g:920:5: ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) )
                    {
                    // InternalPtl.g:920:5: ( (lv_kind_2_0= ruleFixedKind ) )
                    // InternalPtl.g:921:6: (lv_kind_2_0= ruleFixedKind )
                    {
                    // InternalPtl.g:921:6: (lv_kind_2_0= ruleFixedKind )
                    // InternalPtl.g:922:7: lv_kind_2_0= ruleFixedKind
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getKindFixedKindEnumRuleCall_2_0_0_0());
                    						
                    pushFollow(FOLLOW_35);
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

                    // InternalPtl.g:939:5: ( (lv_fixedValue_3_0= ruleNumber ) )
                    // InternalPtl.g:940:6: (lv_fixedValue_3_0= ruleNumber )
                    {
                    // InternalPtl.g:940:6: (lv_fixedValue_3_0= ruleNumber )
                    // InternalPtl.g:941:7: lv_fixedValue_3_0= ruleNumber
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getFixedValueNumberParserRuleCall_2_0_1_0());
                    						
                    pushFollow(FOLLOW_36);
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
                    // InternalPtl.g:960:4: ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' )
                    {
                    // InternalPtl.g:960:4: ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' )
                    // InternalPtl.g:961:5: ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}'
                    {
                    // InternalPtl.g:961:5: ( (lv_kind_4_0= ruleEnumKind ) )
                    // InternalPtl.g:962:6: (lv_kind_4_0= ruleEnumKind )
                    {
                    // InternalPtl.g:962:6: (lv_kind_4_0= ruleEnumKind )
                    // InternalPtl.g:963:7: lv_kind_4_0= ruleEnumKind
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
                    				
                    // InternalPtl.g:984:5: ( (lv_literals_6_0= ruleEnumLiteral ) )
                    // InternalPtl.g:985:6: (lv_literals_6_0= ruleEnumLiteral )
                    {
                    // InternalPtl.g:985:6: (lv_literals_6_0= ruleEnumLiteral )
                    // InternalPtl.g:986:7: lv_literals_6_0= ruleEnumLiteral
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_2_0());
                    						
                    pushFollow(FOLLOW_37);
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

                    // InternalPtl.g:1003:5: (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )*
                    loop18:
                    do {
                        int alt18=2;
                        int LA18_0 = input.LA(1);

                        if ( (LA18_0==30) ) {
                            alt18=1;
                        }


                        switch (alt18) {
                    	case 1 :
                    	    // InternalPtl.g:1004:6: otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) )
                    	    {
                    	    otherlv_7=(Token)match(input,30,FOLLOW_7); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getFieldAccess().getCommaKeyword_2_1_3_0());
                    	    					
                    	    // InternalPtl.g:1008:6: ( (lv_literals_8_0= ruleEnumLiteral ) )
                    	    // InternalPtl.g:1009:7: (lv_literals_8_0= ruleEnumLiteral )
                    	    {
                    	    // InternalPtl.g:1009:7: (lv_literals_8_0= ruleEnumLiteral )
                    	    // InternalPtl.g:1010:8: lv_literals_8_0= ruleEnumLiteral
                    	    {

                    	    								newCompositeNode(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_3_1_0());
                    	    							
                    	    pushFollow(FOLLOW_37);
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
                    	    break loop18;
                        }
                    } while (true);

                    otherlv_9=(Token)match(input,33,FOLLOW_36); 

                    					newLeafNode(otherlv_9, grammarAccess.getFieldAccess().getRightCurlyBracketKeyword_2_1_4());
                    				

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1034:4: ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? )
                    {
                    // InternalPtl.g:1034:4: ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? )
                    // InternalPtl.g:1035:5: ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )?
                    {
                    // InternalPtl.g:1035:5: ( (lv_kind_10_0= ruleAddressKind ) )
                    // InternalPtl.g:1036:6: (lv_kind_10_0= ruleAddressKind )
                    {
                    // InternalPtl.g:1036:6: (lv_kind_10_0= ruleAddressKind )
                    // InternalPtl.g:1037:7: lv_kind_10_0= ruleAddressKind
                    {

                    							newCompositeNode(grammarAccess.getFieldAccess().getKindAddressKindEnumRuleCall_2_2_0_0());
                    						
                    pushFollow(FOLLOW_38);
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

                    // InternalPtl.g:1054:5: (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )?
                    int alt19=2;
                    int LA19_0 = input.LA(1);

                    if ( (LA19_0==36) ) {
                        alt19=1;
                    }
                    switch (alt19) {
                        case 1 :
                            // InternalPtl.g:1055:6: otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) )
                            {
                            otherlv_11=(Token)match(input,36,FOLLOW_33); 

                            						newLeafNode(otherlv_11, grammarAccess.getFieldAccess().getHoldsKeyword_2_2_1_0());
                            					
                            // InternalPtl.g:1059:6: ( (lv_addressBits_12_0= ruleBitRange ) )
                            // InternalPtl.g:1060:7: (lv_addressBits_12_0= ruleBitRange )
                            {
                            // InternalPtl.g:1060:7: (lv_addressBits_12_0= ruleBitRange )
                            // InternalPtl.g:1061:8: lv_addressBits_12_0= ruleBitRange
                            {

                            								newCompositeNode(grammarAccess.getFieldAccess().getAddressBitsBitRangeParserRuleCall_2_2_1_1_0());
                            							
                            pushFollow(FOLLOW_36);
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
                    // InternalPtl.g:1081:4: ( (lv_kind_13_0= rulePlainKind ) )
                    {
                    // InternalPtl.g:1081:4: ( (lv_kind_13_0= rulePlainKind ) )
                    // InternalPtl.g:1082:5: (lv_kind_13_0= rulePlainKind )
                    {
                    // InternalPtl.g:1082:5: (lv_kind_13_0= rulePlainKind )
                    // InternalPtl.g:1083:6: lv_kind_13_0= rulePlainKind
                    {

                    						newCompositeNode(grammarAccess.getFieldAccess().getKindPlainKindEnumRuleCall_2_3_0());
                    					
                    pushFollow(FOLLOW_36);
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

            // InternalPtl.g:1101:3: (otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )* )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==37) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalPtl.g:1102:4: otherlv_14= 'overlays' ( ( ruleValidID ) ) (otherlv_16= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_14=(Token)match(input,37,FOLLOW_7); 

                    				newLeafNode(otherlv_14, grammarAccess.getFieldAccess().getOverlaysKeyword_3_0());
                    			
                    // InternalPtl.g:1106:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1107:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1107:5: ( ruleValidID )
                    // InternalPtl.g:1108:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFieldRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_1_0());
                    					
                    pushFollow(FOLLOW_39);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:1122:4: (otherlv_16= ',' ( ( ruleValidID ) ) )*
                    loop21:
                    do {
                        int alt21=2;
                        int LA21_0 = input.LA(1);

                        if ( (LA21_0==30) ) {
                            alt21=1;
                        }


                        switch (alt21) {
                    	case 1 :
                    	    // InternalPtl.g:1123:5: otherlv_16= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_16=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_16, grammarAccess.getFieldAccess().getCommaKeyword_3_2_0());
                    	    				
                    	    // InternalPtl.g:1127:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:1128:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:1128:6: ( ruleValidID )
                    	    // InternalPtl.g:1129:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getFieldRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_39);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop21;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:1145:3: ( (lv_description_18_0= RULE_STRING ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_STRING) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalPtl.g:1146:4: (lv_description_18_0= RULE_STRING )
                    {
                    // InternalPtl.g:1146:4: (lv_description_18_0= RULE_STRING )
                    // InternalPtl.g:1147:5: lv_description_18_0= RULE_STRING
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
    // InternalPtl.g:1167:1: entryRuleEnumLiteral returns [EObject current=null] : iv_ruleEnumLiteral= ruleEnumLiteral EOF ;
    public final EObject entryRuleEnumLiteral() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnumLiteral = null;


        try {
            // InternalPtl.g:1167:52: (iv_ruleEnumLiteral= ruleEnumLiteral EOF )
            // InternalPtl.g:1168:2: iv_ruleEnumLiteral= ruleEnumLiteral EOF
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
    // InternalPtl.g:1174:1: ruleEnumLiteral returns [EObject current=null] : ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleEnumLiteral() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;

        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1180:2: ( ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1181:2: ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1181:2: ( ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalPtl.g:1182:3: ( (lv_name_0_0= ruleValidID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ( (lv_description_3_0= RULE_STRING ) )?
            {
            // InternalPtl.g:1182:3: ( (lv_name_0_0= ruleValidID ) )
            // InternalPtl.g:1183:4: (lv_name_0_0= ruleValidID )
            {
            // InternalPtl.g:1183:4: (lv_name_0_0= ruleValidID )
            // InternalPtl.g:1184:5: lv_name_0_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getEnumLiteralAccess().getNameValidIDParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_40);
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

            otherlv_1=(Token)match(input,38,FOLLOW_35); 

            			newLeafNode(otherlv_1, grammarAccess.getEnumLiteralAccess().getEqualsSignKeyword_1());
            		
            // InternalPtl.g:1205:3: ( (lv_value_2_0= ruleNumber ) )
            // InternalPtl.g:1206:4: (lv_value_2_0= ruleNumber )
            {
            // InternalPtl.g:1206:4: (lv_value_2_0= ruleNumber )
            // InternalPtl.g:1207:5: lv_value_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getEnumLiteralAccess().getValueNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_41);
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

            // InternalPtl.g:1224:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==RULE_STRING) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalPtl.g:1225:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalPtl.g:1225:4: (lv_description_3_0= RULE_STRING )
                    // InternalPtl.g:1226:5: lv_description_3_0= RULE_STRING
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
    // InternalPtl.g:1246:1: entryRuleBitRange returns [EObject current=null] : iv_ruleBitRange= ruleBitRange EOF ;
    public final EObject entryRuleBitRange() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBitRange = null;


        try {
            // InternalPtl.g:1246:49: (iv_ruleBitRange= ruleBitRange EOF )
            // InternalPtl.g:1247:2: iv_ruleBitRange= ruleBitRange EOF
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
    // InternalPtl.g:1253:1: ruleBitRange returns [EObject current=null] : (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' ) ;
    public final EObject ruleBitRange() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_high_1_0=null;
        Token otherlv_2=null;
        Token lv_low_3_0=null;
        Token otherlv_4=null;


        	enterRule();

        try {
            // InternalPtl.g:1259:2: ( (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' ) )
            // InternalPtl.g:1260:2: (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' )
            {
            // InternalPtl.g:1260:2: (otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']' )
            // InternalPtl.g:1261:3: otherlv_0= '[' ( (lv_high_1_0= RULE_INT ) ) (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )? otherlv_4= ']'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_13); 

            			newLeafNode(otherlv_0, grammarAccess.getBitRangeAccess().getLeftSquareBracketKeyword_0());
            		
            // InternalPtl.g:1265:3: ( (lv_high_1_0= RULE_INT ) )
            // InternalPtl.g:1266:4: (lv_high_1_0= RULE_INT )
            {
            // InternalPtl.g:1266:4: (lv_high_1_0= RULE_INT )
            // InternalPtl.g:1267:5: lv_high_1_0= RULE_INT
            {
            lv_high_1_0=(Token)match(input,RULE_INT,FOLLOW_42); 

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

            // InternalPtl.g:1283:3: (otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) ) )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==40) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalPtl.g:1284:4: otherlv_2= ':' ( (lv_low_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,40,FOLLOW_13); 

                    				newLeafNode(otherlv_2, grammarAccess.getBitRangeAccess().getColonKeyword_2_0());
                    			
                    // InternalPtl.g:1288:4: ( (lv_low_3_0= RULE_INT ) )
                    // InternalPtl.g:1289:5: (lv_low_3_0= RULE_INT )
                    {
                    // InternalPtl.g:1289:5: (lv_low_3_0= RULE_INT )
                    // InternalPtl.g:1290:6: lv_low_3_0= RULE_INT
                    {
                    lv_low_3_0=(Token)match(input,RULE_INT,FOLLOW_43); 

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

            otherlv_4=(Token)match(input,41,FOLLOW_2); 

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
    // InternalPtl.g:1315:1: entryRuleClaimSet returns [EObject current=null] : iv_ruleClaimSet= ruleClaimSet EOF ;
    public final EObject entryRuleClaimSet() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleClaimSet = null;


        try {
            // InternalPtl.g:1315:49: (iv_ruleClaimSet= ruleClaimSet EOF )
            // InternalPtl.g:1316:2: iv_ruleClaimSet= ruleClaimSet EOF
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
    // InternalPtl.g:1322:1: ruleClaimSet returns [EObject current=null] : (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' ) ;
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
            // InternalPtl.g:1328:2: ( (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' ) )
            // InternalPtl.g:1329:2: (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' )
            {
            // InternalPtl.g:1329:2: (otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}' )
            // InternalPtl.g:1330:3: otherlv_0= 'claims' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'on' ( ( ruleQualifiedName ) ) (otherlv_4= ',' ( ( ruleQualifiedName ) ) )* ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' ( (lv_claims_8_0= ruleClaim ) )* otherlv_9= '}'
            {
            otherlv_0=(Token)match(input,42,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getClaimSetAccess().getClaimsKeyword_0());
            		
            // InternalPtl.g:1334:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1335:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1335:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1336:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getClaimSetAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_44);
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

            otherlv_2=(Token)match(input,43,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getClaimSetAccess().getOnKeyword_2());
            		
            // InternalPtl.g:1357:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:1358:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:1358:4: ( ruleQualifiedName )
            // InternalPtl.g:1359:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getClaimSetRule());
            					}
            				

            					newCompositeNode(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_3_0());
            				
            pushFollow(FOLLOW_31);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1373:3: (otherlv_4= ',' ( ( ruleQualifiedName ) ) )*
            loop26:
            do {
                int alt26=2;
                int LA26_0 = input.LA(1);

                if ( (LA26_0==30) ) {
                    alt26=1;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalPtl.g:1374:4: otherlv_4= ',' ( ( ruleQualifiedName ) )
            	    {
            	    otherlv_4=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_4, grammarAccess.getClaimSetAccess().getCommaKeyword_4_0());
            	    			
            	    // InternalPtl.g:1378:4: ( ( ruleQualifiedName ) )
            	    // InternalPtl.g:1379:5: ( ruleQualifiedName )
            	    {
            	    // InternalPtl.g:1379:5: ( ruleQualifiedName )
            	    // InternalPtl.g:1380:6: ruleQualifiedName
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getClaimSetRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_4_1_0());
            	    					
            	    pushFollow(FOLLOW_31);
            	    ruleQualifiedName();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

            // InternalPtl.g:1395:3: ( (lv_description_6_0= RULE_STRING ) )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_STRING) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalPtl.g:1396:4: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalPtl.g:1396:4: (lv_description_6_0= RULE_STRING )
                    // InternalPtl.g:1397:5: lv_description_6_0= RULE_STRING
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

            otherlv_7=(Token)match(input,17,FOLLOW_45); 

            			newLeafNode(otherlv_7, grammarAccess.getClaimSetAccess().getLeftCurlyBracketKeyword_6());
            		
            // InternalPtl.g:1417:3: ( (lv_claims_8_0= ruleClaim ) )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==44) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalPtl.g:1418:4: (lv_claims_8_0= ruleClaim )
            	    {
            	    // InternalPtl.g:1418:4: (lv_claims_8_0= ruleClaim )
            	    // InternalPtl.g:1419:5: lv_claims_8_0= ruleClaim
            	    {

            	    					newCompositeNode(grammarAccess.getClaimSetAccess().getClaimsClaimParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_45);
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
            	    break loop28;
                }
            } while (true);

            otherlv_9=(Token)match(input,33,FOLLOW_2); 

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
    // InternalPtl.g:1444:1: entryRuleClaim returns [EObject current=null] : iv_ruleClaim= ruleClaim EOF ;
    public final EObject entryRuleClaim() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleClaim = null;


        try {
            // InternalPtl.g:1444:46: (iv_ruleClaim= ruleClaim EOF )
            // InternalPtl.g:1445:2: iv_ruleClaim= ruleClaim EOF
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
    // InternalPtl.g:1451:1: ruleClaim returns [EObject current=null] : (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? ) ;
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
            // InternalPtl.g:1457:2: ( (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1458:2: (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1458:2: (otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )? )
            // InternalPtl.g:1459:3: otherlv_0= 'claim' ( (lv_name_1_0= ruleValidID ) ) ( (lv_bits_2_0= ruleBitRange ) ) (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )? ( (lv_description_8_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,44,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getClaimAccess().getClaimKeyword_0());
            		
            // InternalPtl.g:1463:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1464:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1464:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1465:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getClaimAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_33);
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

            // InternalPtl.g:1482:3: ( (lv_bits_2_0= ruleBitRange ) )
            // InternalPtl.g:1483:4: (lv_bits_2_0= ruleBitRange )
            {
            // InternalPtl.g:1483:4: (lv_bits_2_0= ruleBitRange )
            // InternalPtl.g:1484:5: lv_bits_2_0= ruleBitRange
            {

            					newCompositeNode(grammarAccess.getClaimAccess().getBitsBitRangeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_46);
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

            // InternalPtl.g:1501:3: (otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )* )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==45) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalPtl.g:1502:4: otherlv_3= 'shared' otherlv_4= 'with' ( ( ruleQualifiedName ) ) (otherlv_6= ',' ( ( ruleQualifiedName ) ) )*
                    {
                    otherlv_3=(Token)match(input,45,FOLLOW_47); 

                    				newLeafNode(otherlv_3, grammarAccess.getClaimAccess().getSharedKeyword_3_0());
                    			
                    otherlv_4=(Token)match(input,46,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getClaimAccess().getWithKeyword_3_1());
                    			
                    // InternalPtl.g:1510:4: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:1511:5: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:1511:5: ( ruleQualifiedName )
                    // InternalPtl.g:1512:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getClaimRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_2_0());
                    					
                    pushFollow(FOLLOW_39);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:1526:4: (otherlv_6= ',' ( ( ruleQualifiedName ) ) )*
                    loop29:
                    do {
                        int alt29=2;
                        int LA29_0 = input.LA(1);

                        if ( (LA29_0==30) ) {
                            alt29=1;
                        }


                        switch (alt29) {
                    	case 1 :
                    	    // InternalPtl.g:1527:5: otherlv_6= ',' ( ( ruleQualifiedName ) )
                    	    {
                    	    otherlv_6=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_6, grammarAccess.getClaimAccess().getCommaKeyword_3_3_0());
                    	    				
                    	    // InternalPtl.g:1531:5: ( ( ruleQualifiedName ) )
                    	    // InternalPtl.g:1532:6: ( ruleQualifiedName )
                    	    {
                    	    // InternalPtl.g:1532:6: ( ruleQualifiedName )
                    	    // InternalPtl.g:1533:7: ruleQualifiedName
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getClaimRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_39);
                    	    ruleQualifiedName();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop29;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:1549:3: ( (lv_description_8_0= RULE_STRING ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==RULE_STRING) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalPtl.g:1550:4: (lv_description_8_0= RULE_STRING )
                    {
                    // InternalPtl.g:1550:4: (lv_description_8_0= RULE_STRING )
                    // InternalPtl.g:1551:5: lv_description_8_0= RULE_STRING
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
    // InternalPtl.g:1571:1: entryRuleOwnershipModel returns [EObject current=null] : iv_ruleOwnershipModel= ruleOwnershipModel EOF ;
    public final EObject entryRuleOwnershipModel() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOwnershipModel = null;


        try {
            // InternalPtl.g:1571:55: (iv_ruleOwnershipModel= ruleOwnershipModel EOF )
            // InternalPtl.g:1572:2: iv_ruleOwnershipModel= ruleOwnershipModel EOF
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
    // InternalPtl.g:1578:1: ruleOwnershipModel returns [EObject current=null] : (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_counters_8_0= ruleCounter ) )* ( (lv_transitions_9_0= ruleTransition ) )* ( (lv_invariants_10_0= ruleInvariant ) )* otherlv_11= '}' ) ;
    public final EObject ruleOwnershipModel() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_11=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_states_4_0 = null;

        EObject lv_components_7_0 = null;

        EObject lv_counters_8_0 = null;

        EObject lv_transitions_9_0 = null;

        EObject lv_invariants_10_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1584:2: ( (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_counters_8_0= ruleCounter ) )* ( (lv_transitions_9_0= ruleTransition ) )* ( (lv_invariants_10_0= ruleInvariant ) )* otherlv_11= '}' ) )
            // InternalPtl.g:1585:2: (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_counters_8_0= ruleCounter ) )* ( (lv_transitions_9_0= ruleTransition ) )* ( (lv_invariants_10_0= ruleInvariant ) )* otherlv_11= '}' )
            {
            // InternalPtl.g:1585:2: (otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_counters_8_0= ruleCounter ) )* ( (lv_transitions_9_0= ruleTransition ) )* ( (lv_invariants_10_0= ruleInvariant ) )* otherlv_11= '}' )
            // InternalPtl.g:1586:3: otherlv_0= 'ownership' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_states_4_0= ruleState ) )* (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_components_7_0= ruleComponent ) )* ( (lv_counters_8_0= ruleCounter ) )* ( (lv_transitions_9_0= ruleTransition ) )* ( (lv_invariants_10_0= ruleInvariant ) )* otherlv_11= '}'
            {
            otherlv_0=(Token)match(input,47,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getOwnershipModelAccess().getOwnershipKeyword_0());
            		
            // InternalPtl.g:1590:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1591:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1591:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1592:5: lv_name_1_0= ruleValidID
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

            // InternalPtl.g:1609:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==RULE_STRING) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalPtl.g:1610:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:1610:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:1611:5: lv_description_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,17,FOLLOW_48); 

            			newLeafNode(otherlv_3, grammarAccess.getOwnershipModelAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPtl.g:1631:3: ( (lv_states_4_0= ruleState ) )*
            loop33:
            do {
                int alt33=2;
                int LA33_0 = input.LA(1);

                if ( (LA33_0==49) ) {
                    alt33=1;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalPtl.g:1632:4: (lv_states_4_0= ruleState )
            	    {
            	    // InternalPtl.g:1632:4: (lv_states_4_0= ruleState )
            	    // InternalPtl.g:1633:5: lv_states_4_0= ruleState
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getStatesStateParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_48);
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
            	    break loop33;
                }
            } while (true);

            // InternalPtl.g:1650:3: (otherlv_5= 'initially' ( ( ruleValidID ) ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==48) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalPtl.g:1651:4: otherlv_5= 'initially' ( ( ruleValidID ) )
                    {
                    otherlv_5=(Token)match(input,48,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getOwnershipModelAccess().getInitiallyKeyword_5_0());
                    			
                    // InternalPtl.g:1655:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1656:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1656:5: ( ruleValidID )
                    // InternalPtl.g:1657:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOwnershipModelRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOwnershipModelAccess().getInitialStateStateCrossReference_5_1_0());
                    					
                    pushFollow(FOLLOW_49);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1672:3: ( (lv_components_7_0= ruleComponent ) )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( (LA35_0==50) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalPtl.g:1673:4: (lv_components_7_0= ruleComponent )
            	    {
            	    // InternalPtl.g:1673:4: (lv_components_7_0= ruleComponent )
            	    // InternalPtl.g:1674:5: lv_components_7_0= ruleComponent
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getComponentsComponentParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_49);
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
            	    break loop35;
                }
            } while (true);

            // InternalPtl.g:1691:3: ( (lv_counters_8_0= ruleCounter ) )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==52) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalPtl.g:1692:4: (lv_counters_8_0= ruleCounter )
            	    {
            	    // InternalPtl.g:1692:4: (lv_counters_8_0= ruleCounter )
            	    // InternalPtl.g:1693:5: lv_counters_8_0= ruleCounter
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getCountersCounterParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_50);
            	    lv_counters_8_0=ruleCounter();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"counters",
            	    						lv_counters_8_0,
            	    						"org.ptl.lang.Ptl.Counter");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

            // InternalPtl.g:1710:3: ( (lv_transitions_9_0= ruleTransition ) )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==54) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalPtl.g:1711:4: (lv_transitions_9_0= ruleTransition )
            	    {
            	    // InternalPtl.g:1711:4: (lv_transitions_9_0= ruleTransition )
            	    // InternalPtl.g:1712:5: lv_transitions_9_0= ruleTransition
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getTransitionsTransitionParserRuleCall_8_0());
            	    				
            	    pushFollow(FOLLOW_51);
            	    lv_transitions_9_0=ruleTransition();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"transitions",
            	    						lv_transitions_9_0,
            	    						"org.ptl.lang.Ptl.Transition");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);

            // InternalPtl.g:1729:3: ( (lv_invariants_10_0= ruleInvariant ) )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==61) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalPtl.g:1730:4: (lv_invariants_10_0= ruleInvariant )
            	    {
            	    // InternalPtl.g:1730:4: (lv_invariants_10_0= ruleInvariant )
            	    // InternalPtl.g:1731:5: lv_invariants_10_0= ruleInvariant
            	    {

            	    					newCompositeNode(grammarAccess.getOwnershipModelAccess().getInvariantsInvariantParserRuleCall_9_0());
            	    				
            	    pushFollow(FOLLOW_52);
            	    lv_invariants_10_0=ruleInvariant();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOwnershipModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"invariants",
            	    						lv_invariants_10_0,
            	    						"org.ptl.lang.Ptl.Invariant");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

            otherlv_11=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_11, grammarAccess.getOwnershipModelAccess().getRightCurlyBracketKeyword_10());
            		

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
    // InternalPtl.g:1756:1: entryRuleState returns [EObject current=null] : iv_ruleState= ruleState EOF ;
    public final EObject entryRuleState() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleState = null;


        try {
            // InternalPtl.g:1756:46: (iv_ruleState= ruleState EOF )
            // InternalPtl.g:1757:2: iv_ruleState= ruleState EOF
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
    // InternalPtl.g:1763:1: ruleState returns [EObject current=null] : (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? ) ;
    public final EObject ruleState() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1769:2: ( (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1770:2: (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1770:2: (otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            // InternalPtl.g:1771:3: otherlv_0= 'state' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,49,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getStateAccess().getStateKeyword_0());
            		
            // InternalPtl.g:1775:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1776:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1776:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1777:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getStateAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_41);
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

            // InternalPtl.g:1794:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==RULE_STRING) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalPtl.g:1795:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:1795:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:1796:5: lv_description_2_0= RULE_STRING
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
    // InternalPtl.g:1816:1: entryRuleComponent returns [EObject current=null] : iv_ruleComponent= ruleComponent EOF ;
    public final EObject entryRuleComponent() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComponent = null;


        try {
            // InternalPtl.g:1816:50: (iv_ruleComponent= ruleComponent EOF )
            // InternalPtl.g:1817:2: iv_ruleComponent= ruleComponent EOF
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
    // InternalPtl.g:1823:1: ruleComponent returns [EObject current=null] : (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? ) ;
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
            // InternalPtl.g:1829:2: ( (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1830:2: (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1830:2: (otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )? )
            // InternalPtl.g:1831:3: otherlv_0= 'component' ( (lv_name_1_0= ruleValidID ) ) ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )? (otherlv_5= 'initially' ( ( ruleValidID ) ) )? ( (lv_description_7_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,50,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getComponentAccess().getComponentKeyword_0());
            		
            // InternalPtl.g:1835:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1836:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1836:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1837:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getComponentAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_53);
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

            // InternalPtl.g:1854:3: ( ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']' )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==39) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalPtl.g:1855:4: ( (lv_family_2_0= '[' ) ) otherlv_3= '*' otherlv_4= ']'
                    {
                    // InternalPtl.g:1855:4: ( (lv_family_2_0= '[' ) )
                    // InternalPtl.g:1856:5: (lv_family_2_0= '[' )
                    {
                    // InternalPtl.g:1856:5: (lv_family_2_0= '[' )
                    // InternalPtl.g:1857:6: lv_family_2_0= '['
                    {
                    lv_family_2_0=(Token)match(input,39,FOLLOW_54); 

                    						newLeafNode(lv_family_2_0, grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentRule());
                    						}
                    						setWithLastConsumed(current, "family", lv_family_2_0 != null, "[");
                    					

                    }


                    }

                    otherlv_3=(Token)match(input,51,FOLLOW_43); 

                    				newLeafNode(otherlv_3, grammarAccess.getComponentAccess().getAsteriskKeyword_2_1());
                    			
                    otherlv_4=(Token)match(input,41,FOLLOW_55); 

                    				newLeafNode(otherlv_4, grammarAccess.getComponentAccess().getRightSquareBracketKeyword_2_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:1878:3: (otherlv_5= 'initially' ( ( ruleValidID ) ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==48) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalPtl.g:1879:4: otherlv_5= 'initially' ( ( ruleValidID ) )
                    {
                    otherlv_5=(Token)match(input,48,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getComponentAccess().getInitiallyKeyword_3_0());
                    			
                    // InternalPtl.g:1883:4: ( ( ruleValidID ) )
                    // InternalPtl.g:1884:5: ( ruleValidID )
                    {
                    // InternalPtl.g:1884:5: ( ruleValidID )
                    // InternalPtl.g:1885:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getComponentAccess().getInitialStateStateCrossReference_3_1_0());
                    					
                    pushFollow(FOLLOW_41);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1900:3: ( (lv_description_7_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalPtl.g:1901:4: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalPtl.g:1901:4: (lv_description_7_0= RULE_STRING )
                    // InternalPtl.g:1902:5: lv_description_7_0= RULE_STRING
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


    // $ANTLR start "entryRuleCounter"
    // InternalPtl.g:1922:1: entryRuleCounter returns [EObject current=null] : iv_ruleCounter= ruleCounter EOF ;
    public final EObject entryRuleCounter() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCounter = null;


        try {
            // InternalPtl.g:1922:48: (iv_ruleCounter= ruleCounter EOF )
            // InternalPtl.g:1923:2: iv_ruleCounter= ruleCounter EOF
            {
             newCompositeNode(grammarAccess.getCounterRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCounter=ruleCounter();

            state._fsp--;

             current =iv_ruleCounter; 
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
    // $ANTLR end "entryRuleCounter"


    // $ANTLR start "ruleCounter"
    // InternalPtl.g:1929:1: ruleCounter returns [EObject current=null] : (otherlv_0= 'counter' ( (lv_name_1_0= ruleValidID ) ) (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )? ( (lv_description_4_0= RULE_STRING ) )? ) ;
    public final EObject ruleCounter() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_max_3_0=null;
        Token lv_description_4_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:1935:2: ( (otherlv_0= 'counter' ( (lv_name_1_0= ruleValidID ) ) (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )? ( (lv_description_4_0= RULE_STRING ) )? ) )
            // InternalPtl.g:1936:2: (otherlv_0= 'counter' ( (lv_name_1_0= ruleValidID ) ) (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )? ( (lv_description_4_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:1936:2: (otherlv_0= 'counter' ( (lv_name_1_0= ruleValidID ) ) (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )? ( (lv_description_4_0= RULE_STRING ) )? )
            // InternalPtl.g:1937:3: otherlv_0= 'counter' ( (lv_name_1_0= ruleValidID ) ) (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )? ( (lv_description_4_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,52,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getCounterAccess().getCounterKeyword_0());
            		
            // InternalPtl.g:1941:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:1942:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:1942:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:1943:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getCounterAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_56);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCounterRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:1960:3: (otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) ) )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==53) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalPtl.g:1961:4: otherlv_2= 'max' ( (lv_max_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,53,FOLLOW_13); 

                    				newLeafNode(otherlv_2, grammarAccess.getCounterAccess().getMaxKeyword_2_0());
                    			
                    // InternalPtl.g:1965:4: ( (lv_max_3_0= RULE_INT ) )
                    // InternalPtl.g:1966:5: (lv_max_3_0= RULE_INT )
                    {
                    // InternalPtl.g:1966:5: (lv_max_3_0= RULE_INT )
                    // InternalPtl.g:1967:6: lv_max_3_0= RULE_INT
                    {
                    lv_max_3_0=(Token)match(input,RULE_INT,FOLLOW_41); 

                    						newLeafNode(lv_max_3_0, grammarAccess.getCounterAccess().getMaxINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getCounterRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"max",
                    							lv_max_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:1984:3: ( (lv_description_4_0= RULE_STRING ) )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==RULE_STRING) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalPtl.g:1985:4: (lv_description_4_0= RULE_STRING )
                    {
                    // InternalPtl.g:1985:4: (lv_description_4_0= RULE_STRING )
                    // InternalPtl.g:1986:5: lv_description_4_0= RULE_STRING
                    {
                    lv_description_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_4_0, grammarAccess.getCounterAccess().getDescriptionSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getCounterRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_4_0,
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
    // $ANTLR end "ruleCounter"


    // $ANTLR start "entryRuleTransition"
    // InternalPtl.g:2006:1: entryRuleTransition returns [EObject current=null] : iv_ruleTransition= ruleTransition EOF ;
    public final EObject entryRuleTransition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransition = null;


        try {
            // InternalPtl.g:2006:51: (iv_ruleTransition= ruleTransition EOF )
            // InternalPtl.g:2007:2: iv_ruleTransition= ruleTransition EOF
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
    // InternalPtl.g:2013:1: ruleTransition returns [EObject current=null] : (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? ( (lv_guards_8_0= ruleGuard ) )* ( (lv_updates_9_0= ruleCounterUpdate ) )* otherlv_10= '}' ) ;
    public final EObject ruleTransition() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_10=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_initiator_5_0 = null;

        EObject lv_completer_7_0 = null;

        EObject lv_guards_8_0 = null;

        EObject lv_updates_9_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2019:2: ( (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? ( (lv_guards_8_0= ruleGuard ) )* ( (lv_updates_9_0= ruleCounterUpdate ) )* otherlv_10= '}' ) )
            // InternalPtl.g:2020:2: (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? ( (lv_guards_8_0= ruleGuard ) )* ( (lv_updates_9_0= ruleCounterUpdate ) )* otherlv_10= '}' )
            {
            // InternalPtl.g:2020:2: (otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? ( (lv_guards_8_0= ruleGuard ) )* ( (lv_updates_9_0= ruleCounterUpdate ) )* otherlv_10= '}' )
            // InternalPtl.g:2021:3: otherlv_0= 'transition' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' otherlv_4= 'initiator' ( (lv_initiator_5_0= ruleTransitionSide ) ) (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )? ( (lv_guards_8_0= ruleGuard ) )* ( (lv_updates_9_0= ruleCounterUpdate ) )* otherlv_10= '}'
            {
            otherlv_0=(Token)match(input,54,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getTransitionAccess().getTransitionKeyword_0());
            		
            // InternalPtl.g:2025:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:2026:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:2026:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:2027:5: lv_name_1_0= ruleValidID
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

            // InternalPtl.g:2044:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalPtl.g:2045:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:2045:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:2046:5: lv_description_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,17,FOLLOW_57); 

            			newLeafNode(otherlv_3, grammarAccess.getTransitionAccess().getLeftCurlyBracketKeyword_3());
            		
            otherlv_4=(Token)match(input,55,FOLLOW_7); 

            			newLeafNode(otherlv_4, grammarAccess.getTransitionAccess().getInitiatorKeyword_4());
            		
            // InternalPtl.g:2070:3: ( (lv_initiator_5_0= ruleTransitionSide ) )
            // InternalPtl.g:2071:4: (lv_initiator_5_0= ruleTransitionSide )
            {
            // InternalPtl.g:2071:4: (lv_initiator_5_0= ruleTransitionSide )
            // InternalPtl.g:2072:5: lv_initiator_5_0= ruleTransitionSide
            {

            					newCompositeNode(grammarAccess.getTransitionAccess().getInitiatorTransitionSideParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_58);
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

            // InternalPtl.g:2089:3: (otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) ) )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==56) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalPtl.g:2090:4: otherlv_6= 'completer' ( (lv_completer_7_0= ruleTransitionSide ) )
                    {
                    otherlv_6=(Token)match(input,56,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getTransitionAccess().getCompleterKeyword_6_0());
                    			
                    // InternalPtl.g:2094:4: ( (lv_completer_7_0= ruleTransitionSide ) )
                    // InternalPtl.g:2095:5: (lv_completer_7_0= ruleTransitionSide )
                    {
                    // InternalPtl.g:2095:5: (lv_completer_7_0= ruleTransitionSide )
                    // InternalPtl.g:2096:6: lv_completer_7_0= ruleTransitionSide
                    {

                    						newCompositeNode(grammarAccess.getTransitionAccess().getCompleterTransitionSideParserRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_59);
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

            // InternalPtl.g:2114:3: ( (lv_guards_8_0= ruleGuard ) )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==57) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalPtl.g:2115:4: (lv_guards_8_0= ruleGuard )
            	    {
            	    // InternalPtl.g:2115:4: (lv_guards_8_0= ruleGuard )
            	    // InternalPtl.g:2116:5: lv_guards_8_0= ruleGuard
            	    {

            	    					newCompositeNode(grammarAccess.getTransitionAccess().getGuardsGuardParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_59);
            	    lv_guards_8_0=ruleGuard();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getTransitionRule());
            	    					}
            	    					add(
            	    						current,
            	    						"guards",
            	    						lv_guards_8_0,
            	    						"org.ptl.lang.Ptl.Guard");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

            // InternalPtl.g:2133:3: ( (lv_updates_9_0= ruleCounterUpdate ) )*
            loop48:
            do {
                int alt48=2;
                int LA48_0 = input.LA(1);

                if ( (LA48_0==59) ) {
                    alt48=1;
                }


                switch (alt48) {
            	case 1 :
            	    // InternalPtl.g:2134:4: (lv_updates_9_0= ruleCounterUpdate )
            	    {
            	    // InternalPtl.g:2134:4: (lv_updates_9_0= ruleCounterUpdate )
            	    // InternalPtl.g:2135:5: lv_updates_9_0= ruleCounterUpdate
            	    {

            	    					newCompositeNode(grammarAccess.getTransitionAccess().getUpdatesCounterUpdateParserRuleCall_8_0());
            	    				
            	    pushFollow(FOLLOW_60);
            	    lv_updates_9_0=ruleCounterUpdate();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getTransitionRule());
            	    					}
            	    					add(
            	    						current,
            	    						"updates",
            	    						lv_updates_9_0,
            	    						"org.ptl.lang.Ptl.CounterUpdate");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop48;
                }
            } while (true);

            otherlv_10=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_10, grammarAccess.getTransitionAccess().getRightCurlyBracketKeyword_9());
            		

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


    // $ANTLR start "entryRuleGuard"
    // InternalPtl.g:2160:1: entryRuleGuard returns [EObject current=null] : iv_ruleGuard= ruleGuard EOF ;
    public final EObject entryRuleGuard() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGuard = null;


        try {
            // InternalPtl.g:2160:46: (iv_ruleGuard= ruleGuard EOF )
            // InternalPtl.g:2161:2: iv_ruleGuard= ruleGuard EOF
            {
             newCompositeNode(grammarAccess.getGuardRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGuard=ruleGuard();

            state._fsp--;

             current =iv_ruleGuard; 
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
    // $ANTLR end "entryRuleGuard"


    // $ANTLR start "ruleGuard"
    // InternalPtl.g:2167:1: ruleGuard returns [EObject current=null] : (otherlv_0= 'requires' ( (lv_predicate_1_0= ruleImplication ) ) (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )? ) ;
    public final EObject ruleGuard() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        EObject lv_predicate_1_0 = null;

        AntlrDatatypeRuleToken lv_errno_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2173:2: ( (otherlv_0= 'requires' ( (lv_predicate_1_0= ruleImplication ) ) (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )? ) )
            // InternalPtl.g:2174:2: (otherlv_0= 'requires' ( (lv_predicate_1_0= ruleImplication ) ) (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )? )
            {
            // InternalPtl.g:2174:2: (otherlv_0= 'requires' ( (lv_predicate_1_0= ruleImplication ) ) (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )? )
            // InternalPtl.g:2175:3: otherlv_0= 'requires' ( (lv_predicate_1_0= ruleImplication ) ) (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )?
            {
            otherlv_0=(Token)match(input,57,FOLLOW_61); 

            			newLeafNode(otherlv_0, grammarAccess.getGuardAccess().getRequiresKeyword_0());
            		
            // InternalPtl.g:2179:3: ( (lv_predicate_1_0= ruleImplication ) )
            // InternalPtl.g:2180:4: (lv_predicate_1_0= ruleImplication )
            {
            // InternalPtl.g:2180:4: (lv_predicate_1_0= ruleImplication )
            // InternalPtl.g:2181:5: lv_predicate_1_0= ruleImplication
            {

            					newCompositeNode(grammarAccess.getGuardAccess().getPredicateImplicationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_62);
            lv_predicate_1_0=ruleImplication();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getGuardRule());
            					}
            					set(
            						current,
            						"predicate",
            						lv_predicate_1_0,
            						"org.ptl.lang.Ptl.Implication");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2198:3: (otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==58) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalPtl.g:2199:4: otherlv_2= 'else' ( (lv_errno_3_0= ruleErrno ) )
                    {
                    otherlv_2=(Token)match(input,58,FOLLOW_63); 

                    				newLeafNode(otherlv_2, grammarAccess.getGuardAccess().getElseKeyword_2_0());
                    			
                    // InternalPtl.g:2203:4: ( (lv_errno_3_0= ruleErrno ) )
                    // InternalPtl.g:2204:5: (lv_errno_3_0= ruleErrno )
                    {
                    // InternalPtl.g:2204:5: (lv_errno_3_0= ruleErrno )
                    // InternalPtl.g:2205:6: lv_errno_3_0= ruleErrno
                    {

                    						newCompositeNode(grammarAccess.getGuardAccess().getErrnoErrnoParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_errno_3_0=ruleErrno();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getGuardRule());
                    						}
                    						set(
                    							current,
                    							"errno",
                    							lv_errno_3_0,
                    							"org.ptl.lang.Ptl.Errno");
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
    // $ANTLR end "ruleGuard"


    // $ANTLR start "entryRuleCounterUpdate"
    // InternalPtl.g:2227:1: entryRuleCounterUpdate returns [EObject current=null] : iv_ruleCounterUpdate= ruleCounterUpdate EOF ;
    public final EObject entryRuleCounterUpdate() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCounterUpdate = null;


        try {
            // InternalPtl.g:2227:54: (iv_ruleCounterUpdate= ruleCounterUpdate EOF )
            // InternalPtl.g:2228:2: iv_ruleCounterUpdate= ruleCounterUpdate EOF
            {
             newCompositeNode(grammarAccess.getCounterUpdateRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCounterUpdate=ruleCounterUpdate();

            state._fsp--;

             current =iv_ruleCounterUpdate; 
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
    // $ANTLR end "entryRuleCounterUpdate"


    // $ANTLR start "ruleCounterUpdate"
    // InternalPtl.g:2234:1: ruleCounterUpdate returns [EObject current=null] : (otherlv_0= 'update' ( ( ruleValidID ) ) ( (lv_operator_2_0= ruleUpdateOperator ) ) ( (lv_value_3_0= RULE_INT ) ) ) ;
    public final EObject ruleCounterUpdate() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_value_3_0=null;
        Enumerator lv_operator_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2240:2: ( (otherlv_0= 'update' ( ( ruleValidID ) ) ( (lv_operator_2_0= ruleUpdateOperator ) ) ( (lv_value_3_0= RULE_INT ) ) ) )
            // InternalPtl.g:2241:2: (otherlv_0= 'update' ( ( ruleValidID ) ) ( (lv_operator_2_0= ruleUpdateOperator ) ) ( (lv_value_3_0= RULE_INT ) ) )
            {
            // InternalPtl.g:2241:2: (otherlv_0= 'update' ( ( ruleValidID ) ) ( (lv_operator_2_0= ruleUpdateOperator ) ) ( (lv_value_3_0= RULE_INT ) ) )
            // InternalPtl.g:2242:3: otherlv_0= 'update' ( ( ruleValidID ) ) ( (lv_operator_2_0= ruleUpdateOperator ) ) ( (lv_value_3_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,59,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getCounterUpdateAccess().getUpdateKeyword_0());
            		
            // InternalPtl.g:2246:3: ( ( ruleValidID ) )
            // InternalPtl.g:2247:4: ( ruleValidID )
            {
            // InternalPtl.g:2247:4: ( ruleValidID )
            // InternalPtl.g:2248:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCounterUpdateRule());
            					}
            				

            					newCompositeNode(grammarAccess.getCounterUpdateAccess().getCounterCounterCrossReference_1_0());
            				
            pushFollow(FOLLOW_64);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2262:3: ( (lv_operator_2_0= ruleUpdateOperator ) )
            // InternalPtl.g:2263:4: (lv_operator_2_0= ruleUpdateOperator )
            {
            // InternalPtl.g:2263:4: (lv_operator_2_0= ruleUpdateOperator )
            // InternalPtl.g:2264:5: lv_operator_2_0= ruleUpdateOperator
            {

            					newCompositeNode(grammarAccess.getCounterUpdateAccess().getOperatorUpdateOperatorEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_13);
            lv_operator_2_0=ruleUpdateOperator();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCounterUpdateRule());
            					}
            					set(
            						current,
            						"operator",
            						lv_operator_2_0,
            						"org.ptl.lang.Ptl.UpdateOperator");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2281:3: ( (lv_value_3_0= RULE_INT ) )
            // InternalPtl.g:2282:4: (lv_value_3_0= RULE_INT )
            {
            // InternalPtl.g:2282:4: (lv_value_3_0= RULE_INT )
            // InternalPtl.g:2283:5: lv_value_3_0= RULE_INT
            {
            lv_value_3_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_value_3_0, grammarAccess.getCounterUpdateAccess().getValueINTTerminalRuleCall_3_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCounterUpdateRule());
            					}
            					setWithLastConsumed(
            						current,
            						"value",
            						lv_value_3_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

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
    // $ANTLR end "ruleCounterUpdate"


    // $ANTLR start "entryRuleTransitionSide"
    // InternalPtl.g:2303:1: entryRuleTransitionSide returns [EObject current=null] : iv_ruleTransitionSide= ruleTransitionSide EOF ;
    public final EObject entryRuleTransitionSide() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransitionSide = null;


        try {
            // InternalPtl.g:2303:55: (iv_ruleTransitionSide= ruleTransitionSide EOF )
            // InternalPtl.g:2304:2: iv_ruleTransitionSide= ruleTransitionSide EOF
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
    // InternalPtl.g:2310:1: ruleTransitionSide returns [EObject current=null] : ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) ) ;
    public final EObject ruleTransitionSide() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;


        	enterRule();

        try {
            // InternalPtl.g:2316:2: ( ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) ) )
            // InternalPtl.g:2317:2: ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:2317:2: ( ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) ) )
            // InternalPtl.g:2318:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )? ( ( ruleValidID ) ) otherlv_5= '->' ( ( ruleValidID ) )
            {
            // InternalPtl.g:2318:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )?
            int alt51=2;
            alt51 = dfa51.predict(input);
            switch (alt51) {
                case 1 :
                    // InternalPtl.g:2319:4: ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':'
                    {
                    // InternalPtl.g:2319:4: ( ( ruleValidID ) )
                    // InternalPtl.g:2320:5: ( ruleValidID )
                    {
                    // InternalPtl.g:2320:5: ( ruleValidID )
                    // InternalPtl.g:2321:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTransitionSideRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_0_0());
                    					
                    pushFollow(FOLLOW_65);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:2335:4: (otherlv_1= ',' ( ( ruleValidID ) ) )*
                    loop50:
                    do {
                        int alt50=2;
                        int LA50_0 = input.LA(1);

                        if ( (LA50_0==30) ) {
                            alt50=1;
                        }


                        switch (alt50) {
                    	case 1 :
                    	    // InternalPtl.g:2336:5: otherlv_1= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_1=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_1, grammarAccess.getTransitionSideAccess().getCommaKeyword_0_1_0());
                    	    				
                    	    // InternalPtl.g:2340:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:2341:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:2341:6: ( ruleValidID )
                    	    // InternalPtl.g:2342:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getTransitionSideRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_65);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop50;
                        }
                    } while (true);

                    otherlv_3=(Token)match(input,40,FOLLOW_7); 

                    				newLeafNode(otherlv_3, grammarAccess.getTransitionSideAccess().getColonKeyword_0_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:2362:3: ( ( ruleValidID ) )
            // InternalPtl.g:2363:4: ( ruleValidID )
            {
            // InternalPtl.g:2363:4: ( ruleValidID )
            // InternalPtl.g:2364:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionSideRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTransitionSideAccess().getFromStateCrossReference_1_0());
            				
            pushFollow(FOLLOW_66);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,60,FOLLOW_7); 

            			newLeafNode(otherlv_5, grammarAccess.getTransitionSideAccess().getHyphenMinusGreaterThanSignKeyword_2());
            		
            // InternalPtl.g:2382:3: ( ( ruleValidID ) )
            // InternalPtl.g:2383:4: ( ruleValidID )
            {
            // InternalPtl.g:2383:4: ( ruleValidID )
            // InternalPtl.g:2384:5: ruleValidID
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
    // InternalPtl.g:2402:1: entryRuleInvariant returns [EObject current=null] : iv_ruleInvariant= ruleInvariant EOF ;
    public final EObject entryRuleInvariant() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInvariant = null;


        try {
            // InternalPtl.g:2402:50: (iv_ruleInvariant= ruleInvariant EOF )
            // InternalPtl.g:2403:2: iv_ruleInvariant= ruleInvariant EOF
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
    // InternalPtl.g:2409:1: ruleInvariant returns [EObject current=null] : (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) ) ;
    public final EObject ruleInvariant() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_predicate_4_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2415:2: ( (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) ) )
            // InternalPtl.g:2416:2: (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) )
            {
            // InternalPtl.g:2416:2: (otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) ) )
            // InternalPtl.g:2417:3: otherlv_0= 'invariant' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= ':' ( (lv_predicate_4_0= ruleImplication ) )
            {
            otherlv_0=(Token)match(input,61,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getInvariantAccess().getInvariantKeyword_0());
            		
            // InternalPtl.g:2421:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:2422:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:2422:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:2423:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getInvariantAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_67);
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

            // InternalPtl.g:2440:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_STRING) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalPtl.g:2441:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:2441:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:2442:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_68); 

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

            otherlv_3=(Token)match(input,40,FOLLOW_61); 

            			newLeafNode(otherlv_3, grammarAccess.getInvariantAccess().getColonKeyword_3());
            		
            // InternalPtl.g:2462:3: ( (lv_predicate_4_0= ruleImplication ) )
            // InternalPtl.g:2463:4: (lv_predicate_4_0= ruleImplication )
            {
            // InternalPtl.g:2463:4: (lv_predicate_4_0= ruleImplication )
            // InternalPtl.g:2464:5: lv_predicate_4_0= ruleImplication
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
    // InternalPtl.g:2485:1: entryRuleImplication returns [EObject current=null] : iv_ruleImplication= ruleImplication EOF ;
    public final EObject entryRuleImplication() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplication = null;


        try {
            // InternalPtl.g:2485:52: (iv_ruleImplication= ruleImplication EOF )
            // InternalPtl.g:2486:2: iv_ruleImplication= ruleImplication EOF
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
    // InternalPtl.g:2492:1: ruleImplication returns [EObject current=null] : (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? ) ;
    public final EObject ruleImplication() throws RecognitionException {
        EObject current = null;

        EObject this_Disjunction_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2498:2: ( (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? ) )
            // InternalPtl.g:2499:2: (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? )
            {
            // InternalPtl.g:2499:2: (this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )? )
            // InternalPtl.g:2500:3: this_Disjunction_0= ruleDisjunction ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )?
            {

            			newCompositeNode(grammarAccess.getImplicationAccess().getDisjunctionParserRuleCall_0());
            		
            pushFollow(FOLLOW_69);
            this_Disjunction_0=ruleDisjunction();

            state._fsp--;


            			current = this_Disjunction_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2508:3: ( () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==162) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalPtl.g:2509:4: () ( (lv_operator_2_0= ruleImpliesOperator ) ) ( (lv_right_3_0= ruleImplication ) )
                    {
                    // InternalPtl.g:2509:4: ()
                    // InternalPtl.g:2510:5: 
                    {

                    					current = forceCreateModelElementAndSet(
                    						grammarAccess.getImplicationAccess().getBinaryPredicateLeftAction_1_0(),
                    						current);
                    				

                    }

                    // InternalPtl.g:2516:4: ( (lv_operator_2_0= ruleImpliesOperator ) )
                    // InternalPtl.g:2517:5: (lv_operator_2_0= ruleImpliesOperator )
                    {
                    // InternalPtl.g:2517:5: (lv_operator_2_0= ruleImpliesOperator )
                    // InternalPtl.g:2518:6: lv_operator_2_0= ruleImpliesOperator
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

                    // InternalPtl.g:2535:4: ( (lv_right_3_0= ruleImplication ) )
                    // InternalPtl.g:2536:5: (lv_right_3_0= ruleImplication )
                    {
                    // InternalPtl.g:2536:5: (lv_right_3_0= ruleImplication )
                    // InternalPtl.g:2537:6: lv_right_3_0= ruleImplication
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
    // InternalPtl.g:2559:1: entryRuleDisjunction returns [EObject current=null] : iv_ruleDisjunction= ruleDisjunction EOF ;
    public final EObject entryRuleDisjunction() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDisjunction = null;


        try {
            // InternalPtl.g:2559:52: (iv_ruleDisjunction= ruleDisjunction EOF )
            // InternalPtl.g:2560:2: iv_ruleDisjunction= ruleDisjunction EOF
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
    // InternalPtl.g:2566:1: ruleDisjunction returns [EObject current=null] : (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* ) ;
    public final EObject ruleDisjunction() throws RecognitionException {
        EObject current = null;

        EObject this_Conjunction_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2572:2: ( (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* ) )
            // InternalPtl.g:2573:2: (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* )
            {
            // InternalPtl.g:2573:2: (this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )* )
            // InternalPtl.g:2574:3: this_Conjunction_0= ruleConjunction ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )*
            {

            			newCompositeNode(grammarAccess.getDisjunctionAccess().getConjunctionParserRuleCall_0());
            		
            pushFollow(FOLLOW_70);
            this_Conjunction_0=ruleConjunction();

            state._fsp--;


            			current = this_Conjunction_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2582:3: ( () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) ) )*
            loop54:
            do {
                int alt54=2;
                int LA54_0 = input.LA(1);

                if ( (LA54_0==163) ) {
                    alt54=1;
                }


                switch (alt54) {
            	case 1 :
            	    // InternalPtl.g:2583:4: () ( (lv_operator_2_0= ruleOrOperator ) ) ( (lv_right_3_0= ruleConjunction ) )
            	    {
            	    // InternalPtl.g:2583:4: ()
            	    // InternalPtl.g:2584:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getDisjunctionAccess().getBinaryPredicateLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalPtl.g:2590:4: ( (lv_operator_2_0= ruleOrOperator ) )
            	    // InternalPtl.g:2591:5: (lv_operator_2_0= ruleOrOperator )
            	    {
            	    // InternalPtl.g:2591:5: (lv_operator_2_0= ruleOrOperator )
            	    // InternalPtl.g:2592:6: lv_operator_2_0= ruleOrOperator
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

            	    // InternalPtl.g:2609:4: ( (lv_right_3_0= ruleConjunction ) )
            	    // InternalPtl.g:2610:5: (lv_right_3_0= ruleConjunction )
            	    {
            	    // InternalPtl.g:2610:5: (lv_right_3_0= ruleConjunction )
            	    // InternalPtl.g:2611:6: lv_right_3_0= ruleConjunction
            	    {

            	    						newCompositeNode(grammarAccess.getDisjunctionAccess().getRightConjunctionParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_70);
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
            	    break loop54;
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
    // InternalPtl.g:2633:1: entryRuleConjunction returns [EObject current=null] : iv_ruleConjunction= ruleConjunction EOF ;
    public final EObject entryRuleConjunction() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConjunction = null;


        try {
            // InternalPtl.g:2633:52: (iv_ruleConjunction= ruleConjunction EOF )
            // InternalPtl.g:2634:2: iv_ruleConjunction= ruleConjunction EOF
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
    // InternalPtl.g:2640:1: ruleConjunction returns [EObject current=null] : (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* ) ;
    public final EObject ruleConjunction() throws RecognitionException {
        EObject current = null;

        EObject this_Negation_0 = null;

        Enumerator lv_operator_2_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2646:2: ( (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* ) )
            // InternalPtl.g:2647:2: (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* )
            {
            // InternalPtl.g:2647:2: (this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )* )
            // InternalPtl.g:2648:3: this_Negation_0= ruleNegation ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )*
            {

            			newCompositeNode(grammarAccess.getConjunctionAccess().getNegationParserRuleCall_0());
            		
            pushFollow(FOLLOW_71);
            this_Negation_0=ruleNegation();

            state._fsp--;


            			current = this_Negation_0;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:2656:3: ( () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) ) )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( (LA55_0==164) ) {
                    alt55=1;
                }


                switch (alt55) {
            	case 1 :
            	    // InternalPtl.g:2657:4: () ( (lv_operator_2_0= ruleAndOperator ) ) ( (lv_right_3_0= ruleNegation ) )
            	    {
            	    // InternalPtl.g:2657:4: ()
            	    // InternalPtl.g:2658:5: 
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getConjunctionAccess().getBinaryPredicateLeftAction_1_0(),
            	    						current);
            	    				

            	    }

            	    // InternalPtl.g:2664:4: ( (lv_operator_2_0= ruleAndOperator ) )
            	    // InternalPtl.g:2665:5: (lv_operator_2_0= ruleAndOperator )
            	    {
            	    // InternalPtl.g:2665:5: (lv_operator_2_0= ruleAndOperator )
            	    // InternalPtl.g:2666:6: lv_operator_2_0= ruleAndOperator
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

            	    // InternalPtl.g:2683:4: ( (lv_right_3_0= ruleNegation ) )
            	    // InternalPtl.g:2684:5: (lv_right_3_0= ruleNegation )
            	    {
            	    // InternalPtl.g:2684:5: (lv_right_3_0= ruleNegation )
            	    // InternalPtl.g:2685:6: lv_right_3_0= ruleNegation
            	    {

            	    						newCompositeNode(grammarAccess.getConjunctionAccess().getRightNegationParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_71);
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
            	    break loop55;
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
    // InternalPtl.g:2707:1: entryRuleNegation returns [EObject current=null] : iv_ruleNegation= ruleNegation EOF ;
    public final EObject entryRuleNegation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNegation = null;


        try {
            // InternalPtl.g:2707:49: (iv_ruleNegation= ruleNegation EOF )
            // InternalPtl.g:2708:2: iv_ruleNegation= ruleNegation EOF
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
    // InternalPtl.g:2714:1: ruleNegation returns [EObject current=null] : ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary ) ;
    public final EObject ruleNegation() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_operand_2_0 = null;

        EObject this_Primary_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:2720:2: ( ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary ) )
            // InternalPtl.g:2721:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary )
            {
            // InternalPtl.g:2721:2: ( ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) ) | this_Primary_3= rulePrimary )
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==62) ) {
                alt56=1;
            }
            else if ( (LA56_0==RULE_ID||LA56_0==15||(LA56_0>=18 && LA56_0<=22)||(LA56_0>=24 && LA56_0<=29)||LA56_0==35||LA56_0==45||LA56_0==49||(LA56_0>=52 && LA56_0<=53)||LA56_0==57||LA56_0==59||LA56_0==63||LA56_0==65||LA56_0==69||LA56_0==75||LA56_0==78||(LA56_0>=80 && LA56_0<=84)||LA56_0==87||(LA56_0>=92 && LA56_0<=94)||LA56_0==97||(LA56_0>=100 && LA56_0<=103)||LA56_0==105||(LA56_0>=108 && LA56_0<=111)||(LA56_0>=113 && LA56_0<=119)||(LA56_0>=121 && LA56_0<=122)||(LA56_0>=125 && LA56_0<=127)||(LA56_0>=129 && LA56_0<=132)||(LA56_0>=135 && LA56_0<=147)||(LA56_0>=166 && LA56_0<=168)) ) {
                alt56=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 56, 0, input);

                throw nvae;
            }
            switch (alt56) {
                case 1 :
                    // InternalPtl.g:2722:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) )
                    {
                    // InternalPtl.g:2722:3: ( () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) ) )
                    // InternalPtl.g:2723:4: () otherlv_1= 'not' ( (lv_operand_2_0= ruleNegation ) )
                    {
                    // InternalPtl.g:2723:4: ()
                    // InternalPtl.g:2724:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getNegationAccess().getNotPredicateAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,62,FOLLOW_61); 

                    				newLeafNode(otherlv_1, grammarAccess.getNegationAccess().getNotKeyword_0_1());
                    			
                    // InternalPtl.g:2734:4: ( (lv_operand_2_0= ruleNegation ) )
                    // InternalPtl.g:2735:5: (lv_operand_2_0= ruleNegation )
                    {
                    // InternalPtl.g:2735:5: (lv_operand_2_0= ruleNegation )
                    // InternalPtl.g:2736:6: lv_operand_2_0= ruleNegation
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
                    // InternalPtl.g:2755:3: this_Primary_3= rulePrimary
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
    // InternalPtl.g:2767:1: entryRulePrimary returns [EObject current=null] : iv_rulePrimary= rulePrimary EOF ;
    public final EObject entryRulePrimary() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePrimary = null;


        try {
            // InternalPtl.g:2767:48: (iv_rulePrimary= rulePrimary EOF )
            // InternalPtl.g:2768:2: iv_rulePrimary= rulePrimary EOF
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
    // InternalPtl.g:2774:1: rulePrimary returns [EObject current=null] : ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified | this_CounterComparison_4= ruleCounterComparison | this_ComponentState_5= ruleComponentState | this_MemberCount_6= ruleMemberCount ) ;
    public final EObject rulePrimary() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        EObject this_Implication_1 = null;

        EObject this_Quantified_3 = null;

        EObject this_CounterComparison_4 = null;

        EObject this_ComponentState_5 = null;

        EObject this_MemberCount_6 = null;



        	enterRule();

        try {
            // InternalPtl.g:2780:2: ( ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified | this_CounterComparison_4= ruleCounterComparison | this_ComponentState_5= ruleComponentState | this_MemberCount_6= ruleMemberCount ) )
            // InternalPtl.g:2781:2: ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified | this_CounterComparison_4= ruleCounterComparison | this_ComponentState_5= ruleComponentState | this_MemberCount_6= ruleMemberCount )
            {
            // InternalPtl.g:2781:2: ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified | this_CounterComparison_4= ruleCounterComparison | this_ComponentState_5= ruleComponentState | this_MemberCount_6= ruleMemberCount )
            int alt57=5;
            alt57 = dfa57.predict(input);
            switch (alt57) {
                case 1 :
                    // InternalPtl.g:2782:3: (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' )
                    {
                    // InternalPtl.g:2782:3: (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' )
                    // InternalPtl.g:2783:4: otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')'
                    {
                    otherlv_0=(Token)match(input,63,FOLLOW_61); 

                    				newLeafNode(otherlv_0, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_0_0());
                    			

                    				newCompositeNode(grammarAccess.getPrimaryAccess().getImplicationParserRuleCall_0_1());
                    			
                    pushFollow(FOLLOW_72);
                    this_Implication_1=ruleImplication();

                    state._fsp--;


                    				current = this_Implication_1;
                    				afterParserOrEnumRuleCall();
                    			
                    otherlv_2=(Token)match(input,64,FOLLOW_2); 

                    				newLeafNode(otherlv_2, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_0_2());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2801:3: this_Quantified_3= ruleQuantified
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getQuantifiedParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Quantified_3=ruleQuantified();

                    state._fsp--;


                    			current = this_Quantified_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:2810:3: this_CounterComparison_4= ruleCounterComparison
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getCounterComparisonParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_CounterComparison_4=ruleCounterComparison();

                    state._fsp--;


                    			current = this_CounterComparison_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:2819:3: this_ComponentState_5= ruleComponentState
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getComponentStateParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_ComponentState_5=ruleComponentState();

                    state._fsp--;


                    			current = this_ComponentState_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalPtl.g:2828:3: this_MemberCount_6= ruleMemberCount
                    {

                    			newCompositeNode(grammarAccess.getPrimaryAccess().getMemberCountParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_MemberCount_6=ruleMemberCount();

                    state._fsp--;


                    			current = this_MemberCount_6;
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


    // $ANTLR start "entryRuleMemberCount"
    // InternalPtl.g:2840:1: entryRuleMemberCount returns [EObject current=null] : iv_ruleMemberCount= ruleMemberCount EOF ;
    public final EObject entryRuleMemberCount() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMemberCount = null;


        try {
            // InternalPtl.g:2840:52: (iv_ruleMemberCount= ruleMemberCount EOF )
            // InternalPtl.g:2841:2: iv_ruleMemberCount= ruleMemberCount EOF
            {
             newCompositeNode(grammarAccess.getMemberCountRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMemberCount=ruleMemberCount();

            state._fsp--;

             current =iv_ruleMemberCount; 
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
    // $ANTLR end "entryRuleMemberCount"


    // $ANTLR start "ruleMemberCount"
    // InternalPtl.g:2847:1: ruleMemberCount returns [EObject current=null] : (otherlv_0= 'number' otherlv_1= 'of' ( ( ruleValidID ) ) (otherlv_3= ',' ( ( ruleValidID ) ) )* otherlv_5= 'in' otherlv_6= '{' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* otherlv_10= '}' ( (lv_comparison_11_0= ruleComparison ) ) ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) ) ) ;
    public final EObject ruleMemberCount() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token lv_value_12_0=null;
        Enumerator lv_comparison_11_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:2853:2: ( (otherlv_0= 'number' otherlv_1= 'of' ( ( ruleValidID ) ) (otherlv_3= ',' ( ( ruleValidID ) ) )* otherlv_5= 'in' otherlv_6= '{' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* otherlv_10= '}' ( (lv_comparison_11_0= ruleComparison ) ) ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) ) ) )
            // InternalPtl.g:2854:2: (otherlv_0= 'number' otherlv_1= 'of' ( ( ruleValidID ) ) (otherlv_3= ',' ( ( ruleValidID ) ) )* otherlv_5= 'in' otherlv_6= '{' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* otherlv_10= '}' ( (lv_comparison_11_0= ruleComparison ) ) ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) ) )
            {
            // InternalPtl.g:2854:2: (otherlv_0= 'number' otherlv_1= 'of' ( ( ruleValidID ) ) (otherlv_3= ',' ( ( ruleValidID ) ) )* otherlv_5= 'in' otherlv_6= '{' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* otherlv_10= '}' ( (lv_comparison_11_0= ruleComparison ) ) ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) ) )
            // InternalPtl.g:2855:3: otherlv_0= 'number' otherlv_1= 'of' ( ( ruleValidID ) ) (otherlv_3= ',' ( ( ruleValidID ) ) )* otherlv_5= 'in' otherlv_6= '{' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* otherlv_10= '}' ( (lv_comparison_11_0= ruleComparison ) ) ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) )
            {
            otherlv_0=(Token)match(input,65,FOLLOW_73); 

            			newLeafNode(otherlv_0, grammarAccess.getMemberCountAccess().getNumberKeyword_0());
            		
            otherlv_1=(Token)match(input,66,FOLLOW_7); 

            			newLeafNode(otherlv_1, grammarAccess.getMemberCountAccess().getOfKeyword_1());
            		
            // InternalPtl.g:2863:3: ( ( ruleValidID ) )
            // InternalPtl.g:2864:4: ( ruleValidID )
            {
            // InternalPtl.g:2864:4: ( ruleValidID )
            // InternalPtl.g:2865:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMemberCountRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMemberCountAccess().getComponentsComponentCrossReference_2_0());
            				
            pushFollow(FOLLOW_74);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2879:3: (otherlv_3= ',' ( ( ruleValidID ) ) )*
            loop58:
            do {
                int alt58=2;
                int LA58_0 = input.LA(1);

                if ( (LA58_0==30) ) {
                    alt58=1;
                }


                switch (alt58) {
            	case 1 :
            	    // InternalPtl.g:2880:4: otherlv_3= ',' ( ( ruleValidID ) )
            	    {
            	    otherlv_3=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_3, grammarAccess.getMemberCountAccess().getCommaKeyword_3_0());
            	    			
            	    // InternalPtl.g:2884:4: ( ( ruleValidID ) )
            	    // InternalPtl.g:2885:5: ( ruleValidID )
            	    {
            	    // InternalPtl.g:2885:5: ( ruleValidID )
            	    // InternalPtl.g:2886:6: ruleValidID
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getMemberCountRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getMemberCountAccess().getComponentsComponentCrossReference_3_1_0());
            	    					
            	    pushFollow(FOLLOW_74);
            	    ruleValidID();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop58;
                }
            } while (true);

            otherlv_5=(Token)match(input,67,FOLLOW_9); 

            			newLeafNode(otherlv_5, grammarAccess.getMemberCountAccess().getInKeyword_4());
            		
            otherlv_6=(Token)match(input,17,FOLLOW_7); 

            			newLeafNode(otherlv_6, grammarAccess.getMemberCountAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalPtl.g:2909:3: ( ( ruleValidID ) )
            // InternalPtl.g:2910:4: ( ruleValidID )
            {
            // InternalPtl.g:2910:4: ( ruleValidID )
            // InternalPtl.g:2911:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMemberCountRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMemberCountAccess().getStatesStateCrossReference_6_0());
            				
            pushFollow(FOLLOW_37);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2925:3: (otherlv_8= ',' ( ( ruleValidID ) ) )*
            loop59:
            do {
                int alt59=2;
                int LA59_0 = input.LA(1);

                if ( (LA59_0==30) ) {
                    alt59=1;
                }


                switch (alt59) {
            	case 1 :
            	    // InternalPtl.g:2926:4: otherlv_8= ',' ( ( ruleValidID ) )
            	    {
            	    otherlv_8=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_8, grammarAccess.getMemberCountAccess().getCommaKeyword_7_0());
            	    			
            	    // InternalPtl.g:2930:4: ( ( ruleValidID ) )
            	    // InternalPtl.g:2931:5: ( ruleValidID )
            	    {
            	    // InternalPtl.g:2931:5: ( ruleValidID )
            	    // InternalPtl.g:2932:6: ruleValidID
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getMemberCountRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getMemberCountAccess().getStatesStateCrossReference_7_1_0());
            	    					
            	    pushFollow(FOLLOW_37);
            	    ruleValidID();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop59;
                }
            } while (true);

            otherlv_10=(Token)match(input,33,FOLLOW_75); 

            			newLeafNode(otherlv_10, grammarAccess.getMemberCountAccess().getRightCurlyBracketKeyword_8());
            		
            // InternalPtl.g:2951:3: ( (lv_comparison_11_0= ruleComparison ) )
            // InternalPtl.g:2952:4: (lv_comparison_11_0= ruleComparison )
            {
            // InternalPtl.g:2952:4: (lv_comparison_11_0= ruleComparison )
            // InternalPtl.g:2953:5: lv_comparison_11_0= ruleComparison
            {

            					newCompositeNode(grammarAccess.getMemberCountAccess().getComparisonComparisonEnumRuleCall_9_0());
            				
            pushFollow(FOLLOW_76);
            lv_comparison_11_0=ruleComparison();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMemberCountRule());
            					}
            					set(
            						current,
            						"comparison",
            						lv_comparison_11_0,
            						"org.ptl.lang.Ptl.Comparison");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:2970:3: ( ( (lv_value_12_0= RULE_INT ) ) | ( ( ruleValidID ) ) )
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==RULE_INT) ) {
                alt60=1;
            }
            else if ( (LA60_0==RULE_ID||LA60_0==15||(LA60_0>=18 && LA60_0<=22)||(LA60_0>=24 && LA60_0<=28)||LA60_0==35||LA60_0==45||LA60_0==49||(LA60_0>=52 && LA60_0<=53)||LA60_0==57||LA60_0==59||LA60_0==75||LA60_0==78||(LA60_0>=80 && LA60_0<=84)||LA60_0==87||(LA60_0>=92 && LA60_0<=94)||LA60_0==97||(LA60_0>=100 && LA60_0<=103)||LA60_0==105||(LA60_0>=108 && LA60_0<=111)||(LA60_0>=113 && LA60_0<=119)||(LA60_0>=121 && LA60_0<=122)||(LA60_0>=125 && LA60_0<=127)||(LA60_0>=129 && LA60_0<=132)||(LA60_0>=135 && LA60_0<=147)) ) {
                alt60=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 60, 0, input);

                throw nvae;
            }
            switch (alt60) {
                case 1 :
                    // InternalPtl.g:2971:4: ( (lv_value_12_0= RULE_INT ) )
                    {
                    // InternalPtl.g:2971:4: ( (lv_value_12_0= RULE_INT ) )
                    // InternalPtl.g:2972:5: (lv_value_12_0= RULE_INT )
                    {
                    // InternalPtl.g:2972:5: (lv_value_12_0= RULE_INT )
                    // InternalPtl.g:2973:6: lv_value_12_0= RULE_INT
                    {
                    lv_value_12_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    						newLeafNode(lv_value_12_0, grammarAccess.getMemberCountAccess().getValueINTTerminalRuleCall_10_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMemberCountRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"value",
                    							lv_value_12_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:2990:4: ( ( ruleValidID ) )
                    {
                    // InternalPtl.g:2990:4: ( ( ruleValidID ) )
                    // InternalPtl.g:2991:5: ( ruleValidID )
                    {
                    // InternalPtl.g:2991:5: ( ruleValidID )
                    // InternalPtl.g:2992:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMemberCountRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getMemberCountAccess().getCounterCounterCrossReference_10_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleValidID();

                    state._fsp--;


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
    // $ANTLR end "ruleMemberCount"


    // $ANTLR start "entryRuleCounterComparison"
    // InternalPtl.g:3011:1: entryRuleCounterComparison returns [EObject current=null] : iv_ruleCounterComparison= ruleCounterComparison EOF ;
    public final EObject entryRuleCounterComparison() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCounterComparison = null;


        try {
            // InternalPtl.g:3011:58: (iv_ruleCounterComparison= ruleCounterComparison EOF )
            // InternalPtl.g:3012:2: iv_ruleCounterComparison= ruleCounterComparison EOF
            {
             newCompositeNode(grammarAccess.getCounterComparisonRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCounterComparison=ruleCounterComparison();

            state._fsp--;

             current =iv_ruleCounterComparison; 
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
    // $ANTLR end "entryRuleCounterComparison"


    // $ANTLR start "ruleCounterComparison"
    // InternalPtl.g:3018:1: ruleCounterComparison returns [EObject current=null] : ( ( ( ruleValidID ) ) ( (lv_comparison_1_0= ruleComparison ) ) ( (lv_value_2_0= RULE_INT ) ) ) ;
    public final EObject ruleCounterComparison() throws RecognitionException {
        EObject current = null;

        Token lv_value_2_0=null;
        Enumerator lv_comparison_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:3024:2: ( ( ( ( ruleValidID ) ) ( (lv_comparison_1_0= ruleComparison ) ) ( (lv_value_2_0= RULE_INT ) ) ) )
            // InternalPtl.g:3025:2: ( ( ( ruleValidID ) ) ( (lv_comparison_1_0= ruleComparison ) ) ( (lv_value_2_0= RULE_INT ) ) )
            {
            // InternalPtl.g:3025:2: ( ( ( ruleValidID ) ) ( (lv_comparison_1_0= ruleComparison ) ) ( (lv_value_2_0= RULE_INT ) ) )
            // InternalPtl.g:3026:3: ( ( ruleValidID ) ) ( (lv_comparison_1_0= ruleComparison ) ) ( (lv_value_2_0= RULE_INT ) )
            {
            // InternalPtl.g:3026:3: ( ( ruleValidID ) )
            // InternalPtl.g:3027:4: ( ruleValidID )
            {
            // InternalPtl.g:3027:4: ( ruleValidID )
            // InternalPtl.g:3028:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCounterComparisonRule());
            					}
            				

            					newCompositeNode(grammarAccess.getCounterComparisonAccess().getCounterCounterCrossReference_0_0());
            				
            pushFollow(FOLLOW_75);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3042:3: ( (lv_comparison_1_0= ruleComparison ) )
            // InternalPtl.g:3043:4: (lv_comparison_1_0= ruleComparison )
            {
            // InternalPtl.g:3043:4: (lv_comparison_1_0= ruleComparison )
            // InternalPtl.g:3044:5: lv_comparison_1_0= ruleComparison
            {

            					newCompositeNode(grammarAccess.getCounterComparisonAccess().getComparisonComparisonEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_13);
            lv_comparison_1_0=ruleComparison();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCounterComparisonRule());
            					}
            					set(
            						current,
            						"comparison",
            						lv_comparison_1_0,
            						"org.ptl.lang.Ptl.Comparison");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3061:3: ( (lv_value_2_0= RULE_INT ) )
            // InternalPtl.g:3062:4: (lv_value_2_0= RULE_INT )
            {
            // InternalPtl.g:3062:4: (lv_value_2_0= RULE_INT )
            // InternalPtl.g:3063:5: lv_value_2_0= RULE_INT
            {
            lv_value_2_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_value_2_0, grammarAccess.getCounterComparisonAccess().getValueINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCounterComparisonRule());
            					}
            					setWithLastConsumed(
            						current,
            						"value",
            						lv_value_2_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

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
    // $ANTLR end "ruleCounterComparison"


    // $ANTLR start "entryRuleComponentState"
    // InternalPtl.g:3083:1: entryRuleComponentState returns [EObject current=null] : iv_ruleComponentState= ruleComponentState EOF ;
    public final EObject entryRuleComponentState() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComponentState = null;


        try {
            // InternalPtl.g:3083:55: (iv_ruleComponentState= ruleComponentState EOF )
            // InternalPtl.g:3084:2: iv_ruleComponentState= ruleComponentState EOF
            {
             newCompositeNode(grammarAccess.getComponentStateRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComponentState=ruleComponentState();

            state._fsp--;

             current =iv_ruleComponentState; 
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
    // $ANTLR end "entryRuleComponentState"


    // $ANTLR start "ruleComponentState"
    // InternalPtl.g:3090:1: ruleComponentState returns [EObject current=null] : ( ( ( ruleValidID ) ) ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) ) ) ;
    public final EObject ruleComponentState() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;


        	enterRule();

        try {
            // InternalPtl.g:3096:2: ( ( ( ( ruleValidID ) ) ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) ) ) )
            // InternalPtl.g:3097:2: ( ( ( ruleValidID ) ) ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) ) )
            {
            // InternalPtl.g:3097:2: ( ( ( ruleValidID ) ) ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) ) )
            // InternalPtl.g:3098:3: ( ( ruleValidID ) ) ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) )
            {
            // InternalPtl.g:3098:3: ( ( ruleValidID ) )
            // InternalPtl.g:3099:4: ( ruleValidID )
            {
            // InternalPtl.g:3099:4: ( ruleValidID )
            // InternalPtl.g:3100:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComponentStateRule());
            					}
            				

            					newCompositeNode(grammarAccess.getComponentStateAccess().getComponentComponentCrossReference_0_0());
            				
            pushFollow(FOLLOW_77);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3114:3: ( (otherlv_1= 'is' ( ( ruleValidID ) ) ) | (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' ) )
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==68) ) {
                alt62=1;
            }
            else if ( (LA62_0==67) ) {
                alt62=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 62, 0, input);

                throw nvae;
            }
            switch (alt62) {
                case 1 :
                    // InternalPtl.g:3115:4: (otherlv_1= 'is' ( ( ruleValidID ) ) )
                    {
                    // InternalPtl.g:3115:4: (otherlv_1= 'is' ( ( ruleValidID ) ) )
                    // InternalPtl.g:3116:5: otherlv_1= 'is' ( ( ruleValidID ) )
                    {
                    otherlv_1=(Token)match(input,68,FOLLOW_7); 

                    					newLeafNode(otherlv_1, grammarAccess.getComponentStateAccess().getIsKeyword_1_0_0());
                    				
                    // InternalPtl.g:3120:5: ( ( ruleValidID ) )
                    // InternalPtl.g:3121:6: ( ruleValidID )
                    {
                    // InternalPtl.g:3121:6: ( ruleValidID )
                    // InternalPtl.g:3122:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getComponentStateRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getComponentStateAccess().getStatesStateCrossReference_1_0_1_0());
                    						
                    pushFollow(FOLLOW_2);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3138:4: (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' )
                    {
                    // InternalPtl.g:3138:4: (otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}' )
                    // InternalPtl.g:3139:5: otherlv_3= 'in' otherlv_4= '{' ( ( ruleValidID ) ) (otherlv_6= ',' ( ( ruleValidID ) ) )* otherlv_8= '}'
                    {
                    otherlv_3=(Token)match(input,67,FOLLOW_9); 

                    					newLeafNode(otherlv_3, grammarAccess.getComponentStateAccess().getInKeyword_1_1_0());
                    				
                    otherlv_4=(Token)match(input,17,FOLLOW_7); 

                    					newLeafNode(otherlv_4, grammarAccess.getComponentStateAccess().getLeftCurlyBracketKeyword_1_1_1());
                    				
                    // InternalPtl.g:3147:5: ( ( ruleValidID ) )
                    // InternalPtl.g:3148:6: ( ruleValidID )
                    {
                    // InternalPtl.g:3148:6: ( ruleValidID )
                    // InternalPtl.g:3149:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getComponentStateRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getComponentStateAccess().getStatesStateCrossReference_1_1_2_0());
                    						
                    pushFollow(FOLLOW_37);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:3163:5: (otherlv_6= ',' ( ( ruleValidID ) ) )*
                    loop61:
                    do {
                        int alt61=2;
                        int LA61_0 = input.LA(1);

                        if ( (LA61_0==30) ) {
                            alt61=1;
                        }


                        switch (alt61) {
                    	case 1 :
                    	    // InternalPtl.g:3164:6: otherlv_6= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_6=(Token)match(input,30,FOLLOW_7); 

                    	    						newLeafNode(otherlv_6, grammarAccess.getComponentStateAccess().getCommaKeyword_1_1_3_0());
                    	    					
                    	    // InternalPtl.g:3168:6: ( ( ruleValidID ) )
                    	    // InternalPtl.g:3169:7: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:3169:7: ( ruleValidID )
                    	    // InternalPtl.g:3170:8: ruleValidID
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getComponentStateRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getComponentStateAccess().getStatesStateCrossReference_1_1_3_1_0());
                    	    							
                    	    pushFollow(FOLLOW_37);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop61;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,33,FOLLOW_2); 

                    					newLeafNode(otherlv_8, grammarAccess.getComponentStateAccess().getRightCurlyBracketKeyword_1_1_4());
                    				

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
    // $ANTLR end "ruleComponentState"


    // $ANTLR start "entryRuleQuantified"
    // InternalPtl.g:3195:1: entryRuleQuantified returns [EObject current=null] : iv_ruleQuantified= ruleQuantified EOF ;
    public final EObject entryRuleQuantified() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleQuantified = null;


        try {
            // InternalPtl.g:3195:51: (iv_ruleQuantified= ruleQuantified EOF )
            // InternalPtl.g:3196:2: iv_ruleQuantified= ruleQuantified EOF
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
    // InternalPtl.g:3202:1: ruleQuantified returns [EObject current=null] : ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' ) ;
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
            // InternalPtl.g:3208:2: ( ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' ) )
            // InternalPtl.g:3209:2: ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' )
            {
            // InternalPtl.g:3209:2: ( ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}' )
            // InternalPtl.g:3210:3: ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) ) ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) ) otherlv_12= 'in' otherlv_13= '{' ( ( ruleValidID ) ) (otherlv_15= ',' ( ( ruleValidID ) ) )* otherlv_17= '}'
            {
            // InternalPtl.g:3210:3: ( (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) ) | (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) ) | ( (lv_quantifier_5_0= ruleSimpleQuantifier ) ) )
            int alt63=3;
            switch ( input.LA(1) ) {
            case 69:
                {
                alt63=1;
                }
                break;
            case 29:
                {
                alt63=2;
                }
                break;
            case 166:
            case 167:
            case 168:
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
                    // InternalPtl.g:3211:4: (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) )
                    {
                    // InternalPtl.g:3211:4: (otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) ) )
                    // InternalPtl.g:3212:5: otherlv_0= 'exactly' ( (lv_quantifier_1_0= ruleExactlyOne ) )
                    {
                    otherlv_0=(Token)match(input,69,FOLLOW_78); 

                    					newLeafNode(otherlv_0, grammarAccess.getQuantifiedAccess().getExactlyKeyword_0_0_0());
                    				
                    // InternalPtl.g:3216:5: ( (lv_quantifier_1_0= ruleExactlyOne ) )
                    // InternalPtl.g:3217:6: (lv_quantifier_1_0= ruleExactlyOne )
                    {
                    // InternalPtl.g:3217:6: (lv_quantifier_1_0= ruleExactlyOne )
                    // InternalPtl.g:3218:7: lv_quantifier_1_0= ruleExactlyOne
                    {

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierExactlyOneEnumRuleCall_0_0_1_0());
                    						
                    pushFollow(FOLLOW_79);
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
                    // InternalPtl.g:3237:4: (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) )
                    {
                    // InternalPtl.g:3237:4: (otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) ) )
                    // InternalPtl.g:3238:5: otherlv_2= 'at' otherlv_3= 'most' ( (lv_quantifier_4_0= ruleAtMostOne ) )
                    {
                    otherlv_2=(Token)match(input,29,FOLLOW_80); 

                    					newLeafNode(otherlv_2, grammarAccess.getQuantifiedAccess().getAtKeyword_0_1_0());
                    				
                    otherlv_3=(Token)match(input,70,FOLLOW_78); 

                    					newLeafNode(otherlv_3, grammarAccess.getQuantifiedAccess().getMostKeyword_0_1_1());
                    				
                    // InternalPtl.g:3246:5: ( (lv_quantifier_4_0= ruleAtMostOne ) )
                    // InternalPtl.g:3247:6: (lv_quantifier_4_0= ruleAtMostOne )
                    {
                    // InternalPtl.g:3247:6: (lv_quantifier_4_0= ruleAtMostOne )
                    // InternalPtl.g:3248:7: lv_quantifier_4_0= ruleAtMostOne
                    {

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierAtMostOneEnumRuleCall_0_1_2_0());
                    						
                    pushFollow(FOLLOW_79);
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
                    // InternalPtl.g:3267:4: ( (lv_quantifier_5_0= ruleSimpleQuantifier ) )
                    {
                    // InternalPtl.g:3267:4: ( (lv_quantifier_5_0= ruleSimpleQuantifier ) )
                    // InternalPtl.g:3268:5: (lv_quantifier_5_0= ruleSimpleQuantifier )
                    {
                    // InternalPtl.g:3268:5: (lv_quantifier_5_0= ruleSimpleQuantifier )
                    // InternalPtl.g:3269:6: lv_quantifier_5_0= ruleSimpleQuantifier
                    {

                    						newCompositeNode(grammarAccess.getQuantifiedAccess().getQuantifierSimpleQuantifierEnumRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_79);
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

            // InternalPtl.g:3287:3: ( (otherlv_6= 'component' | otherlv_7= 'components' ) | (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* ) )
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==50||LA66_0==71) ) {
                alt66=1;
            }
            else if ( (LA66_0==66) ) {
                alt66=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 66, 0, input);

                throw nvae;
            }
            switch (alt66) {
                case 1 :
                    // InternalPtl.g:3288:4: (otherlv_6= 'component' | otherlv_7= 'components' )
                    {
                    // InternalPtl.g:3288:4: (otherlv_6= 'component' | otherlv_7= 'components' )
                    int alt64=2;
                    int LA64_0 = input.LA(1);

                    if ( (LA64_0==50) ) {
                        alt64=1;
                    }
                    else if ( (LA64_0==71) ) {
                        alt64=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 64, 0, input);

                        throw nvae;
                    }
                    switch (alt64) {
                        case 1 :
                            // InternalPtl.g:3289:5: otherlv_6= 'component'
                            {
                            otherlv_6=(Token)match(input,50,FOLLOW_81); 

                            					newLeafNode(otherlv_6, grammarAccess.getQuantifiedAccess().getComponentKeyword_1_0_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalPtl.g:3294:5: otherlv_7= 'components'
                            {
                            otherlv_7=(Token)match(input,71,FOLLOW_81); 

                            					newLeafNode(otherlv_7, grammarAccess.getQuantifiedAccess().getComponentsKeyword_1_0_1());
                            				

                            }
                            break;

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3300:4: (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* )
                    {
                    // InternalPtl.g:3300:4: (otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )* )
                    // InternalPtl.g:3301:5: otherlv_8= 'of' ( ( ruleValidID ) ) (otherlv_10= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_8=(Token)match(input,66,FOLLOW_7); 

                    					newLeafNode(otherlv_8, grammarAccess.getQuantifiedAccess().getOfKeyword_1_1_0());
                    				
                    // InternalPtl.g:3305:5: ( ( ruleValidID ) )
                    // InternalPtl.g:3306:6: ( ruleValidID )
                    {
                    // InternalPtl.g:3306:6: ( ruleValidID )
                    // InternalPtl.g:3307:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getQuantifiedRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_1_0());
                    						
                    pushFollow(FOLLOW_74);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:3321:5: (otherlv_10= ',' ( ( ruleValidID ) ) )*
                    loop65:
                    do {
                        int alt65=2;
                        int LA65_0 = input.LA(1);

                        if ( (LA65_0==30) ) {
                            alt65=1;
                        }


                        switch (alt65) {
                    	case 1 :
                    	    // InternalPtl.g:3322:6: otherlv_10= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_10=(Token)match(input,30,FOLLOW_7); 

                    	    						newLeafNode(otherlv_10, grammarAccess.getQuantifiedAccess().getCommaKeyword_1_1_2_0());
                    	    					
                    	    // InternalPtl.g:3326:6: ( ( ruleValidID ) )
                    	    // InternalPtl.g:3327:7: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:3327:7: ( ruleValidID )
                    	    // InternalPtl.g:3328:8: ruleValidID
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getQuantifiedRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_2_1_0());
                    	    							
                    	    pushFollow(FOLLOW_74);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop65;
                        }
                    } while (true);


                    }


                    }
                    break;

            }

            otherlv_12=(Token)match(input,67,FOLLOW_9); 

            			newLeafNode(otherlv_12, grammarAccess.getQuantifiedAccess().getInKeyword_2());
            		
            otherlv_13=(Token)match(input,17,FOLLOW_7); 

            			newLeafNode(otherlv_13, grammarAccess.getQuantifiedAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPtl.g:3353:3: ( ( ruleValidID ) )
            // InternalPtl.g:3354:4: ( ruleValidID )
            {
            // InternalPtl.g:3354:4: ( ruleValidID )
            // InternalPtl.g:3355:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getQuantifiedRule());
            					}
            				

            					newCompositeNode(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_4_0());
            				
            pushFollow(FOLLOW_37);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3369:3: (otherlv_15= ',' ( ( ruleValidID ) ) )*
            loop67:
            do {
                int alt67=2;
                int LA67_0 = input.LA(1);

                if ( (LA67_0==30) ) {
                    alt67=1;
                }


                switch (alt67) {
            	case 1 :
            	    // InternalPtl.g:3370:4: otherlv_15= ',' ( ( ruleValidID ) )
            	    {
            	    otherlv_15=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_15, grammarAccess.getQuantifiedAccess().getCommaKeyword_5_0());
            	    			
            	    // InternalPtl.g:3374:4: ( ( ruleValidID ) )
            	    // InternalPtl.g:3375:5: ( ruleValidID )
            	    {
            	    // InternalPtl.g:3375:5: ( ruleValidID )
            	    // InternalPtl.g:3376:6: ruleValidID
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getQuantifiedRule());
            	    						}
            	    					

            	    						newCompositeNode(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_5_1_0());
            	    					
            	    pushFollow(FOLLOW_37);
            	    ruleValidID();

            	    state._fsp--;


            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop67;
                }
            } while (true);

            otherlv_17=(Token)match(input,33,FOLLOW_2); 

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
    // InternalPtl.g:3399:1: entryRuleEncoding returns [EObject current=null] : iv_ruleEncoding= ruleEncoding EOF ;
    public final EObject entryRuleEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEncoding = null;


        try {
            // InternalPtl.g:3399:49: (iv_ruleEncoding= ruleEncoding EOF )
            // InternalPtl.g:3400:2: iv_ruleEncoding= ruleEncoding EOF
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
    // InternalPtl.g:3406:1: ruleEncoding returns [EObject current=null] : (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) ) ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )* otherlv_13= '}' ) ;
    public final EObject ruleEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_width_7_0=null;
        Token otherlv_8=null;
        Token lv_description_9_0=null;
        Token otherlv_10=null;
        Token otherlv_13=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_entries_11_0 = null;

        EObject lv_reserved_12_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:3412:2: ( (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) ) ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )* otherlv_13= '}' ) )
            // InternalPtl.g:3413:2: (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) ) ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )* otherlv_13= '}' )
            {
            // InternalPtl.g:3413:2: (otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) ) ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )* otherlv_13= '}' )
            // InternalPtl.g:3414:3: otherlv_0= 'encoding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) ) ( (lv_description_9_0= RULE_STRING ) )? otherlv_10= '{' ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )* otherlv_13= '}'
            {
            otherlv_0=(Token)match(input,72,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getEncodingAccess().getEncodingKeyword_0());
            		
            // InternalPtl.g:3418:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:3419:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:3419:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:3420:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getEncodingAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_73);
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

            otherlv_2=(Token)match(input,66,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getEncodingAccess().getOfKeyword_2());
            		
            // InternalPtl.g:3441:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:3442:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:3442:4: ( ruleQualifiedName )
            // InternalPtl.g:3443:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEncodingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getEncodingAccess().getModelOwnershipModelCrossReference_3_0());
            				
            pushFollow(FOLLOW_82);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3457:3: ( (otherlv_4= 'in' ( ( ruleQualifiedName ) ) ) | (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' ) )
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==67) ) {
                alt68=1;
            }
            else if ( (LA68_0==73) ) {
                alt68=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 68, 0, input);

                throw nvae;
            }
            switch (alt68) {
                case 1 :
                    // InternalPtl.g:3458:4: (otherlv_4= 'in' ( ( ruleQualifiedName ) ) )
                    {
                    // InternalPtl.g:3458:4: (otherlv_4= 'in' ( ( ruleQualifiedName ) ) )
                    // InternalPtl.g:3459:5: otherlv_4= 'in' ( ( ruleQualifiedName ) )
                    {
                    otherlv_4=(Token)match(input,67,FOLLOW_7); 

                    					newLeafNode(otherlv_4, grammarAccess.getEncodingAccess().getInKeyword_4_0_0());
                    				
                    // InternalPtl.g:3463:5: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:3464:6: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:3464:6: ( ruleQualifiedName )
                    // InternalPtl.g:3465:7: ruleQualifiedName
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getEncodingRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getEncodingAccess().getClaimClaimCrossReference_4_0_1_0());
                    						
                    pushFollow(FOLLOW_8);
                    ruleQualifiedName();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:3481:4: (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' )
                    {
                    // InternalPtl.g:3481:4: (otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits' )
                    // InternalPtl.g:3482:5: otherlv_6= 'as' ( (lv_width_7_0= RULE_INT ) ) otherlv_8= 'bits'
                    {
                    otherlv_6=(Token)match(input,73,FOLLOW_13); 

                    					newLeafNode(otherlv_6, grammarAccess.getEncodingAccess().getAsKeyword_4_1_0());
                    				
                    // InternalPtl.g:3486:5: ( (lv_width_7_0= RULE_INT ) )
                    // InternalPtl.g:3487:6: (lv_width_7_0= RULE_INT )
                    {
                    // InternalPtl.g:3487:6: (lv_width_7_0= RULE_INT )
                    // InternalPtl.g:3488:7: lv_width_7_0= RULE_INT
                    {
                    lv_width_7_0=(Token)match(input,RULE_INT,FOLLOW_14); 

                    							newLeafNode(lv_width_7_0, grammarAccess.getEncodingAccess().getWidthINTTerminalRuleCall_4_1_1_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getEncodingRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"width",
                    								lv_width_7_0,
                    								"org.eclipse.xtext.common.Terminals.INT");
                    						

                    }


                    }

                    otherlv_8=(Token)match(input,20,FOLLOW_8); 

                    					newLeafNode(otherlv_8, grammarAccess.getEncodingAccess().getBitsKeyword_4_1_2());
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:3510:3: ( (lv_description_9_0= RULE_STRING ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==RULE_STRING) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalPtl.g:3511:4: (lv_description_9_0= RULE_STRING )
                    {
                    // InternalPtl.g:3511:4: (lv_description_9_0= RULE_STRING )
                    // InternalPtl.g:3512:5: lv_description_9_0= RULE_STRING
                    {
                    lv_description_9_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_9_0, grammarAccess.getEncodingAccess().getDescriptionSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEncodingRule());
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

            otherlv_10=(Token)match(input,17,FOLLOW_32); 

            			newLeafNode(otherlv_10, grammarAccess.getEncodingAccess().getLeftCurlyBracketKeyword_6());
            		
            // InternalPtl.g:3532:3: ( ( (lv_entries_11_0= ruleStateEncoding ) ) | ( (lv_reserved_12_0= ruleReservedEncoding ) ) )*
            loop70:
            do {
                int alt70=3;
                int LA70_0 = input.LA(1);

                if ( (LA70_0==RULE_ID||LA70_0==15||(LA70_0>=18 && LA70_0<=22)||(LA70_0>=24 && LA70_0<=28)||LA70_0==35||LA70_0==45||LA70_0==49||(LA70_0>=52 && LA70_0<=53)||LA70_0==57||LA70_0==59||LA70_0==78||(LA70_0>=80 && LA70_0<=84)||LA70_0==87||(LA70_0>=92 && LA70_0<=94)||LA70_0==97||(LA70_0>=100 && LA70_0<=103)||LA70_0==105||(LA70_0>=108 && LA70_0<=111)||(LA70_0>=113 && LA70_0<=119)||(LA70_0>=121 && LA70_0<=122)||(LA70_0>=125 && LA70_0<=127)||(LA70_0>=129 && LA70_0<=132)||(LA70_0>=135 && LA70_0<=147)) ) {
                    alt70=1;
                }
                else if ( (LA70_0==75) ) {
                    int LA70_3 = input.LA(2);

                    if ( (LA70_3==RULE_INT||(LA70_3>=RULE_HEX && LA70_3<=RULE_BIN)) ) {
                        alt70=2;
                    }
                    else if ( (LA70_3==38||LA70_3==62) ) {
                        alt70=1;
                    }


                }


                switch (alt70) {
            	case 1 :
            	    // InternalPtl.g:3533:4: ( (lv_entries_11_0= ruleStateEncoding ) )
            	    {
            	    // InternalPtl.g:3533:4: ( (lv_entries_11_0= ruleStateEncoding ) )
            	    // InternalPtl.g:3534:5: (lv_entries_11_0= ruleStateEncoding )
            	    {
            	    // InternalPtl.g:3534:5: (lv_entries_11_0= ruleStateEncoding )
            	    // InternalPtl.g:3535:6: lv_entries_11_0= ruleStateEncoding
            	    {

            	    						newCompositeNode(grammarAccess.getEncodingAccess().getEntriesStateEncodingParserRuleCall_7_0_0());
            	    					
            	    pushFollow(FOLLOW_32);
            	    lv_entries_11_0=ruleStateEncoding();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getEncodingRule());
            	    						}
            	    						add(
            	    							current,
            	    							"entries",
            	    							lv_entries_11_0,
            	    							"org.ptl.lang.Ptl.StateEncoding");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalPtl.g:3553:4: ( (lv_reserved_12_0= ruleReservedEncoding ) )
            	    {
            	    // InternalPtl.g:3553:4: ( (lv_reserved_12_0= ruleReservedEncoding ) )
            	    // InternalPtl.g:3554:5: (lv_reserved_12_0= ruleReservedEncoding )
            	    {
            	    // InternalPtl.g:3554:5: (lv_reserved_12_0= ruleReservedEncoding )
            	    // InternalPtl.g:3555:6: lv_reserved_12_0= ruleReservedEncoding
            	    {

            	    						newCompositeNode(grammarAccess.getEncodingAccess().getReservedReservedEncodingParserRuleCall_7_1_0());
            	    					
            	    pushFollow(FOLLOW_32);
            	    lv_reserved_12_0=ruleReservedEncoding();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getEncodingRule());
            	    						}
            	    						add(
            	    							current,
            	    							"reserved",
            	    							lv_reserved_12_0,
            	    							"org.ptl.lang.Ptl.ReservedEncoding");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop70;
                }
            } while (true);

            otherlv_13=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_13, grammarAccess.getEncodingAccess().getRightCurlyBracketKeyword_8());
            		

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
    // InternalPtl.g:3581:1: entryRuleStateEncoding returns [EObject current=null] : iv_ruleStateEncoding= ruleStateEncoding EOF ;
    public final EObject entryRuleStateEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStateEncoding = null;


        try {
            // InternalPtl.g:3581:54: (iv_ruleStateEncoding= ruleStateEncoding EOF )
            // InternalPtl.g:3582:2: iv_ruleStateEncoding= ruleStateEncoding EOF
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
    // InternalPtl.g:3588:1: ruleStateEncoding returns [EObject current=null] : ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) ) ;
    public final EObject ruleStateEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_notEncoded_3_0=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:3594:2: ( ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) ) )
            // InternalPtl.g:3595:2: ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) )
            {
            // InternalPtl.g:3595:2: ( ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) ) )
            // InternalPtl.g:3596:3: ( ( ruleValidID ) ) ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) )
            {
            // InternalPtl.g:3596:3: ( ( ruleValidID ) )
            // InternalPtl.g:3597:4: ( ruleValidID )
            {
            // InternalPtl.g:3597:4: ( ruleValidID )
            // InternalPtl.g:3598:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getStateEncodingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getStateEncodingAccess().getStateStateCrossReference_0_0());
            				
            pushFollow(FOLLOW_83);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3612:3: ( (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) ) | ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' ) )
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==38) ) {
                alt71=1;
            }
            else if ( (LA71_0==62) ) {
                alt71=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }
            switch (alt71) {
                case 1 :
                    // InternalPtl.g:3613:4: (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) )
                    {
                    // InternalPtl.g:3613:4: (otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) ) )
                    // InternalPtl.g:3614:5: otherlv_1= '=' ( (lv_value_2_0= ruleNumber ) )
                    {
                    otherlv_1=(Token)match(input,38,FOLLOW_35); 

                    					newLeafNode(otherlv_1, grammarAccess.getStateEncodingAccess().getEqualsSignKeyword_1_0_0());
                    				
                    // InternalPtl.g:3618:5: ( (lv_value_2_0= ruleNumber ) )
                    // InternalPtl.g:3619:6: (lv_value_2_0= ruleNumber )
                    {
                    // InternalPtl.g:3619:6: (lv_value_2_0= ruleNumber )
                    // InternalPtl.g:3620:7: lv_value_2_0= ruleNumber
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
                    // InternalPtl.g:3639:4: ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' )
                    {
                    // InternalPtl.g:3639:4: ( ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded' )
                    // InternalPtl.g:3640:5: ( (lv_notEncoded_3_0= 'not' ) ) otherlv_4= 'encoded'
                    {
                    // InternalPtl.g:3640:5: ( (lv_notEncoded_3_0= 'not' ) )
                    // InternalPtl.g:3641:6: (lv_notEncoded_3_0= 'not' )
                    {
                    // InternalPtl.g:3641:6: (lv_notEncoded_3_0= 'not' )
                    // InternalPtl.g:3642:7: lv_notEncoded_3_0= 'not'
                    {
                    lv_notEncoded_3_0=(Token)match(input,62,FOLLOW_84); 

                    							newLeafNode(lv_notEncoded_3_0, grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getStateEncodingRule());
                    							}
                    							setWithLastConsumed(current, "notEncoded", lv_notEncoded_3_0 != null, "not");
                    						

                    }


                    }

                    otherlv_4=(Token)match(input,74,FOLLOW_2); 

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
    // InternalPtl.g:3664:1: entryRuleReservedEncoding returns [EObject current=null] : iv_ruleReservedEncoding= ruleReservedEncoding EOF ;
    public final EObject entryRuleReservedEncoding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleReservedEncoding = null;


        try {
            // InternalPtl.g:3664:57: (iv_ruleReservedEncoding= ruleReservedEncoding EOF )
            // InternalPtl.g:3665:2: iv_ruleReservedEncoding= ruleReservedEncoding EOF
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
    // InternalPtl.g:3671:1: ruleReservedEncoding returns [EObject current=null] : (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? ) ;
    public final EObject ruleReservedEncoding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        AntlrDatatypeRuleToken lv_value_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:3677:2: ( (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? ) )
            // InternalPtl.g:3678:2: (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            {
            // InternalPtl.g:3678:2: (otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )? )
            // InternalPtl.g:3679:3: otherlv_0= 'reserved' ( (lv_value_1_0= ruleNumber ) ) ( (lv_description_2_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,75,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getReservedEncodingAccess().getReservedKeyword_0());
            		
            // InternalPtl.g:3683:3: ( (lv_value_1_0= ruleNumber ) )
            // InternalPtl.g:3684:4: (lv_value_1_0= ruleNumber )
            {
            // InternalPtl.g:3684:4: (lv_value_1_0= ruleNumber )
            // InternalPtl.g:3685:5: lv_value_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getReservedEncodingAccess().getValueNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_41);
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

            // InternalPtl.g:3702:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==RULE_STRING) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalPtl.g:3703:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:3703:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:3704:5: lv_description_2_0= RULE_STRING
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


    // $ANTLR start "entryRuleOperations"
    // InternalPtl.g:3724:1: entryRuleOperations returns [EObject current=null] : iv_ruleOperations= ruleOperations EOF ;
    public final EObject entryRuleOperations() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperations = null;


        try {
            // InternalPtl.g:3724:51: (iv_ruleOperations= ruleOperations EOF )
            // InternalPtl.g:3725:2: iv_ruleOperations= ruleOperations EOF
            {
             newCompositeNode(grammarAccess.getOperationsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOperations=ruleOperations();

            state._fsp--;

             current =iv_ruleOperations; 
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
    // $ANTLR end "entryRuleOperations"


    // $ANTLR start "ruleOperations"
    // InternalPtl.g:3731:1: ruleOperations returns [EObject current=null] : (otherlv_0= 'operations' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )? ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' otherlv_8= 'prot' ( (lv_protFlags_9_0= ruleProtFlag ) ) (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )* (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )? (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )? (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )? ( (lv_operations_24_0= ruleOperation ) )* otherlv_25= '}' ) ;
    public final EObject ruleOperations() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_description_6_0=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token lv_maxOwner_23_0=null;
        Token otherlv_25=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        Enumerator lv_library_5_0 = null;

        EObject lv_protFlags_9_0 = null;

        EObject lv_protFlags_11_0 = null;

        EObject lv_operations_24_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:3737:2: ( (otherlv_0= 'operations' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )? ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' otherlv_8= 'prot' ( (lv_protFlags_9_0= ruleProtFlag ) ) (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )* (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )? (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )? (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )? ( (lv_operations_24_0= ruleOperation ) )* otherlv_25= '}' ) )
            // InternalPtl.g:3738:2: (otherlv_0= 'operations' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )? ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' otherlv_8= 'prot' ( (lv_protFlags_9_0= ruleProtFlag ) ) (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )* (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )? (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )? (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )? ( (lv_operations_24_0= ruleOperation ) )* otherlv_25= '}' )
            {
            // InternalPtl.g:3738:2: (otherlv_0= 'operations' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )? ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' otherlv_8= 'prot' ( (lv_protFlags_9_0= ruleProtFlag ) ) (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )* (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )? (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )? (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )? ( (lv_operations_24_0= ruleOperation ) )* otherlv_25= '}' )
            // InternalPtl.g:3739:3: otherlv_0= 'operations' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'for' ( ( ruleQualifiedName ) ) (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )? ( (lv_description_6_0= RULE_STRING ) )? otherlv_7= '{' otherlv_8= 'prot' ( (lv_protFlags_9_0= ruleProtFlag ) ) (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )* (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )? (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )? (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )? ( (lv_operations_24_0= ruleOperation ) )* otherlv_25= '}'
            {
            otherlv_0=(Token)match(input,76,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationsAccess().getOperationsKeyword_0());
            		
            // InternalPtl.g:3743:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:3744:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:3744:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:3745:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getOperationsAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_85);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOperationsRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,77,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getOperationsAccess().getForKeyword_2());
            		
            // InternalPtl.g:3766:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:3767:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:3767:4: ( ruleQualifiedName )
            // InternalPtl.g:3768:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationsRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationsAccess().getFormatFormatCrossReference_3_0());
            				
            pushFollow(FOLLOW_86);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3782:3: (otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) ) )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==78) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalPtl.g:3783:4: otherlv_4= 'library' ( (lv_library_5_0= ruleLibraryKind ) )
                    {
                    otherlv_4=(Token)match(input,78,FOLLOW_87); 

                    				newLeafNode(otherlv_4, grammarAccess.getOperationsAccess().getLibraryKeyword_4_0());
                    			
                    // InternalPtl.g:3787:4: ( (lv_library_5_0= ruleLibraryKind ) )
                    // InternalPtl.g:3788:5: (lv_library_5_0= ruleLibraryKind )
                    {
                    // InternalPtl.g:3788:5: (lv_library_5_0= ruleLibraryKind )
                    // InternalPtl.g:3789:6: lv_library_5_0= ruleLibraryKind
                    {

                    						newCompositeNode(grammarAccess.getOperationsAccess().getLibraryLibraryKindEnumRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_8);
                    lv_library_5_0=ruleLibraryKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getOperationsRule());
                    						}
                    						set(
                    							current,
                    							"library",
                    							lv_library_5_0,
                    							"org.ptl.lang.Ptl.LibraryKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:3807:3: ( (lv_description_6_0= RULE_STRING ) )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==RULE_STRING) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalPtl.g:3808:4: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalPtl.g:3808:4: (lv_description_6_0= RULE_STRING )
                    // InternalPtl.g:3809:5: lv_description_6_0= RULE_STRING
                    {
                    lv_description_6_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_6_0, grammarAccess.getOperationsAccess().getDescriptionSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOperationsRule());
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

            otherlv_7=(Token)match(input,17,FOLLOW_88); 

            			newLeafNode(otherlv_7, grammarAccess.getOperationsAccess().getLeftCurlyBracketKeyword_6());
            		
            otherlv_8=(Token)match(input,79,FOLLOW_7); 

            			newLeafNode(otherlv_8, grammarAccess.getOperationsAccess().getProtKeyword_7());
            		
            // InternalPtl.g:3833:3: ( (lv_protFlags_9_0= ruleProtFlag ) )
            // InternalPtl.g:3834:4: (lv_protFlags_9_0= ruleProtFlag )
            {
            // InternalPtl.g:3834:4: (lv_protFlags_9_0= ruleProtFlag )
            // InternalPtl.g:3835:5: lv_protFlags_9_0= ruleProtFlag
            {

            					newCompositeNode(grammarAccess.getOperationsAccess().getProtFlagsProtFlagParserRuleCall_8_0());
            				
            pushFollow(FOLLOW_89);
            lv_protFlags_9_0=ruleProtFlag();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOperationsRule());
            					}
            					add(
            						current,
            						"protFlags",
            						lv_protFlags_9_0,
            						"org.ptl.lang.Ptl.ProtFlag");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:3852:3: (otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) ) )*
            loop75:
            do {
                int alt75=2;
                int LA75_0 = input.LA(1);

                if ( (LA75_0==30) ) {
                    alt75=1;
                }


                switch (alt75) {
            	case 1 :
            	    // InternalPtl.g:3853:4: otherlv_10= ',' ( (lv_protFlags_11_0= ruleProtFlag ) )
            	    {
            	    otherlv_10=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_10, grammarAccess.getOperationsAccess().getCommaKeyword_9_0());
            	    			
            	    // InternalPtl.g:3857:4: ( (lv_protFlags_11_0= ruleProtFlag ) )
            	    // InternalPtl.g:3858:5: (lv_protFlags_11_0= ruleProtFlag )
            	    {
            	    // InternalPtl.g:3858:5: (lv_protFlags_11_0= ruleProtFlag )
            	    // InternalPtl.g:3859:6: lv_protFlags_11_0= ruleProtFlag
            	    {

            	    						newCompositeNode(grammarAccess.getOperationsAccess().getProtFlagsProtFlagParserRuleCall_9_1_0());
            	    					
            	    pushFollow(FOLLOW_89);
            	    lv_protFlags_11_0=ruleProtFlag();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getOperationsRule());
            	    						}
            	    						add(
            	    							current,
            	    							"protFlags",
            	    							lv_protFlags_11_0,
            	    							"org.ptl.lang.Ptl.ProtFlag");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop75;
                }
            } while (true);

            // InternalPtl.g:3877:3: (otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )* )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==80) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalPtl.g:3878:4: otherlv_12= 'permissions' ( ( ruleValidID ) ) (otherlv_14= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_12=(Token)match(input,80,FOLLOW_7); 

                    				newLeafNode(otherlv_12, grammarAccess.getOperationsAccess().getPermissionsKeyword_10_0());
                    			
                    // InternalPtl.g:3882:4: ( ( ruleValidID ) )
                    // InternalPtl.g:3883:5: ( ruleValidID )
                    {
                    // InternalPtl.g:3883:5: ( ruleValidID )
                    // InternalPtl.g:3884:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationsRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOperationsAccess().getPermissionFieldsFieldCrossReference_10_1_0());
                    					
                    pushFollow(FOLLOW_90);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:3898:4: (otherlv_14= ',' ( ( ruleValidID ) ) )*
                    loop76:
                    do {
                        int alt76=2;
                        int LA76_0 = input.LA(1);

                        if ( (LA76_0==30) ) {
                            alt76=1;
                        }


                        switch (alt76) {
                    	case 1 :
                    	    // InternalPtl.g:3899:5: otherlv_14= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_14=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_14, grammarAccess.getOperationsAccess().getCommaKeyword_10_2_0());
                    	    				
                    	    // InternalPtl.g:3903:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:3904:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:3904:6: ( ruleValidID )
                    	    // InternalPtl.g:3905:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getOperationsRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getOperationsAccess().getPermissionFieldsFieldCrossReference_10_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_90);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop76;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:3921:3: (otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) ) )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( (LA78_0==81) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalPtl.g:3922:4: otherlv_16= 'lock' otherlv_17= 'marker' ( ( ruleValidID ) )
                    {
                    otherlv_16=(Token)match(input,81,FOLLOW_91); 

                    				newLeafNode(otherlv_16, grammarAccess.getOperationsAccess().getLockKeyword_11_0());
                    			
                    otherlv_17=(Token)match(input,82,FOLLOW_7); 

                    				newLeafNode(otherlv_17, grammarAccess.getOperationsAccess().getMarkerKeyword_11_1());
                    			
                    // InternalPtl.g:3930:4: ( ( ruleValidID ) )
                    // InternalPtl.g:3931:5: ( ruleValidID )
                    {
                    // InternalPtl.g:3931:5: ( ruleValidID )
                    // InternalPtl.g:3932:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationsRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOperationsAccess().getLockFieldFieldCrossReference_11_2_0());
                    					
                    pushFollow(FOLLOW_92);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:3947:3: (otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )? )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==83) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalPtl.g:3948:4: otherlv_19= 'owner' otherlv_20= 'field' ( ( ruleValidID ) ) (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )?
                    {
                    otherlv_19=(Token)match(input,83,FOLLOW_93); 

                    				newLeafNode(otherlv_19, grammarAccess.getOperationsAccess().getOwnerKeyword_12_0());
                    			
                    otherlv_20=(Token)match(input,84,FOLLOW_7); 

                    				newLeafNode(otherlv_20, grammarAccess.getOperationsAccess().getFieldKeyword_12_1());
                    			
                    // InternalPtl.g:3956:4: ( ( ruleValidID ) )
                    // InternalPtl.g:3957:5: ( ruleValidID )
                    {
                    // InternalPtl.g:3957:5: ( ruleValidID )
                    // InternalPtl.g:3958:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationsRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOperationsAccess().getOwnerFieldFieldCrossReference_12_2_0());
                    					
                    pushFollow(FOLLOW_94);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:3972:4: (otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) ) )?
                    int alt79=2;
                    int LA79_0 = input.LA(1);

                    if ( (LA79_0==53) ) {
                        alt79=1;
                    }
                    switch (alt79) {
                        case 1 :
                            // InternalPtl.g:3973:5: otherlv_22= 'max' ( (lv_maxOwner_23_0= RULE_INT ) )
                            {
                            otherlv_22=(Token)match(input,53,FOLLOW_13); 

                            					newLeafNode(otherlv_22, grammarAccess.getOperationsAccess().getMaxKeyword_12_3_0());
                            				
                            // InternalPtl.g:3977:5: ( (lv_maxOwner_23_0= RULE_INT ) )
                            // InternalPtl.g:3978:6: (lv_maxOwner_23_0= RULE_INT )
                            {
                            // InternalPtl.g:3978:6: (lv_maxOwner_23_0= RULE_INT )
                            // InternalPtl.g:3979:7: lv_maxOwner_23_0= RULE_INT
                            {
                            lv_maxOwner_23_0=(Token)match(input,RULE_INT,FOLLOW_95); 

                            							newLeafNode(lv_maxOwner_23_0, grammarAccess.getOperationsAccess().getMaxOwnerINTTerminalRuleCall_12_3_1_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getOperationsRule());
                            							}
                            							setWithLastConsumed(
                            								current,
                            								"maxOwner",
                            								lv_maxOwner_23_0,
                            								"org.eclipse.xtext.common.Terminals.INT");
                            						

                            }


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalPtl.g:3997:3: ( (lv_operations_24_0= ruleOperation ) )*
            loop81:
            do {
                int alt81=2;
                int LA81_0 = input.LA(1);

                if ( (LA81_0==110||(LA81_0>=114 && LA81_0<=118)||LA81_0==169) ) {
                    alt81=1;
                }


                switch (alt81) {
            	case 1 :
            	    // InternalPtl.g:3998:4: (lv_operations_24_0= ruleOperation )
            	    {
            	    // InternalPtl.g:3998:4: (lv_operations_24_0= ruleOperation )
            	    // InternalPtl.g:3999:5: lv_operations_24_0= ruleOperation
            	    {

            	    					newCompositeNode(grammarAccess.getOperationsAccess().getOperationsOperationParserRuleCall_13_0());
            	    				
            	    pushFollow(FOLLOW_95);
            	    lv_operations_24_0=ruleOperation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOperationsRule());
            	    					}
            	    					add(
            	    						current,
            	    						"operations",
            	    						lv_operations_24_0,
            	    						"org.ptl.lang.Ptl.Operation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop81;
                }
            } while (true);

            otherlv_25=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_25, grammarAccess.getOperationsAccess().getRightCurlyBracketKeyword_14());
            		

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
    // $ANTLR end "ruleOperations"


    // $ANTLR start "entryRuleProtFlag"
    // InternalPtl.g:4024:1: entryRuleProtFlag returns [EObject current=null] : iv_ruleProtFlag= ruleProtFlag EOF ;
    public final EObject entryRuleProtFlag() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProtFlag = null;


        try {
            // InternalPtl.g:4024:49: (iv_ruleProtFlag= ruleProtFlag EOF )
            // InternalPtl.g:4025:2: iv_ruleProtFlag= ruleProtFlag EOF
            {
             newCompositeNode(grammarAccess.getProtFlagRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProtFlag=ruleProtFlag();

            state._fsp--;

             current =iv_ruleProtFlag; 
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
    // $ANTLR end "entryRuleProtFlag"


    // $ANTLR start "ruleProtFlag"
    // InternalPtl.g:4031:1: ruleProtFlag returns [EObject current=null] : ( (lv_name_0_0= ruleValidID ) ) ;
    public final EObject ruleProtFlag() throws RecognitionException {
        EObject current = null;

        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4037:2: ( ( (lv_name_0_0= ruleValidID ) ) )
            // InternalPtl.g:4038:2: ( (lv_name_0_0= ruleValidID ) )
            {
            // InternalPtl.g:4038:2: ( (lv_name_0_0= ruleValidID ) )
            // InternalPtl.g:4039:3: (lv_name_0_0= ruleValidID )
            {
            // InternalPtl.g:4039:3: (lv_name_0_0= ruleValidID )
            // InternalPtl.g:4040:4: lv_name_0_0= ruleValidID
            {

            				newCompositeNode(grammarAccess.getProtFlagAccess().getNameValidIDParserRuleCall_0());
            			
            pushFollow(FOLLOW_2);
            lv_name_0_0=ruleValidID();

            state._fsp--;


            				if (current==null) {
            					current = createModelElementForParent(grammarAccess.getProtFlagRule());
            				}
            				set(
            					current,
            					"name",
            					lv_name_0_0,
            					"org.ptl.lang.Ptl.ValidID");
            				afterParserOrEnumRuleCall();
            			

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
    // $ANTLR end "ruleProtFlag"


    // $ANTLR start "entryRuleOperation"
    // InternalPtl.g:4060:1: entryRuleOperation returns [EObject current=null] : iv_ruleOperation= ruleOperation EOF ;
    public final EObject entryRuleOperation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperation = null;


        try {
            // InternalPtl.g:4060:50: (iv_ruleOperation= ruleOperation EOF )
            // InternalPtl.g:4061:2: iv_ruleOperation= ruleOperation EOF
            {
             newCompositeNode(grammarAccess.getOperationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOperation=ruleOperation();

            state._fsp--;

             current =iv_ruleOperation; 
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
    // $ANTLR end "entryRuleOperation"


    // $ANTLR start "ruleOperation"
    // InternalPtl.g:4067:1: ruleOperation returns [EObject current=null] : ( ( (lv_kind_0_0= ruleOperationKind ) ) ( (lv_description_1_0= RULE_STRING ) )? ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )? (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? otherlv_12= '{' ( (lv_rejects_13_0= ruleRejectRule ) )* ( (lv_rules_14_0= ruleAttributeRule ) )* otherlv_15= '}' ) ;
    public final EObject ruleOperation() throws RecognitionException {
        EObject current = null;

        Token lv_description_1_0=null;
        Token lv_contracted_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token lv_walkFlags_9_0=null;
        Token otherlv_10=null;
        Token lv_walkFlags_11_0=null;
        Token otherlv_12=null;
        Token otherlv_15=null;
        Enumerator lv_kind_0_0 = null;

        EObject lv_rejects_13_0 = null;

        EObject lv_rules_14_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4073:2: ( ( ( (lv_kind_0_0= ruleOperationKind ) ) ( (lv_description_1_0= RULE_STRING ) )? ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )? (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? otherlv_12= '{' ( (lv_rejects_13_0= ruleRejectRule ) )* ( (lv_rules_14_0= ruleAttributeRule ) )* otherlv_15= '}' ) )
            // InternalPtl.g:4074:2: ( ( (lv_kind_0_0= ruleOperationKind ) ) ( (lv_description_1_0= RULE_STRING ) )? ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )? (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? otherlv_12= '{' ( (lv_rejects_13_0= ruleRejectRule ) )* ( (lv_rules_14_0= ruleAttributeRule ) )* otherlv_15= '}' )
            {
            // InternalPtl.g:4074:2: ( ( (lv_kind_0_0= ruleOperationKind ) ) ( (lv_description_1_0= RULE_STRING ) )? ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )? (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? otherlv_12= '{' ( (lv_rejects_13_0= ruleRejectRule ) )* ( (lv_rules_14_0= ruleAttributeRule ) )* otherlv_15= '}' )
            // InternalPtl.g:4075:3: ( (lv_kind_0_0= ruleOperationKind ) ) ( (lv_description_1_0= RULE_STRING ) )? ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )? (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? otherlv_12= '{' ( (lv_rejects_13_0= ruleRejectRule ) )* ( (lv_rules_14_0= ruleAttributeRule ) )* otherlv_15= '}'
            {
            // InternalPtl.g:4075:3: ( (lv_kind_0_0= ruleOperationKind ) )
            // InternalPtl.g:4076:4: (lv_kind_0_0= ruleOperationKind )
            {
            // InternalPtl.g:4076:4: (lv_kind_0_0= ruleOperationKind )
            // InternalPtl.g:4077:5: lv_kind_0_0= ruleOperationKind
            {

            					newCompositeNode(grammarAccess.getOperationAccess().getKindOperationKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_96);
            lv_kind_0_0=ruleOperationKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOperationRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.ptl.lang.Ptl.OperationKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4094:3: ( (lv_description_1_0= RULE_STRING ) )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( (LA82_0==RULE_STRING) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalPtl.g:4095:4: (lv_description_1_0= RULE_STRING )
                    {
                    // InternalPtl.g:4095:4: (lv_description_1_0= RULE_STRING )
                    // InternalPtl.g:4096:5: lv_description_1_0= RULE_STRING
                    {
                    lv_description_1_0=(Token)match(input,RULE_STRING,FOLLOW_97); 

                    					newLeafNode(lv_description_1_0, grammarAccess.getOperationAccess().getDescriptionSTRINGTerminalRuleCall_1_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOperationRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_1_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:4112:3: ( ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )* )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( (LA84_0==85) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalPtl.g:4113:4: ( (lv_contracted_2_0= 'may' ) ) otherlv_3= 'change' ( ( ruleValidID ) ) (otherlv_5= ',' ( ( ruleValidID ) ) )*
                    {
                    // InternalPtl.g:4113:4: ( (lv_contracted_2_0= 'may' ) )
                    // InternalPtl.g:4114:5: (lv_contracted_2_0= 'may' )
                    {
                    // InternalPtl.g:4114:5: (lv_contracted_2_0= 'may' )
                    // InternalPtl.g:4115:6: lv_contracted_2_0= 'may'
                    {
                    lv_contracted_2_0=(Token)match(input,85,FOLLOW_98); 

                    						newLeafNode(lv_contracted_2_0, grammarAccess.getOperationAccess().getContractedMayKeyword_2_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationRule());
                    						}
                    						setWithLastConsumed(current, "contracted", lv_contracted_2_0 != null, "may");
                    					

                    }


                    }

                    otherlv_3=(Token)match(input,86,FOLLOW_7); 

                    				newLeafNode(otherlv_3, grammarAccess.getOperationAccess().getChangeKeyword_2_1());
                    			
                    // InternalPtl.g:4131:4: ( ( ruleValidID ) )
                    // InternalPtl.g:4132:5: ( ruleValidID )
                    {
                    // InternalPtl.g:4132:5: ( ruleValidID )
                    // InternalPtl.g:4133:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getOperationAccess().getContractFieldCrossReference_2_2_0());
                    					
                    pushFollow(FOLLOW_99);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:4147:4: (otherlv_5= ',' ( ( ruleValidID ) ) )*
                    loop83:
                    do {
                        int alt83=2;
                        int LA83_0 = input.LA(1);

                        if ( (LA83_0==30) ) {
                            alt83=1;
                        }


                        switch (alt83) {
                    	case 1 :
                    	    // InternalPtl.g:4148:5: otherlv_5= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_5=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_5, grammarAccess.getOperationAccess().getCommaKeyword_2_3_0());
                    	    				
                    	    // InternalPtl.g:4152:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:4153:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:4153:6: ( ruleValidID )
                    	    // InternalPtl.g:4154:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getOperationRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getOperationAccess().getContractFieldCrossReference_2_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_99);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop83;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:4170:3: (otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( (LA86_0==87) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalPtl.g:4171:4: otherlv_7= 'walks' otherlv_8= 'with' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )*
                    {
                    otherlv_7=(Token)match(input,87,FOLLOW_47); 

                    				newLeafNode(otherlv_7, grammarAccess.getOperationAccess().getWalksKeyword_3_0());
                    			
                    otherlv_8=(Token)match(input,46,FOLLOW_100); 

                    				newLeafNode(otherlv_8, grammarAccess.getOperationAccess().getWithKeyword_3_1());
                    			
                    // InternalPtl.g:4179:4: ( (lv_walkFlags_9_0= RULE_ID ) )
                    // InternalPtl.g:4180:5: (lv_walkFlags_9_0= RULE_ID )
                    {
                    // InternalPtl.g:4180:5: (lv_walkFlags_9_0= RULE_ID )
                    // InternalPtl.g:4181:6: lv_walkFlags_9_0= RULE_ID
                    {
                    lv_walkFlags_9_0=(Token)match(input,RULE_ID,FOLLOW_101); 

                    						newLeafNode(lv_walkFlags_9_0, grammarAccess.getOperationAccess().getWalkFlagsIDTerminalRuleCall_3_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"walkFlags",
                    							lv_walkFlags_9_0,
                    							"org.eclipse.xtext.common.Terminals.ID");
                    					

                    }


                    }

                    // InternalPtl.g:4197:4: (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )*
                    loop85:
                    do {
                        int alt85=2;
                        int LA85_0 = input.LA(1);

                        if ( (LA85_0==30) ) {
                            alt85=1;
                        }


                        switch (alt85) {
                    	case 1 :
                    	    // InternalPtl.g:4198:5: otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) )
                    	    {
                    	    otherlv_10=(Token)match(input,30,FOLLOW_100); 

                    	    					newLeafNode(otherlv_10, grammarAccess.getOperationAccess().getCommaKeyword_3_3_0());
                    	    				
                    	    // InternalPtl.g:4202:5: ( (lv_walkFlags_11_0= RULE_ID ) )
                    	    // InternalPtl.g:4203:6: (lv_walkFlags_11_0= RULE_ID )
                    	    {
                    	    // InternalPtl.g:4203:6: (lv_walkFlags_11_0= RULE_ID )
                    	    // InternalPtl.g:4204:7: lv_walkFlags_11_0= RULE_ID
                    	    {
                    	    lv_walkFlags_11_0=(Token)match(input,RULE_ID,FOLLOW_101); 

                    	    							newLeafNode(lv_walkFlags_11_0, grammarAccess.getOperationAccess().getWalkFlagsIDTerminalRuleCall_3_3_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getOperationRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"walkFlags",
                    	    								lv_walkFlags_11_0,
                    	    								"org.eclipse.xtext.common.Terminals.ID");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop85;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_12=(Token)match(input,17,FOLLOW_102); 

            			newLeafNode(otherlv_12, grammarAccess.getOperationAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalPtl.g:4226:3: ( (lv_rejects_13_0= ruleRejectRule ) )*
            loop87:
            do {
                int alt87=2;
                int LA87_0 = input.LA(1);

                if ( (LA87_0==88) ) {
                    alt87=1;
                }


                switch (alt87) {
            	case 1 :
            	    // InternalPtl.g:4227:4: (lv_rejects_13_0= ruleRejectRule )
            	    {
            	    // InternalPtl.g:4227:4: (lv_rejects_13_0= ruleRejectRule )
            	    // InternalPtl.g:4228:5: lv_rejects_13_0= ruleRejectRule
            	    {

            	    					newCompositeNode(grammarAccess.getOperationAccess().getRejectsRejectRuleParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_102);
            	    lv_rejects_13_0=ruleRejectRule();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOperationRule());
            	    					}
            	    					add(
            	    						current,
            	    						"rejects",
            	    						lv_rejects_13_0,
            	    						"org.ptl.lang.Ptl.RejectRule");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop87;
                }
            } while (true);

            // InternalPtl.g:4245:3: ( (lv_rules_14_0= ruleAttributeRule ) )*
            loop88:
            do {
                int alt88=2;
                int LA88_0 = input.LA(1);

                if ( (LA88_0==95||(LA88_0>=170 && LA88_0<=171)) ) {
                    alt88=1;
                }


                switch (alt88) {
            	case 1 :
            	    // InternalPtl.g:4246:4: (lv_rules_14_0= ruleAttributeRule )
            	    {
            	    // InternalPtl.g:4246:4: (lv_rules_14_0= ruleAttributeRule )
            	    // InternalPtl.g:4247:5: lv_rules_14_0= ruleAttributeRule
            	    {

            	    					newCompositeNode(grammarAccess.getOperationAccess().getRulesAttributeRuleParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_103);
            	    lv_rules_14_0=ruleAttributeRule();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOperationRule());
            	    					}
            	    					add(
            	    						current,
            	    						"rules",
            	    						lv_rules_14_0,
            	    						"org.ptl.lang.Ptl.AttributeRule");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop88;
                }
            } while (true);

            otherlv_15=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_15, grammarAccess.getOperationAccess().getRightCurlyBracketKeyword_7());
            		

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
    // $ANTLR end "ruleOperation"


    // $ANTLR start "entryRuleRejectRule"
    // InternalPtl.g:4272:1: entryRuleRejectRule returns [EObject current=null] : iv_ruleRejectRule= ruleRejectRule EOF ;
    public final EObject entryRuleRejectRule() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRejectRule = null;


        try {
            // InternalPtl.g:4272:51: (iv_ruleRejectRule= ruleRejectRule EOF )
            // InternalPtl.g:4273:2: iv_ruleRejectRule= ruleRejectRule EOF
            {
             newCompositeNode(grammarAccess.getRejectRuleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRejectRule=ruleRejectRule();

            state._fsp--;

             current =iv_ruleRejectRule; 
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
    // $ANTLR end "entryRuleRejectRule"


    // $ANTLR start "ruleRejectRule"
    // InternalPtl.g:4279:1: ruleRejectRule returns [EObject current=null] : (otherlv_0= 'reject' ( (lv_combinations_1_0= ruleFlagCombination ) ) (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )* otherlv_4= 'with' ( (lv_errno_5_0= ruleErrno ) ) ) ;
    public final EObject ruleRejectRule() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_combinations_1_0 = null;

        EObject lv_combinations_3_0 = null;

        AntlrDatatypeRuleToken lv_errno_5_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4285:2: ( (otherlv_0= 'reject' ( (lv_combinations_1_0= ruleFlagCombination ) ) (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )* otherlv_4= 'with' ( (lv_errno_5_0= ruleErrno ) ) ) )
            // InternalPtl.g:4286:2: (otherlv_0= 'reject' ( (lv_combinations_1_0= ruleFlagCombination ) ) (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )* otherlv_4= 'with' ( (lv_errno_5_0= ruleErrno ) ) )
            {
            // InternalPtl.g:4286:2: (otherlv_0= 'reject' ( (lv_combinations_1_0= ruleFlagCombination ) ) (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )* otherlv_4= 'with' ( (lv_errno_5_0= ruleErrno ) ) )
            // InternalPtl.g:4287:3: otherlv_0= 'reject' ( (lv_combinations_1_0= ruleFlagCombination ) ) (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )* otherlv_4= 'with' ( (lv_errno_5_0= ruleErrno ) )
            {
            otherlv_0=(Token)match(input,88,FOLLOW_104); 

            			newLeafNode(otherlv_0, grammarAccess.getRejectRuleAccess().getRejectKeyword_0());
            		
            // InternalPtl.g:4291:3: ( (lv_combinations_1_0= ruleFlagCombination ) )
            // InternalPtl.g:4292:4: (lv_combinations_1_0= ruleFlagCombination )
            {
            // InternalPtl.g:4292:4: (lv_combinations_1_0= ruleFlagCombination )
            // InternalPtl.g:4293:5: lv_combinations_1_0= ruleFlagCombination
            {

            					newCompositeNode(grammarAccess.getRejectRuleAccess().getCombinationsFlagCombinationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_105);
            lv_combinations_1_0=ruleFlagCombination();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRejectRuleRule());
            					}
            					add(
            						current,
            						"combinations",
            						lv_combinations_1_0,
            						"org.ptl.lang.Ptl.FlagCombination");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4310:3: (otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) ) )*
            loop89:
            do {
                int alt89=2;
                int LA89_0 = input.LA(1);

                if ( (LA89_0==30) ) {
                    alt89=1;
                }


                switch (alt89) {
            	case 1 :
            	    // InternalPtl.g:4311:4: otherlv_2= ',' ( (lv_combinations_3_0= ruleFlagCombination ) )
            	    {
            	    otherlv_2=(Token)match(input,30,FOLLOW_104); 

            	    				newLeafNode(otherlv_2, grammarAccess.getRejectRuleAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalPtl.g:4315:4: ( (lv_combinations_3_0= ruleFlagCombination ) )
            	    // InternalPtl.g:4316:5: (lv_combinations_3_0= ruleFlagCombination )
            	    {
            	    // InternalPtl.g:4316:5: (lv_combinations_3_0= ruleFlagCombination )
            	    // InternalPtl.g:4317:6: lv_combinations_3_0= ruleFlagCombination
            	    {

            	    						newCompositeNode(grammarAccess.getRejectRuleAccess().getCombinationsFlagCombinationParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_105);
            	    lv_combinations_3_0=ruleFlagCombination();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getRejectRuleRule());
            	    						}
            	    						add(
            	    							current,
            	    							"combinations",
            	    							lv_combinations_3_0,
            	    							"org.ptl.lang.Ptl.FlagCombination");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop89;
                }
            } while (true);

            otherlv_4=(Token)match(input,46,FOLLOW_63); 

            			newLeafNode(otherlv_4, grammarAccess.getRejectRuleAccess().getWithKeyword_3());
            		
            // InternalPtl.g:4339:3: ( (lv_errno_5_0= ruleErrno ) )
            // InternalPtl.g:4340:4: (lv_errno_5_0= ruleErrno )
            {
            // InternalPtl.g:4340:4: (lv_errno_5_0= ruleErrno )
            // InternalPtl.g:4341:5: lv_errno_5_0= ruleErrno
            {

            					newCompositeNode(grammarAccess.getRejectRuleAccess().getErrnoErrnoParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_errno_5_0=ruleErrno();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRejectRuleRule());
            					}
            					set(
            						current,
            						"errno",
            						lv_errno_5_0,
            						"org.ptl.lang.Ptl.Errno");
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
    // $ANTLR end "ruleRejectRule"


    // $ANTLR start "entryRuleFlagCombination"
    // InternalPtl.g:4362:1: entryRuleFlagCombination returns [EObject current=null] : iv_ruleFlagCombination= ruleFlagCombination EOF ;
    public final EObject entryRuleFlagCombination() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFlagCombination = null;


        try {
            // InternalPtl.g:4362:56: (iv_ruleFlagCombination= ruleFlagCombination EOF )
            // InternalPtl.g:4363:2: iv_ruleFlagCombination= ruleFlagCombination EOF
            {
             newCompositeNode(grammarAccess.getFlagCombinationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFlagCombination=ruleFlagCombination();

            state._fsp--;

             current =iv_ruleFlagCombination; 
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
    // $ANTLR end "entryRuleFlagCombination"


    // $ANTLR start "ruleFlagCombination"
    // InternalPtl.g:4369:1: ruleFlagCombination returns [EObject current=null] : ( ( (lv_terms_0_0= ruleProtTerm ) ) (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )* ) ;
    public final EObject ruleFlagCombination() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_terms_0_0 = null;

        EObject lv_terms_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4375:2: ( ( ( (lv_terms_0_0= ruleProtTerm ) ) (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )* ) )
            // InternalPtl.g:4376:2: ( ( (lv_terms_0_0= ruleProtTerm ) ) (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )* )
            {
            // InternalPtl.g:4376:2: ( ( (lv_terms_0_0= ruleProtTerm ) ) (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )* )
            // InternalPtl.g:4377:3: ( (lv_terms_0_0= ruleProtTerm ) ) (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )*
            {
            // InternalPtl.g:4377:3: ( (lv_terms_0_0= ruleProtTerm ) )
            // InternalPtl.g:4378:4: (lv_terms_0_0= ruleProtTerm )
            {
            // InternalPtl.g:4378:4: (lv_terms_0_0= ruleProtTerm )
            // InternalPtl.g:4379:5: lv_terms_0_0= ruleProtTerm
            {

            					newCompositeNode(grammarAccess.getFlagCombinationAccess().getTermsProtTermParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_106);
            lv_terms_0_0=ruleProtTerm();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFlagCombinationRule());
            					}
            					add(
            						current,
            						"terms",
            						lv_terms_0_0,
            						"org.ptl.lang.Ptl.ProtTerm");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4396:3: (otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) ) )*
            loop90:
            do {
                int alt90=2;
                int LA90_0 = input.LA(1);

                if ( (LA90_0==89) ) {
                    alt90=1;
                }


                switch (alt90) {
            	case 1 :
            	    // InternalPtl.g:4397:4: otherlv_1= '&' ( (lv_terms_2_0= ruleProtTerm ) )
            	    {
            	    otherlv_1=(Token)match(input,89,FOLLOW_104); 

            	    				newLeafNode(otherlv_1, grammarAccess.getFlagCombinationAccess().getAmpersandKeyword_1_0());
            	    			
            	    // InternalPtl.g:4401:4: ( (lv_terms_2_0= ruleProtTerm ) )
            	    // InternalPtl.g:4402:5: (lv_terms_2_0= ruleProtTerm )
            	    {
            	    // InternalPtl.g:4402:5: (lv_terms_2_0= ruleProtTerm )
            	    // InternalPtl.g:4403:6: lv_terms_2_0= ruleProtTerm
            	    {

            	    						newCompositeNode(grammarAccess.getFlagCombinationAccess().getTermsProtTermParserRuleCall_1_1_0());
            	    					
            	    pushFollow(FOLLOW_106);
            	    lv_terms_2_0=ruleProtTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getFlagCombinationRule());
            	    						}
            	    						add(
            	    							current,
            	    							"terms",
            	    							lv_terms_2_0,
            	    							"org.ptl.lang.Ptl.ProtTerm");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop90;
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
    // $ANTLR end "ruleFlagCombination"


    // $ANTLR start "entryRuleProtTerm"
    // InternalPtl.g:4425:1: entryRuleProtTerm returns [EObject current=null] : iv_ruleProtTerm= ruleProtTerm EOF ;
    public final EObject entryRuleProtTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProtTerm = null;


        try {
            // InternalPtl.g:4425:49: (iv_ruleProtTerm= ruleProtTerm EOF )
            // InternalPtl.g:4426:2: iv_ruleProtTerm= ruleProtTerm EOF
            {
             newCompositeNode(grammarAccess.getProtTermRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProtTerm=ruleProtTerm();

            state._fsp--;

             current =iv_ruleProtTerm; 
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
    // $ANTLR end "entryRuleProtTerm"


    // $ANTLR start "ruleProtTerm"
    // InternalPtl.g:4432:1: ruleProtTerm returns [EObject current=null] : ( ( (lv_negated_0_0= '!' ) )? ( ( ruleValidID ) ) ) ;
    public final EObject ruleProtTerm() throws RecognitionException {
        EObject current = null;

        Token lv_negated_0_0=null;


        	enterRule();

        try {
            // InternalPtl.g:4438:2: ( ( ( (lv_negated_0_0= '!' ) )? ( ( ruleValidID ) ) ) )
            // InternalPtl.g:4439:2: ( ( (lv_negated_0_0= '!' ) )? ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:4439:2: ( ( (lv_negated_0_0= '!' ) )? ( ( ruleValidID ) ) )
            // InternalPtl.g:4440:3: ( (lv_negated_0_0= '!' ) )? ( ( ruleValidID ) )
            {
            // InternalPtl.g:4440:3: ( (lv_negated_0_0= '!' ) )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( (LA91_0==90) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalPtl.g:4441:4: (lv_negated_0_0= '!' )
                    {
                    // InternalPtl.g:4441:4: (lv_negated_0_0= '!' )
                    // InternalPtl.g:4442:5: lv_negated_0_0= '!'
                    {
                    lv_negated_0_0=(Token)match(input,90,FOLLOW_7); 

                    					newLeafNode(lv_negated_0_0, grammarAccess.getProtTermAccess().getNegatedExclamationMarkKeyword_0_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getProtTermRule());
                    					}
                    					setWithLastConsumed(current, "negated", lv_negated_0_0 != null, "!");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:4454:3: ( ( ruleValidID ) )
            // InternalPtl.g:4455:4: ( ruleValidID )
            {
            // InternalPtl.g:4455:4: ( ruleValidID )
            // InternalPtl.g:4456:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getProtTermRule());
            					}
            				

            					newCompositeNode(grammarAccess.getProtTermAccess().getFlagProtFlagCrossReference_1_0());
            				
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
    // $ANTLR end "ruleProtTerm"


    // $ANTLR start "entryRuleAttributeRule"
    // InternalPtl.g:4474:1: entryRuleAttributeRule returns [EObject current=null] : iv_ruleAttributeRule= ruleAttributeRule EOF ;
    public final EObject entryRuleAttributeRule() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAttributeRule = null;


        try {
            // InternalPtl.g:4474:54: (iv_ruleAttributeRule= ruleAttributeRule EOF )
            // InternalPtl.g:4475:2: iv_ruleAttributeRule= ruleAttributeRule EOF
            {
             newCompositeNode(grammarAccess.getAttributeRuleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAttributeRule=ruleAttributeRule();

            state._fsp--;

             current =iv_ruleAttributeRule; 
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
    // $ANTLR end "entryRuleAttributeRule"


    // $ANTLR start "ruleAttributeRule"
    // InternalPtl.g:4481:1: ruleAttributeRule returns [EObject current=null] : ( ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) ) ( (lv_assignments_5_0= ruleFieldAssignment ) ) (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )* ) ;
    public final EObject ruleAttributeRule() throws RecognitionException {
        EObject current = null;

        Token otherlv_6=null;
        Enumerator lv_condition_0_0 = null;

        Enumerator lv_condition_1_0 = null;

        Enumerator lv_condition_3_0 = null;

        EObject lv_assignments_5_0 = null;

        EObject lv_assignments_7_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4487:2: ( ( ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) ) ( (lv_assignments_5_0= ruleFieldAssignment ) ) (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )* ) )
            // InternalPtl.g:4488:2: ( ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) ) ( (lv_assignments_5_0= ruleFieldAssignment ) ) (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )* )
            {
            // InternalPtl.g:4488:2: ( ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) ) ( (lv_assignments_5_0= ruleFieldAssignment ) ) (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )* )
            // InternalPtl.g:4489:3: ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) ) ( (lv_assignments_5_0= ruleFieldAssignment ) ) (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )*
            {
            // InternalPtl.g:4489:3: ( ( (lv_condition_0_0= ruleAlwaysCondition ) ) | ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) ) | ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) ) )
            int alt92=3;
            switch ( input.LA(1) ) {
            case 170:
                {
                alt92=1;
                }
                break;
            case 95:
                {
                alt92=2;
                }
                break;
            case 171:
                {
                alt92=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 92, 0, input);

                throw nvae;
            }

            switch (alt92) {
                case 1 :
                    // InternalPtl.g:4490:4: ( (lv_condition_0_0= ruleAlwaysCondition ) )
                    {
                    // InternalPtl.g:4490:4: ( (lv_condition_0_0= ruleAlwaysCondition ) )
                    // InternalPtl.g:4491:5: (lv_condition_0_0= ruleAlwaysCondition )
                    {
                    // InternalPtl.g:4491:5: (lv_condition_0_0= ruleAlwaysCondition )
                    // InternalPtl.g:4492:6: lv_condition_0_0= ruleAlwaysCondition
                    {

                    						newCompositeNode(grammarAccess.getAttributeRuleAccess().getConditionAlwaysConditionEnumRuleCall_0_0_0());
                    					
                    pushFollow(FOLLOW_7);
                    lv_condition_0_0=ruleAlwaysCondition();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getAttributeRuleRule());
                    						}
                    						set(
                    							current,
                    							"condition",
                    							lv_condition_0_0,
                    							"org.ptl.lang.Ptl.AlwaysCondition");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:4510:4: ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) )
                    {
                    // InternalPtl.g:4510:4: ( ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) ) )
                    // InternalPtl.g:4511:5: ( (lv_condition_1_0= ruleWhenCondition ) ) ( ( ruleValidID ) )
                    {
                    // InternalPtl.g:4511:5: ( (lv_condition_1_0= ruleWhenCondition ) )
                    // InternalPtl.g:4512:6: (lv_condition_1_0= ruleWhenCondition )
                    {
                    // InternalPtl.g:4512:6: (lv_condition_1_0= ruleWhenCondition )
                    // InternalPtl.g:4513:7: lv_condition_1_0= ruleWhenCondition
                    {

                    							newCompositeNode(grammarAccess.getAttributeRuleAccess().getConditionWhenConditionEnumRuleCall_0_1_0_0());
                    						
                    pushFollow(FOLLOW_7);
                    lv_condition_1_0=ruleWhenCondition();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getAttributeRuleRule());
                    							}
                    							set(
                    								current,
                    								"condition",
                    								lv_condition_1_0,
                    								"org.ptl.lang.Ptl.WhenCondition");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:4530:5: ( ( ruleValidID ) )
                    // InternalPtl.g:4531:6: ( ruleValidID )
                    {
                    // InternalPtl.g:4531:6: ( ruleValidID )
                    // InternalPtl.g:4532:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAttributeRuleRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getAttributeRuleAccess().getFlagProtFlagCrossReference_0_1_1_0());
                    						
                    pushFollow(FOLLOW_7);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:4548:4: ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) )
                    {
                    // InternalPtl.g:4548:4: ( ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) ) )
                    // InternalPtl.g:4549:5: ( (lv_condition_3_0= ruleUnlessCondition ) ) ( ( ruleValidID ) )
                    {
                    // InternalPtl.g:4549:5: ( (lv_condition_3_0= ruleUnlessCondition ) )
                    // InternalPtl.g:4550:6: (lv_condition_3_0= ruleUnlessCondition )
                    {
                    // InternalPtl.g:4550:6: (lv_condition_3_0= ruleUnlessCondition )
                    // InternalPtl.g:4551:7: lv_condition_3_0= ruleUnlessCondition
                    {

                    							newCompositeNode(grammarAccess.getAttributeRuleAccess().getConditionUnlessConditionEnumRuleCall_0_2_0_0());
                    						
                    pushFollow(FOLLOW_7);
                    lv_condition_3_0=ruleUnlessCondition();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getAttributeRuleRule());
                    							}
                    							set(
                    								current,
                    								"condition",
                    								lv_condition_3_0,
                    								"org.ptl.lang.Ptl.UnlessCondition");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:4568:5: ( ( ruleValidID ) )
                    // InternalPtl.g:4569:6: ( ruleValidID )
                    {
                    // InternalPtl.g:4569:6: ( ruleValidID )
                    // InternalPtl.g:4570:7: ruleValidID
                    {

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getAttributeRuleRule());
                    							}
                    						

                    							newCompositeNode(grammarAccess.getAttributeRuleAccess().getFlagProtFlagCrossReference_0_2_1_0());
                    						
                    pushFollow(FOLLOW_7);
                    ruleValidID();

                    state._fsp--;


                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:4586:3: ( (lv_assignments_5_0= ruleFieldAssignment ) )
            // InternalPtl.g:4587:4: (lv_assignments_5_0= ruleFieldAssignment )
            {
            // InternalPtl.g:4587:4: (lv_assignments_5_0= ruleFieldAssignment )
            // InternalPtl.g:4588:5: lv_assignments_5_0= ruleFieldAssignment
            {

            					newCompositeNode(grammarAccess.getAttributeRuleAccess().getAssignmentsFieldAssignmentParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_107);
            lv_assignments_5_0=ruleFieldAssignment();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAttributeRuleRule());
            					}
            					add(
            						current,
            						"assignments",
            						lv_assignments_5_0,
            						"org.ptl.lang.Ptl.FieldAssignment");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4605:3: (otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) ) )*
            loop93:
            do {
                int alt93=2;
                int LA93_0 = input.LA(1);

                if ( (LA93_0==30) ) {
                    alt93=1;
                }


                switch (alt93) {
            	case 1 :
            	    // InternalPtl.g:4606:4: otherlv_6= ',' ( (lv_assignments_7_0= ruleFieldAssignment ) )
            	    {
            	    otherlv_6=(Token)match(input,30,FOLLOW_7); 

            	    				newLeafNode(otherlv_6, grammarAccess.getAttributeRuleAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalPtl.g:4610:4: ( (lv_assignments_7_0= ruleFieldAssignment ) )
            	    // InternalPtl.g:4611:5: (lv_assignments_7_0= ruleFieldAssignment )
            	    {
            	    // InternalPtl.g:4611:5: (lv_assignments_7_0= ruleFieldAssignment )
            	    // InternalPtl.g:4612:6: lv_assignments_7_0= ruleFieldAssignment
            	    {

            	    						newCompositeNode(grammarAccess.getAttributeRuleAccess().getAssignmentsFieldAssignmentParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_107);
            	    lv_assignments_7_0=ruleFieldAssignment();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAttributeRuleRule());
            	    						}
            	    						add(
            	    							current,
            	    							"assignments",
            	    							lv_assignments_7_0,
            	    							"org.ptl.lang.Ptl.FieldAssignment");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop93;
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
    // $ANTLR end "ruleAttributeRule"


    // $ANTLR start "entryRuleFieldAssignment"
    // InternalPtl.g:4634:1: entryRuleFieldAssignment returns [EObject current=null] : iv_ruleFieldAssignment= ruleFieldAssignment EOF ;
    public final EObject entryRuleFieldAssignment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFieldAssignment = null;


        try {
            // InternalPtl.g:4634:56: (iv_ruleFieldAssignment= ruleFieldAssignment EOF )
            // InternalPtl.g:4635:2: iv_ruleFieldAssignment= ruleFieldAssignment EOF
            {
             newCompositeNode(grammarAccess.getFieldAssignmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFieldAssignment=ruleFieldAssignment();

            state._fsp--;

             current =iv_ruleFieldAssignment; 
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
    // $ANTLR end "entryRuleFieldAssignment"


    // $ANTLR start "ruleFieldAssignment"
    // InternalPtl.g:4641:1: ruleFieldAssignment returns [EObject current=null] : ( ( ( ruleValidID ) ) ( (lv_operator_1_0= ruleAssignOperator ) ) ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) ) ) ;
    public final EObject ruleFieldAssignment() throws RecognitionException {
        EObject current = null;

        Enumerator lv_operator_1_0 = null;

        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4647:2: ( ( ( ( ruleValidID ) ) ( (lv_operator_1_0= ruleAssignOperator ) ) ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) ) ) )
            // InternalPtl.g:4648:2: ( ( ( ruleValidID ) ) ( (lv_operator_1_0= ruleAssignOperator ) ) ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) ) )
            {
            // InternalPtl.g:4648:2: ( ( ( ruleValidID ) ) ( (lv_operator_1_0= ruleAssignOperator ) ) ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) ) )
            // InternalPtl.g:4649:3: ( ( ruleValidID ) ) ( (lv_operator_1_0= ruleAssignOperator ) ) ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:4649:3: ( ( ruleValidID ) )
            // InternalPtl.g:4650:4: ( ruleValidID )
            {
            // InternalPtl.g:4650:4: ( ruleValidID )
            // InternalPtl.g:4651:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFieldAssignmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getFieldAssignmentAccess().getFieldFieldCrossReference_0_0());
            				
            pushFollow(FOLLOW_108);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4665:3: ( (lv_operator_1_0= ruleAssignOperator ) )
            // InternalPtl.g:4666:4: (lv_operator_1_0= ruleAssignOperator )
            {
            // InternalPtl.g:4666:4: (lv_operator_1_0= ruleAssignOperator )
            // InternalPtl.g:4667:5: lv_operator_1_0= ruleAssignOperator
            {

            					newCompositeNode(grammarAccess.getFieldAssignmentAccess().getOperatorAssignOperatorEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_109);
            lv_operator_1_0=ruleAssignOperator();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getFieldAssignmentRule());
            					}
            					set(
            						current,
            						"operator",
            						lv_operator_1_0,
            						"org.ptl.lang.Ptl.AssignOperator");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4684:3: ( ( (lv_value_2_0= ruleNumber ) ) | ( ( ruleValidID ) ) )
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( (LA94_0==RULE_INT||(LA94_0>=RULE_HEX && LA94_0<=RULE_BIN)) ) {
                alt94=1;
            }
            else if ( (LA94_0==RULE_ID||LA94_0==15||(LA94_0>=18 && LA94_0<=22)||(LA94_0>=24 && LA94_0<=28)||LA94_0==35||LA94_0==45||LA94_0==49||(LA94_0>=52 && LA94_0<=53)||LA94_0==57||LA94_0==59||LA94_0==75||LA94_0==78||(LA94_0>=80 && LA94_0<=84)||LA94_0==87||(LA94_0>=92 && LA94_0<=94)||LA94_0==97||(LA94_0>=100 && LA94_0<=103)||LA94_0==105||(LA94_0>=108 && LA94_0<=111)||(LA94_0>=113 && LA94_0<=119)||(LA94_0>=121 && LA94_0<=122)||(LA94_0>=125 && LA94_0<=127)||(LA94_0>=129 && LA94_0<=132)||(LA94_0>=135 && LA94_0<=147)) ) {
                alt94=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 94, 0, input);

                throw nvae;
            }
            switch (alt94) {
                case 1 :
                    // InternalPtl.g:4685:4: ( (lv_value_2_0= ruleNumber ) )
                    {
                    // InternalPtl.g:4685:4: ( (lv_value_2_0= ruleNumber ) )
                    // InternalPtl.g:4686:5: (lv_value_2_0= ruleNumber )
                    {
                    // InternalPtl.g:4686:5: (lv_value_2_0= ruleNumber )
                    // InternalPtl.g:4687:6: lv_value_2_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getFieldAssignmentAccess().getValueNumberParserRuleCall_2_0_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_2_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFieldAssignmentRule());
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
                    break;
                case 2 :
                    // InternalPtl.g:4705:4: ( ( ruleValidID ) )
                    {
                    // InternalPtl.g:4705:4: ( ( ruleValidID ) )
                    // InternalPtl.g:4706:5: ( ruleValidID )
                    {
                    // InternalPtl.g:4706:5: ( ruleValidID )
                    // InternalPtl.g:4707:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFieldAssignmentRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getFieldAssignmentAccess().getLiteralEnumLiteralCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleValidID();

                    state._fsp--;


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
    // $ANTLR end "ruleFieldAssignment"


    // $ANTLR start "entryRuleWalkerPolicy"
    // InternalPtl.g:4726:1: entryRuleWalkerPolicy returns [EObject current=null] : iv_ruleWalkerPolicy= ruleWalkerPolicy EOF ;
    public final EObject entryRuleWalkerPolicy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleWalkerPolicy = null;


        try {
            // InternalPtl.g:4726:53: (iv_ruleWalkerPolicy= ruleWalkerPolicy EOF )
            // InternalPtl.g:4727:2: iv_ruleWalkerPolicy= ruleWalkerPolicy EOF
            {
             newCompositeNode(grammarAccess.getWalkerPolicyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWalkerPolicy=ruleWalkerPolicy();

            state._fsp--;

             current =iv_ruleWalkerPolicy; 
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
    // $ANTLR end "entryRuleWalkerPolicy"


    // $ANTLR start "ruleWalkerPolicy"
    // InternalPtl.g:4733:1: ruleWalkerPolicy returns [EObject current=null] : (otherlv_0= 'walker' otherlv_1= 'policy' ( (lv_name_2_0= ruleValidID ) ) ( (lv_description_3_0= RULE_STRING ) )? otherlv_4= '{' otherlv_5= 'flags' ( (lv_flags_6_0= ruleWalkerFlag ) ) (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )* (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )? ( (lv_rules_13_0= rulePolicyRule ) )* otherlv_14= '}' ) ;
    public final EObject ruleWalkerPolicy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_description_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_14=null;
        AntlrDatatypeRuleToken lv_name_2_0 = null;

        EObject lv_flags_6_0 = null;

        EObject lv_flags_8_0 = null;

        EObject lv_outcomes_10_0 = null;

        EObject lv_outcomes_12_0 = null;

        EObject lv_rules_13_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4739:2: ( (otherlv_0= 'walker' otherlv_1= 'policy' ( (lv_name_2_0= ruleValidID ) ) ( (lv_description_3_0= RULE_STRING ) )? otherlv_4= '{' otherlv_5= 'flags' ( (lv_flags_6_0= ruleWalkerFlag ) ) (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )* (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )? ( (lv_rules_13_0= rulePolicyRule ) )* otherlv_14= '}' ) )
            // InternalPtl.g:4740:2: (otherlv_0= 'walker' otherlv_1= 'policy' ( (lv_name_2_0= ruleValidID ) ) ( (lv_description_3_0= RULE_STRING ) )? otherlv_4= '{' otherlv_5= 'flags' ( (lv_flags_6_0= ruleWalkerFlag ) ) (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )* (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )? ( (lv_rules_13_0= rulePolicyRule ) )* otherlv_14= '}' )
            {
            // InternalPtl.g:4740:2: (otherlv_0= 'walker' otherlv_1= 'policy' ( (lv_name_2_0= ruleValidID ) ) ( (lv_description_3_0= RULE_STRING ) )? otherlv_4= '{' otherlv_5= 'flags' ( (lv_flags_6_0= ruleWalkerFlag ) ) (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )* (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )? ( (lv_rules_13_0= rulePolicyRule ) )* otherlv_14= '}' )
            // InternalPtl.g:4741:3: otherlv_0= 'walker' otherlv_1= 'policy' ( (lv_name_2_0= ruleValidID ) ) ( (lv_description_3_0= RULE_STRING ) )? otherlv_4= '{' otherlv_5= 'flags' ( (lv_flags_6_0= ruleWalkerFlag ) ) (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )* (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )? ( (lv_rules_13_0= rulePolicyRule ) )* otherlv_14= '}'
            {
            otherlv_0=(Token)match(input,91,FOLLOW_110); 

            			newLeafNode(otherlv_0, grammarAccess.getWalkerPolicyAccess().getWalkerKeyword_0());
            		
            otherlv_1=(Token)match(input,92,FOLLOW_7); 

            			newLeafNode(otherlv_1, grammarAccess.getWalkerPolicyAccess().getPolicyKeyword_1());
            		
            // InternalPtl.g:4749:3: ( (lv_name_2_0= ruleValidID ) )
            // InternalPtl.g:4750:4: (lv_name_2_0= ruleValidID )
            {
            // InternalPtl.g:4750:4: (lv_name_2_0= ruleValidID )
            // InternalPtl.g:4751:5: lv_name_2_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getWalkerPolicyAccess().getNameValidIDParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_2_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4768:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( (LA95_0==RULE_STRING) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalPtl.g:4769:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalPtl.g:4769:4: (lv_description_3_0= RULE_STRING )
                    // InternalPtl.g:4770:5: lv_description_3_0= RULE_STRING
                    {
                    lv_description_3_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_3_0, grammarAccess.getWalkerPolicyAccess().getDescriptionSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getWalkerPolicyRule());
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

            otherlv_4=(Token)match(input,17,FOLLOW_111); 

            			newLeafNode(otherlv_4, grammarAccess.getWalkerPolicyAccess().getLeftCurlyBracketKeyword_4());
            		
            otherlv_5=(Token)match(input,93,FOLLOW_100); 

            			newLeafNode(otherlv_5, grammarAccess.getWalkerPolicyAccess().getFlagsKeyword_5());
            		
            // InternalPtl.g:4794:3: ( (lv_flags_6_0= ruleWalkerFlag ) )
            // InternalPtl.g:4795:4: (lv_flags_6_0= ruleWalkerFlag )
            {
            // InternalPtl.g:4795:4: (lv_flags_6_0= ruleWalkerFlag )
            // InternalPtl.g:4796:5: lv_flags_6_0= ruleWalkerFlag
            {

            					newCompositeNode(grammarAccess.getWalkerPolicyAccess().getFlagsWalkerFlagParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_112);
            lv_flags_6_0=ruleWalkerFlag();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
            					}
            					add(
            						current,
            						"flags",
            						lv_flags_6_0,
            						"org.ptl.lang.Ptl.WalkerFlag");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:4813:3: (otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) ) )*
            loop96:
            do {
                int alt96=2;
                int LA96_0 = input.LA(1);

                if ( (LA96_0==30) ) {
                    alt96=1;
                }


                switch (alt96) {
            	case 1 :
            	    // InternalPtl.g:4814:4: otherlv_7= ',' ( (lv_flags_8_0= ruleWalkerFlag ) )
            	    {
            	    otherlv_7=(Token)match(input,30,FOLLOW_100); 

            	    				newLeafNode(otherlv_7, grammarAccess.getWalkerPolicyAccess().getCommaKeyword_7_0());
            	    			
            	    // InternalPtl.g:4818:4: ( (lv_flags_8_0= ruleWalkerFlag ) )
            	    // InternalPtl.g:4819:5: (lv_flags_8_0= ruleWalkerFlag )
            	    {
            	    // InternalPtl.g:4819:5: (lv_flags_8_0= ruleWalkerFlag )
            	    // InternalPtl.g:4820:6: lv_flags_8_0= ruleWalkerFlag
            	    {

            	    						newCompositeNode(grammarAccess.getWalkerPolicyAccess().getFlagsWalkerFlagParserRuleCall_7_1_0());
            	    					
            	    pushFollow(FOLLOW_112);
            	    lv_flags_8_0=ruleWalkerFlag();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
            	    						}
            	    						add(
            	    							current,
            	    							"flags",
            	    							lv_flags_8_0,
            	    							"org.ptl.lang.Ptl.WalkerFlag");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop96;
                }
            } while (true);

            // InternalPtl.g:4838:3: (otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )* )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( (LA98_0==94) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalPtl.g:4839:4: otherlv_9= 'outcomes' ( (lv_outcomes_10_0= ruleNamedOutcome ) ) (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )*
                    {
                    otherlv_9=(Token)match(input,94,FOLLOW_100); 

                    				newLeafNode(otherlv_9, grammarAccess.getWalkerPolicyAccess().getOutcomesKeyword_8_0());
                    			
                    // InternalPtl.g:4843:4: ( (lv_outcomes_10_0= ruleNamedOutcome ) )
                    // InternalPtl.g:4844:5: (lv_outcomes_10_0= ruleNamedOutcome )
                    {
                    // InternalPtl.g:4844:5: (lv_outcomes_10_0= ruleNamedOutcome )
                    // InternalPtl.g:4845:6: lv_outcomes_10_0= ruleNamedOutcome
                    {

                    						newCompositeNode(grammarAccess.getWalkerPolicyAccess().getOutcomesNamedOutcomeParserRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_113);
                    lv_outcomes_10_0=ruleNamedOutcome();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
                    						}
                    						add(
                    							current,
                    							"outcomes",
                    							lv_outcomes_10_0,
                    							"org.ptl.lang.Ptl.NamedOutcome");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:4862:4: (otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) ) )*
                    loop97:
                    do {
                        int alt97=2;
                        int LA97_0 = input.LA(1);

                        if ( (LA97_0==30) ) {
                            alt97=1;
                        }


                        switch (alt97) {
                    	case 1 :
                    	    // InternalPtl.g:4863:5: otherlv_11= ',' ( (lv_outcomes_12_0= ruleNamedOutcome ) )
                    	    {
                    	    otherlv_11=(Token)match(input,30,FOLLOW_100); 

                    	    					newLeafNode(otherlv_11, grammarAccess.getWalkerPolicyAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalPtl.g:4867:5: ( (lv_outcomes_12_0= ruleNamedOutcome ) )
                    	    // InternalPtl.g:4868:6: (lv_outcomes_12_0= ruleNamedOutcome )
                    	    {
                    	    // InternalPtl.g:4868:6: (lv_outcomes_12_0= ruleNamedOutcome )
                    	    // InternalPtl.g:4869:7: lv_outcomes_12_0= ruleNamedOutcome
                    	    {

                    	    							newCompositeNode(grammarAccess.getWalkerPolicyAccess().getOutcomesNamedOutcomeParserRuleCall_8_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_113);
                    	    lv_outcomes_12_0=ruleNamedOutcome();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"outcomes",
                    	    								lv_outcomes_12_0,
                    	    								"org.ptl.lang.Ptl.NamedOutcome");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop97;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:4888:3: ( (lv_rules_13_0= rulePolicyRule ) )*
            loop99:
            do {
                int alt99=2;
                int LA99_0 = input.LA(1);

                if ( (LA99_0==43) ) {
                    alt99=1;
                }


                switch (alt99) {
            	case 1 :
            	    // InternalPtl.g:4889:4: (lv_rules_13_0= rulePolicyRule )
            	    {
            	    // InternalPtl.g:4889:4: (lv_rules_13_0= rulePolicyRule )
            	    // InternalPtl.g:4890:5: lv_rules_13_0= rulePolicyRule
            	    {

            	    					newCompositeNode(grammarAccess.getWalkerPolicyAccess().getRulesPolicyRuleParserRuleCall_9_0());
            	    				
            	    pushFollow(FOLLOW_114);
            	    lv_rules_13_0=rulePolicyRule();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getWalkerPolicyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"rules",
            	    						lv_rules_13_0,
            	    						"org.ptl.lang.Ptl.PolicyRule");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop99;
                }
            } while (true);

            otherlv_14=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_14, grammarAccess.getWalkerPolicyAccess().getRightCurlyBracketKeyword_10());
            		

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
    // $ANTLR end "ruleWalkerPolicy"


    // $ANTLR start "entryRuleWalkerFlag"
    // InternalPtl.g:4915:1: entryRuleWalkerFlag returns [EObject current=null] : iv_ruleWalkerFlag= ruleWalkerFlag EOF ;
    public final EObject entryRuleWalkerFlag() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleWalkerFlag = null;


        try {
            // InternalPtl.g:4915:51: (iv_ruleWalkerFlag= ruleWalkerFlag EOF )
            // InternalPtl.g:4916:2: iv_ruleWalkerFlag= ruleWalkerFlag EOF
            {
             newCompositeNode(grammarAccess.getWalkerFlagRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWalkerFlag=ruleWalkerFlag();

            state._fsp--;

             current =iv_ruleWalkerFlag; 
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
    // $ANTLR end "entryRuleWalkerFlag"


    // $ANTLR start "ruleWalkerFlag"
    // InternalPtl.g:4922:1: ruleWalkerFlag returns [EObject current=null] : ( (lv_name_0_0= RULE_ID ) ) ;
    public final EObject ruleWalkerFlag() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;


        	enterRule();

        try {
            // InternalPtl.g:4928:2: ( ( (lv_name_0_0= RULE_ID ) ) )
            // InternalPtl.g:4929:2: ( (lv_name_0_0= RULE_ID ) )
            {
            // InternalPtl.g:4929:2: ( (lv_name_0_0= RULE_ID ) )
            // InternalPtl.g:4930:3: (lv_name_0_0= RULE_ID )
            {
            // InternalPtl.g:4930:3: (lv_name_0_0= RULE_ID )
            // InternalPtl.g:4931:4: lv_name_0_0= RULE_ID
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_2); 

            				newLeafNode(lv_name_0_0, grammarAccess.getWalkerFlagAccess().getNameIDTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getWalkerFlagRule());
            				}
            				setWithLastConsumed(
            					current,
            					"name",
            					lv_name_0_0,
            					"org.eclipse.xtext.common.Terminals.ID");
            			

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
    // $ANTLR end "ruleWalkerFlag"


    // $ANTLR start "entryRuleNamedOutcome"
    // InternalPtl.g:4950:1: entryRuleNamedOutcome returns [EObject current=null] : iv_ruleNamedOutcome= ruleNamedOutcome EOF ;
    public final EObject entryRuleNamedOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNamedOutcome = null;


        try {
            // InternalPtl.g:4950:53: (iv_ruleNamedOutcome= ruleNamedOutcome EOF )
            // InternalPtl.g:4951:2: iv_ruleNamedOutcome= ruleNamedOutcome EOF
            {
             newCompositeNode(grammarAccess.getNamedOutcomeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNamedOutcome=ruleNamedOutcome();

            state._fsp--;

             current =iv_ruleNamedOutcome; 
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
    // $ANTLR end "entryRuleNamedOutcome"


    // $ANTLR start "ruleNamedOutcome"
    // InternalPtl.g:4957:1: ruleNamedOutcome returns [EObject current=null] : ( (lv_name_0_0= RULE_ID ) ) ;
    public final EObject ruleNamedOutcome() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;


        	enterRule();

        try {
            // InternalPtl.g:4963:2: ( ( (lv_name_0_0= RULE_ID ) ) )
            // InternalPtl.g:4964:2: ( (lv_name_0_0= RULE_ID ) )
            {
            // InternalPtl.g:4964:2: ( (lv_name_0_0= RULE_ID ) )
            // InternalPtl.g:4965:3: (lv_name_0_0= RULE_ID )
            {
            // InternalPtl.g:4965:3: (lv_name_0_0= RULE_ID )
            // InternalPtl.g:4966:4: lv_name_0_0= RULE_ID
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_2); 

            				newLeafNode(lv_name_0_0, grammarAccess.getNamedOutcomeAccess().getNameIDTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getNamedOutcomeRule());
            				}
            				setWithLastConsumed(
            					current,
            					"name",
            					lv_name_0_0,
            					"org.eclipse.xtext.common.Terminals.ID");
            			

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
    // $ANTLR end "ruleNamedOutcome"


    // $ANTLR start "entryRulePolicyRule"
    // InternalPtl.g:4985:1: entryRulePolicyRule returns [EObject current=null] : iv_rulePolicyRule= rulePolicyRule EOF ;
    public final EObject entryRulePolicyRule() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePolicyRule = null;


        try {
            // InternalPtl.g:4985:51: (iv_rulePolicyRule= rulePolicyRule EOF )
            // InternalPtl.g:4986:2: iv_rulePolicyRule= rulePolicyRule EOF
            {
             newCompositeNode(grammarAccess.getPolicyRuleRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePolicyRule=rulePolicyRule();

            state._fsp--;

             current =iv_rulePolicyRule; 
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
    // $ANTLR end "entryRulePolicyRule"


    // $ANTLR start "rulePolicyRule"
    // InternalPtl.g:4992:1: rulePolicyRule returns [EObject current=null] : (otherlv_0= 'on' ( (lv_outcome_1_0= ruleOutcomePattern ) ) ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )? otherlv_7= '->' ( (lv_action_8_0= ruleWalkAction ) ) ) ;
    public final EObject rulePolicyRule() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_otherwise_6_0=null;
        Token otherlv_7=null;
        EObject lv_outcome_1_0 = null;

        EObject lv_conditions_3_0 = null;

        EObject lv_conditions_5_0 = null;

        Enumerator lv_action_8_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:4998:2: ( (otherlv_0= 'on' ( (lv_outcome_1_0= ruleOutcomePattern ) ) ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )? otherlv_7= '->' ( (lv_action_8_0= ruleWalkAction ) ) ) )
            // InternalPtl.g:4999:2: (otherlv_0= 'on' ( (lv_outcome_1_0= ruleOutcomePattern ) ) ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )? otherlv_7= '->' ( (lv_action_8_0= ruleWalkAction ) ) )
            {
            // InternalPtl.g:4999:2: (otherlv_0= 'on' ( (lv_outcome_1_0= ruleOutcomePattern ) ) ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )? otherlv_7= '->' ( (lv_action_8_0= ruleWalkAction ) ) )
            // InternalPtl.g:5000:3: otherlv_0= 'on' ( (lv_outcome_1_0= ruleOutcomePattern ) ) ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )? otherlv_7= '->' ( (lv_action_8_0= ruleWalkAction ) )
            {
            otherlv_0=(Token)match(input,43,FOLLOW_115); 

            			newLeafNode(otherlv_0, grammarAccess.getPolicyRuleAccess().getOnKeyword_0());
            		
            // InternalPtl.g:5004:3: ( (lv_outcome_1_0= ruleOutcomePattern ) )
            // InternalPtl.g:5005:4: (lv_outcome_1_0= ruleOutcomePattern )
            {
            // InternalPtl.g:5005:4: (lv_outcome_1_0= ruleOutcomePattern )
            // InternalPtl.g:5006:5: lv_outcome_1_0= ruleOutcomePattern
            {

            					newCompositeNode(grammarAccess.getPolicyRuleAccess().getOutcomeOutcomePatternParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_116);
            lv_outcome_1_0=ruleOutcomePattern();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPolicyRuleRule());
            					}
            					set(
            						current,
            						"outcome",
            						lv_outcome_1_0,
            						"org.ptl.lang.Ptl.OutcomePattern");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5023:3: ( (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* ) | ( (lv_otherwise_6_0= 'otherwise' ) ) )?
            int alt101=3;
            int LA101_0 = input.LA(1);

            if ( (LA101_0==95) ) {
                alt101=1;
            }
            else if ( (LA101_0==96) ) {
                alt101=2;
            }
            switch (alt101) {
                case 1 :
                    // InternalPtl.g:5024:4: (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* )
                    {
                    // InternalPtl.g:5024:4: (otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )* )
                    // InternalPtl.g:5025:5: otherlv_2= 'when' ( (lv_conditions_3_0= ruleFlagTerm ) ) (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )*
                    {
                    otherlv_2=(Token)match(input,95,FOLLOW_117); 

                    					newLeafNode(otherlv_2, grammarAccess.getPolicyRuleAccess().getWhenKeyword_2_0_0());
                    				
                    // InternalPtl.g:5029:5: ( (lv_conditions_3_0= ruleFlagTerm ) )
                    // InternalPtl.g:5030:6: (lv_conditions_3_0= ruleFlagTerm )
                    {
                    // InternalPtl.g:5030:6: (lv_conditions_3_0= ruleFlagTerm )
                    // InternalPtl.g:5031:7: lv_conditions_3_0= ruleFlagTerm
                    {

                    							newCompositeNode(grammarAccess.getPolicyRuleAccess().getConditionsFlagTermParserRuleCall_2_0_1_0());
                    						
                    pushFollow(FOLLOW_118);
                    lv_conditions_3_0=ruleFlagTerm();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getPolicyRuleRule());
                    							}
                    							add(
                    								current,
                    								"conditions",
                    								lv_conditions_3_0,
                    								"org.ptl.lang.Ptl.FlagTerm");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:5048:5: (otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) ) )*
                    loop100:
                    do {
                        int alt100=2;
                        int LA100_0 = input.LA(1);

                        if ( (LA100_0==89) ) {
                            alt100=1;
                        }


                        switch (alt100) {
                    	case 1 :
                    	    // InternalPtl.g:5049:6: otherlv_4= '&' ( (lv_conditions_5_0= ruleFlagTerm ) )
                    	    {
                    	    otherlv_4=(Token)match(input,89,FOLLOW_117); 

                    	    						newLeafNode(otherlv_4, grammarAccess.getPolicyRuleAccess().getAmpersandKeyword_2_0_2_0());
                    	    					
                    	    // InternalPtl.g:5053:6: ( (lv_conditions_5_0= ruleFlagTerm ) )
                    	    // InternalPtl.g:5054:7: (lv_conditions_5_0= ruleFlagTerm )
                    	    {
                    	    // InternalPtl.g:5054:7: (lv_conditions_5_0= ruleFlagTerm )
                    	    // InternalPtl.g:5055:8: lv_conditions_5_0= ruleFlagTerm
                    	    {

                    	    								newCompositeNode(grammarAccess.getPolicyRuleAccess().getConditionsFlagTermParserRuleCall_2_0_2_1_0());
                    	    							
                    	    pushFollow(FOLLOW_118);
                    	    lv_conditions_5_0=ruleFlagTerm();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getPolicyRuleRule());
                    	    								}
                    	    								add(
                    	    									current,
                    	    									"conditions",
                    	    									lv_conditions_5_0,
                    	    									"org.ptl.lang.Ptl.FlagTerm");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop100;
                        }
                    } while (true);


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:5075:4: ( (lv_otherwise_6_0= 'otherwise' ) )
                    {
                    // InternalPtl.g:5075:4: ( (lv_otherwise_6_0= 'otherwise' ) )
                    // InternalPtl.g:5076:5: (lv_otherwise_6_0= 'otherwise' )
                    {
                    // InternalPtl.g:5076:5: (lv_otherwise_6_0= 'otherwise' )
                    // InternalPtl.g:5077:6: lv_otherwise_6_0= 'otherwise'
                    {
                    lv_otherwise_6_0=(Token)match(input,96,FOLLOW_66); 

                    						newLeafNode(lv_otherwise_6_0, grammarAccess.getPolicyRuleAccess().getOtherwiseOtherwiseKeyword_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPolicyRuleRule());
                    						}
                    						setWithLastConsumed(current, "otherwise", lv_otherwise_6_0 != null, "otherwise");
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,60,FOLLOW_119); 

            			newLeafNode(otherlv_7, grammarAccess.getPolicyRuleAccess().getHyphenMinusGreaterThanSignKeyword_3());
            		
            // InternalPtl.g:5094:3: ( (lv_action_8_0= ruleWalkAction ) )
            // InternalPtl.g:5095:4: (lv_action_8_0= ruleWalkAction )
            {
            // InternalPtl.g:5095:4: (lv_action_8_0= ruleWalkAction )
            // InternalPtl.g:5096:5: lv_action_8_0= ruleWalkAction
            {

            					newCompositeNode(grammarAccess.getPolicyRuleAccess().getActionWalkActionEnumRuleCall_4_0());
            				
            pushFollow(FOLLOW_2);
            lv_action_8_0=ruleWalkAction();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPolicyRuleRule());
            					}
            					set(
            						current,
            						"action",
            						lv_action_8_0,
            						"org.ptl.lang.Ptl.WalkAction");
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
    // $ANTLR end "rulePolicyRule"


    // $ANTLR start "entryRuleFlagTerm"
    // InternalPtl.g:5117:1: entryRuleFlagTerm returns [EObject current=null] : iv_ruleFlagTerm= ruleFlagTerm EOF ;
    public final EObject entryRuleFlagTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFlagTerm = null;


        try {
            // InternalPtl.g:5117:49: (iv_ruleFlagTerm= ruleFlagTerm EOF )
            // InternalPtl.g:5118:2: iv_ruleFlagTerm= ruleFlagTerm EOF
            {
             newCompositeNode(grammarAccess.getFlagTermRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFlagTerm=ruleFlagTerm();

            state._fsp--;

             current =iv_ruleFlagTerm; 
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
    // $ANTLR end "entryRuleFlagTerm"


    // $ANTLR start "ruleFlagTerm"
    // InternalPtl.g:5124:1: ruleFlagTerm returns [EObject current=null] : ( ( (lv_negated_0_0= '!' ) )? ( (otherlv_1= RULE_ID ) ) ) ;
    public final EObject ruleFlagTerm() throws RecognitionException {
        EObject current = null;

        Token lv_negated_0_0=null;
        Token otherlv_1=null;


        	enterRule();

        try {
            // InternalPtl.g:5130:2: ( ( ( (lv_negated_0_0= '!' ) )? ( (otherlv_1= RULE_ID ) ) ) )
            // InternalPtl.g:5131:2: ( ( (lv_negated_0_0= '!' ) )? ( (otherlv_1= RULE_ID ) ) )
            {
            // InternalPtl.g:5131:2: ( ( (lv_negated_0_0= '!' ) )? ( (otherlv_1= RULE_ID ) ) )
            // InternalPtl.g:5132:3: ( (lv_negated_0_0= '!' ) )? ( (otherlv_1= RULE_ID ) )
            {
            // InternalPtl.g:5132:3: ( (lv_negated_0_0= '!' ) )?
            int alt102=2;
            int LA102_0 = input.LA(1);

            if ( (LA102_0==90) ) {
                alt102=1;
            }
            switch (alt102) {
                case 1 :
                    // InternalPtl.g:5133:4: (lv_negated_0_0= '!' )
                    {
                    // InternalPtl.g:5133:4: (lv_negated_0_0= '!' )
                    // InternalPtl.g:5134:5: lv_negated_0_0= '!'
                    {
                    lv_negated_0_0=(Token)match(input,90,FOLLOW_100); 

                    					newLeafNode(lv_negated_0_0, grammarAccess.getFlagTermAccess().getNegatedExclamationMarkKeyword_0_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFlagTermRule());
                    					}
                    					setWithLastConsumed(current, "negated", lv_negated_0_0 != null, "!");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:5146:3: ( (otherlv_1= RULE_ID ) )
            // InternalPtl.g:5147:4: (otherlv_1= RULE_ID )
            {
            // InternalPtl.g:5147:4: (otherlv_1= RULE_ID )
            // InternalPtl.g:5148:5: otherlv_1= RULE_ID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFlagTermRule());
            					}
            				
            otherlv_1=(Token)match(input,RULE_ID,FOLLOW_2); 

            					newLeafNode(otherlv_1, grammarAccess.getFlagTermAccess().getFlagWalkerFlagCrossReference_1_0());
            				

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
    // $ANTLR end "ruleFlagTerm"


    // $ANTLR start "entryRuleOutcomePattern"
    // InternalPtl.g:5163:1: entryRuleOutcomePattern returns [EObject current=null] : iv_ruleOutcomePattern= ruleOutcomePattern EOF ;
    public final EObject entryRuleOutcomePattern() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcomePattern = null;


        try {
            // InternalPtl.g:5163:55: (iv_ruleOutcomePattern= ruleOutcomePattern EOF )
            // InternalPtl.g:5164:2: iv_ruleOutcomePattern= ruleOutcomePattern EOF
            {
             newCompositeNode(grammarAccess.getOutcomePatternRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutcomePattern=ruleOutcomePattern();

            state._fsp--;

             current =iv_ruleOutcomePattern; 
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
    // $ANTLR end "entryRuleOutcomePattern"


    // $ANTLR start "ruleOutcomePattern"
    // InternalPtl.g:5170:1: ruleOutcomePattern returns [EObject current=null] : ( ( (lv_code_0_0= RULE_INT ) ) | ( (lv_errno_1_0= ruleErrno ) ) | ( (lv_anyError_2_0= 'error' ) ) | ( (otherlv_3= RULE_ID ) ) ) ;
    public final EObject ruleOutcomePattern() throws RecognitionException {
        EObject current = null;

        Token lv_code_0_0=null;
        Token lv_anyError_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_errno_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:5176:2: ( ( ( (lv_code_0_0= RULE_INT ) ) | ( (lv_errno_1_0= ruleErrno ) ) | ( (lv_anyError_2_0= 'error' ) ) | ( (otherlv_3= RULE_ID ) ) ) )
            // InternalPtl.g:5177:2: ( ( (lv_code_0_0= RULE_INT ) ) | ( (lv_errno_1_0= ruleErrno ) ) | ( (lv_anyError_2_0= 'error' ) ) | ( (otherlv_3= RULE_ID ) ) )
            {
            // InternalPtl.g:5177:2: ( ( (lv_code_0_0= RULE_INT ) ) | ( (lv_errno_1_0= ruleErrno ) ) | ( (lv_anyError_2_0= 'error' ) ) | ( (otherlv_3= RULE_ID ) ) )
            int alt103=4;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt103=1;
                }
                break;
            case 149:
                {
                alt103=2;
                }
                break;
            case 97:
                {
                alt103=3;
                }
                break;
            case RULE_ID:
                {
                alt103=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 103, 0, input);

                throw nvae;
            }

            switch (alt103) {
                case 1 :
                    // InternalPtl.g:5178:3: ( (lv_code_0_0= RULE_INT ) )
                    {
                    // InternalPtl.g:5178:3: ( (lv_code_0_0= RULE_INT ) )
                    // InternalPtl.g:5179:4: (lv_code_0_0= RULE_INT )
                    {
                    // InternalPtl.g:5179:4: (lv_code_0_0= RULE_INT )
                    // InternalPtl.g:5180:5: lv_code_0_0= RULE_INT
                    {
                    lv_code_0_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    					newLeafNode(lv_code_0_0, grammarAccess.getOutcomePatternAccess().getCodeINTTerminalRuleCall_0_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomePatternRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"code",
                    						lv_code_0_0,
                    						"org.eclipse.xtext.common.Terminals.INT");
                    				

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:5197:3: ( (lv_errno_1_0= ruleErrno ) )
                    {
                    // InternalPtl.g:5197:3: ( (lv_errno_1_0= ruleErrno ) )
                    // InternalPtl.g:5198:4: (lv_errno_1_0= ruleErrno )
                    {
                    // InternalPtl.g:5198:4: (lv_errno_1_0= ruleErrno )
                    // InternalPtl.g:5199:5: lv_errno_1_0= ruleErrno
                    {

                    					newCompositeNode(grammarAccess.getOutcomePatternAccess().getErrnoErrnoParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_errno_1_0=ruleErrno();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getOutcomePatternRule());
                    					}
                    					set(
                    						current,
                    						"errno",
                    						lv_errno_1_0,
                    						"org.ptl.lang.Ptl.Errno");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:5217:3: ( (lv_anyError_2_0= 'error' ) )
                    {
                    // InternalPtl.g:5217:3: ( (lv_anyError_2_0= 'error' ) )
                    // InternalPtl.g:5218:4: (lv_anyError_2_0= 'error' )
                    {
                    // InternalPtl.g:5218:4: (lv_anyError_2_0= 'error' )
                    // InternalPtl.g:5219:5: lv_anyError_2_0= 'error'
                    {
                    lv_anyError_2_0=(Token)match(input,97,FOLLOW_2); 

                    					newLeafNode(lv_anyError_2_0, grammarAccess.getOutcomePatternAccess().getAnyErrorErrorKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomePatternRule());
                    					}
                    					setWithLastConsumed(current, "anyError", lv_anyError_2_0 != null, "error");
                    				

                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:5232:3: ( (otherlv_3= RULE_ID ) )
                    {
                    // InternalPtl.g:5232:3: ( (otherlv_3= RULE_ID ) )
                    // InternalPtl.g:5233:4: (otherlv_3= RULE_ID )
                    {
                    // InternalPtl.g:5233:4: (otherlv_3= RULE_ID )
                    // InternalPtl.g:5234:5: otherlv_3= RULE_ID
                    {

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomePatternRule());
                    					}
                    				
                    otherlv_3=(Token)match(input,RULE_ID,FOLLOW_2); 

                    					newLeafNode(otherlv_3, grammarAccess.getOutcomePatternAccess().getNamedNamedOutcomeCrossReference_3_0());
                    				

                    }


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
    // $ANTLR end "ruleOutcomePattern"


    // $ANTLR start "entryRuleBinding"
    // InternalPtl.g:5249:1: entryRuleBinding returns [EObject current=null] : iv_ruleBinding= ruleBinding EOF ;
    public final EObject entryRuleBinding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBinding = null;


        try {
            // InternalPtl.g:5249:48: (iv_ruleBinding= ruleBinding EOF )
            // InternalPtl.g:5250:2: iv_ruleBinding= ruleBinding EOF
            {
             newCompositeNode(grammarAccess.getBindingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBinding=ruleBinding();

            state._fsp--;

             current =iv_ruleBinding; 
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
    // $ANTLR end "entryRuleBinding"


    // $ANTLR start "ruleBinding"
    // InternalPtl.g:5256:1: ruleBinding returns [EObject current=null] : (otherlv_0= 'binding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (lv_description_4_0= RULE_STRING ) )? otherlv_5= '{' ( (lv_components_6_0= ruleComponentBinding ) )* otherlv_7= '}' ) ;
    public final EObject ruleBinding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_description_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_components_6_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:5262:2: ( (otherlv_0= 'binding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (lv_description_4_0= RULE_STRING ) )? otherlv_5= '{' ( (lv_components_6_0= ruleComponentBinding ) )* otherlv_7= '}' ) )
            // InternalPtl.g:5263:2: (otherlv_0= 'binding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (lv_description_4_0= RULE_STRING ) )? otherlv_5= '{' ( (lv_components_6_0= ruleComponentBinding ) )* otherlv_7= '}' )
            {
            // InternalPtl.g:5263:2: (otherlv_0= 'binding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (lv_description_4_0= RULE_STRING ) )? otherlv_5= '{' ( (lv_components_6_0= ruleComponentBinding ) )* otherlv_7= '}' )
            // InternalPtl.g:5264:3: otherlv_0= 'binding' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) ( (lv_description_4_0= RULE_STRING ) )? otherlv_5= '{' ( (lv_components_6_0= ruleComponentBinding ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,98,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getBindingAccess().getBindingKeyword_0());
            		
            // InternalPtl.g:5268:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:5269:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:5269:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:5270:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getBindingAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_73);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBindingRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,66,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getBindingAccess().getOfKeyword_2());
            		
            // InternalPtl.g:5291:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:5292:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:5292:4: ( ruleQualifiedName )
            // InternalPtl.g:5293:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getBindingAccess().getModelOwnershipModelCrossReference_3_0());
            				
            pushFollow(FOLLOW_8);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5307:3: ( (lv_description_4_0= RULE_STRING ) )?
            int alt104=2;
            int LA104_0 = input.LA(1);

            if ( (LA104_0==RULE_STRING) ) {
                alt104=1;
            }
            switch (alt104) {
                case 1 :
                    // InternalPtl.g:5308:4: (lv_description_4_0= RULE_STRING )
                    {
                    // InternalPtl.g:5308:4: (lv_description_4_0= RULE_STRING )
                    // InternalPtl.g:5309:5: lv_description_4_0= RULE_STRING
                    {
                    lv_description_4_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_4_0, grammarAccess.getBindingAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getBindingRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_5=(Token)match(input,17,FOLLOW_120); 

            			newLeafNode(otherlv_5, grammarAccess.getBindingAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalPtl.g:5329:3: ( (lv_components_6_0= ruleComponentBinding ) )*
            loop105:
            do {
                int alt105=2;
                int LA105_0 = input.LA(1);

                if ( (LA105_0==50) ) {
                    alt105=1;
                }


                switch (alt105) {
            	case 1 :
            	    // InternalPtl.g:5330:4: (lv_components_6_0= ruleComponentBinding )
            	    {
            	    // InternalPtl.g:5330:4: (lv_components_6_0= ruleComponentBinding )
            	    // InternalPtl.g:5331:5: lv_components_6_0= ruleComponentBinding
            	    {

            	    					newCompositeNode(grammarAccess.getBindingAccess().getComponentsComponentBindingParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_120);
            	    lv_components_6_0=ruleComponentBinding();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getBindingRule());
            	    					}
            	    					add(
            	    						current,
            	    						"components",
            	    						lv_components_6_0,
            	    						"org.ptl.lang.Ptl.ComponentBinding");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop105;
                }
            } while (true);

            otherlv_7=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_7, grammarAccess.getBindingAccess().getRightCurlyBracketKeyword_7());
            		

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
    // $ANTLR end "ruleBinding"


    // $ANTLR start "entryRuleComponentBinding"
    // InternalPtl.g:5356:1: entryRuleComponentBinding returns [EObject current=null] : iv_ruleComponentBinding= ruleComponentBinding EOF ;
    public final EObject entryRuleComponentBinding() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComponentBinding = null;


        try {
            // InternalPtl.g:5356:57: (iv_ruleComponentBinding= ruleComponentBinding EOF )
            // InternalPtl.g:5357:2: iv_ruleComponentBinding= ruleComponentBinding EOF
            {
             newCompositeNode(grammarAccess.getComponentBindingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComponentBinding=ruleComponentBinding();

            state._fsp--;

             current =iv_ruleComponentBinding; 
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
    // $ANTLR end "entryRuleComponentBinding"


    // $ANTLR start "ruleComponentBinding"
    // InternalPtl.g:5363:1: ruleComponentBinding returns [EObject current=null] : (otherlv_0= 'component' ( ( ruleValidID ) ) otherlv_2= 'in' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )? otherlv_8= 'state' otherlv_9= 'in' ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )? ( ( ruleQualifiedName ) ) (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )? (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )? (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )? ( (lv_lazy_23_0= 'lazy' ) )? ( (lv_annotates_24_0= 'annotates' ) )? (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )? ) ;
    public final EObject ruleComponentBinding() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token lv_sideTable_10_0=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        Token lv_ownerId_14_0=null;
        Token otherlv_15=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token otherlv_19=null;
        Token otherlv_21=null;
        Token lv_lazy_23_0=null;
        Token lv_annotates_24_0=null;
        Token otherlv_25=null;
        Token otherlv_27=null;
        AntlrDatatypeRuleToken lv_offset_7_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:5369:2: ( (otherlv_0= 'component' ( ( ruleValidID ) ) otherlv_2= 'in' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )? otherlv_8= 'state' otherlv_9= 'in' ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )? ( ( ruleQualifiedName ) ) (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )? (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )? (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )? ( (lv_lazy_23_0= 'lazy' ) )? ( (lv_annotates_24_0= 'annotates' ) )? (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )? ) )
            // InternalPtl.g:5370:2: (otherlv_0= 'component' ( ( ruleValidID ) ) otherlv_2= 'in' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )? otherlv_8= 'state' otherlv_9= 'in' ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )? ( ( ruleQualifiedName ) ) (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )? (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )? (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )? ( (lv_lazy_23_0= 'lazy' ) )? ( (lv_annotates_24_0= 'annotates' ) )? (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )? )
            {
            // InternalPtl.g:5370:2: (otherlv_0= 'component' ( ( ruleValidID ) ) otherlv_2= 'in' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )? otherlv_8= 'state' otherlv_9= 'in' ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )? ( ( ruleQualifiedName ) ) (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )? (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )? (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )? ( (lv_lazy_23_0= 'lazy' ) )? ( (lv_annotates_24_0= 'annotates' ) )? (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )? )
            // InternalPtl.g:5371:3: otherlv_0= 'component' ( ( ruleValidID ) ) otherlv_2= 'in' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )? otherlv_8= 'state' otherlv_9= 'in' ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )? ( ( ruleQualifiedName ) ) (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )? (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )? (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )? ( (lv_lazy_23_0= 'lazy' ) )? ( (lv_annotates_24_0= 'annotates' ) )? (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )?
            {
            otherlv_0=(Token)match(input,50,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getComponentBindingAccess().getComponentKeyword_0());
            		
            // InternalPtl.g:5375:3: ( ( ruleValidID ) )
            // InternalPtl.g:5376:4: ( ruleValidID )
            {
            // InternalPtl.g:5376:4: ( ruleValidID )
            // InternalPtl.g:5377:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComponentBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getComponentBindingAccess().getComponentComponentCrossReference_1_0());
            				
            pushFollow(FOLLOW_81);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,67,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getComponentBindingAccess().getInKeyword_2());
            		
            // InternalPtl.g:5395:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:5396:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:5396:4: ( ruleQualifiedName )
            // InternalPtl.g:5397:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComponentBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getComponentBindingAccess().getFormatFormatCrossReference_3_0());
            				
            pushFollow(FOLLOW_121);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,99,FOLLOW_7); 

            			newLeafNode(otherlv_4, grammarAccess.getComponentBindingAccess().getViaKeyword_4());
            		
            // InternalPtl.g:5415:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:5416:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:5416:4: ( ruleQualifiedName )
            // InternalPtl.g:5417:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComponentBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getComponentBindingAccess().getOperationsOperationsCrossReference_5_0());
            				
            pushFollow(FOLLOW_122);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5431:3: (otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) ) )?
            int alt106=2;
            int LA106_0 = input.LA(1);

            if ( (LA106_0==100) ) {
                alt106=1;
            }
            switch (alt106) {
                case 1 :
                    // InternalPtl.g:5432:4: otherlv_6= 'offset' ( (lv_offset_7_0= ruleNumber ) )
                    {
                    otherlv_6=(Token)match(input,100,FOLLOW_35); 

                    				newLeafNode(otherlv_6, grammarAccess.getComponentBindingAccess().getOffsetKeyword_6_0());
                    			
                    // InternalPtl.g:5436:4: ( (lv_offset_7_0= ruleNumber ) )
                    // InternalPtl.g:5437:5: (lv_offset_7_0= ruleNumber )
                    {
                    // InternalPtl.g:5437:5: (lv_offset_7_0= ruleNumber )
                    // InternalPtl.g:5438:6: lv_offset_7_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getComponentBindingAccess().getOffsetNumberParserRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_123);
                    lv_offset_7_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getComponentBindingRule());
                    						}
                    						set(
                    							current,
                    							"offset",
                    							lv_offset_7_0,
                    							"org.ptl.lang.Ptl.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_8=(Token)match(input,49,FOLLOW_81); 

            			newLeafNode(otherlv_8, grammarAccess.getComponentBindingAccess().getStateKeyword_7());
            		
            otherlv_9=(Token)match(input,67,FOLLOW_7); 

            			newLeafNode(otherlv_9, grammarAccess.getComponentBindingAccess().getInKeyword_8());
            		
            // InternalPtl.g:5464:3: ( ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table' )?
            int alt107=2;
            int LA107_0 = input.LA(1);

            if ( (LA107_0==101) ) {
                int LA107_1 = input.LA(2);

                if ( (LA107_1==102) ) {
                    alt107=1;
                }
            }
            switch (alt107) {
                case 1 :
                    // InternalPtl.g:5465:4: ( (lv_sideTable_10_0= 'side' ) ) otherlv_11= 'table'
                    {
                    // InternalPtl.g:5465:4: ( (lv_sideTable_10_0= 'side' ) )
                    // InternalPtl.g:5466:5: (lv_sideTable_10_0= 'side' )
                    {
                    // InternalPtl.g:5466:5: (lv_sideTable_10_0= 'side' )
                    // InternalPtl.g:5467:6: lv_sideTable_10_0= 'side'
                    {
                    lv_sideTable_10_0=(Token)match(input,101,FOLLOW_124); 

                    						newLeafNode(lv_sideTable_10_0, grammarAccess.getComponentBindingAccess().getSideTableSideKeyword_9_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentBindingRule());
                    						}
                    						setWithLastConsumed(current, "sideTable", lv_sideTable_10_0 != null, "side");
                    					

                    }


                    }

                    otherlv_11=(Token)match(input,102,FOLLOW_7); 

                    				newLeafNode(otherlv_11, grammarAccess.getComponentBindingAccess().getTableKeyword_9_1());
                    			

                    }
                    break;

            }

            // InternalPtl.g:5484:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:5485:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:5485:4: ( ruleQualifiedName )
            // InternalPtl.g:5486:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getComponentBindingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getComponentBindingAccess().getEncodingEncodingCrossReference_10_0());
            				
            pushFollow(FOLLOW_125);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5500:3: (otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) ) )?
            int alt108=2;
            int LA108_0 = input.LA(1);

            if ( (LA108_0==83) ) {
                alt108=1;
            }
            switch (alt108) {
                case 1 :
                    // InternalPtl.g:5501:4: otherlv_13= 'owner' ( (lv_ownerId_14_0= RULE_INT ) )
                    {
                    otherlv_13=(Token)match(input,83,FOLLOW_13); 

                    				newLeafNode(otherlv_13, grammarAccess.getComponentBindingAccess().getOwnerKeyword_11_0());
                    			
                    // InternalPtl.g:5505:4: ( (lv_ownerId_14_0= RULE_INT ) )
                    // InternalPtl.g:5506:5: (lv_ownerId_14_0= RULE_INT )
                    {
                    // InternalPtl.g:5506:5: (lv_ownerId_14_0= RULE_INT )
                    // InternalPtl.g:5507:6: lv_ownerId_14_0= RULE_INT
                    {
                    lv_ownerId_14_0=(Token)match(input,RULE_INT,FOLLOW_126); 

                    						newLeafNode(lv_ownerId_14_0, grammarAccess.getComponentBindingAccess().getOwnerIdINTTerminalRuleCall_11_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentBindingRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"ownerId",
                    							lv_ownerId_14_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:5524:3: (otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) ) )?
            int alt109=2;
            int LA109_0 = input.LA(1);

            if ( (LA109_0==103) ) {
                alt109=1;
            }
            switch (alt109) {
                case 1 :
                    // InternalPtl.g:5525:4: otherlv_15= 'empty' otherlv_16= 'is' ( ( ruleValidID ) )
                    {
                    otherlv_15=(Token)match(input,103,FOLLOW_127); 

                    				newLeafNode(otherlv_15, grammarAccess.getComponentBindingAccess().getEmptyKeyword_12_0());
                    			
                    otherlv_16=(Token)match(input,68,FOLLOW_7); 

                    				newLeafNode(otherlv_16, grammarAccess.getComponentBindingAccess().getIsKeyword_12_1());
                    			
                    // InternalPtl.g:5533:4: ( ( ruleValidID ) )
                    // InternalPtl.g:5534:5: ( ruleValidID )
                    {
                    // InternalPtl.g:5534:5: ( ruleValidID )
                    // InternalPtl.g:5535:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentBindingRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getComponentBindingAccess().getEmptyStateStateCrossReference_12_2_0());
                    					
                    pushFollow(FOLLOW_128);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:5550:3: (otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )* )?
            int alt111=2;
            int LA111_0 = input.LA(1);

            if ( (LA111_0==104) ) {
                alt111=1;
            }
            switch (alt111) {
                case 1 :
                    // InternalPtl.g:5551:4: otherlv_18= 'unmapped' otherlv_19= 'in' ( ( ruleValidID ) ) (otherlv_21= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_18=(Token)match(input,104,FOLLOW_81); 

                    				newLeafNode(otherlv_18, grammarAccess.getComponentBindingAccess().getUnmappedKeyword_13_0());
                    			
                    otherlv_19=(Token)match(input,67,FOLLOW_7); 

                    				newLeafNode(otherlv_19, grammarAccess.getComponentBindingAccess().getInKeyword_13_1());
                    			
                    // InternalPtl.g:5559:4: ( ( ruleValidID ) )
                    // InternalPtl.g:5560:5: ( ruleValidID )
                    {
                    // InternalPtl.g:5560:5: ( ruleValidID )
                    // InternalPtl.g:5561:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentBindingRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getComponentBindingAccess().getUnmappedStatesStateCrossReference_13_2_0());
                    					
                    pushFollow(FOLLOW_129);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:5575:4: (otherlv_21= ',' ( ( ruleValidID ) ) )*
                    loop110:
                    do {
                        int alt110=2;
                        int LA110_0 = input.LA(1);

                        if ( (LA110_0==30) ) {
                            alt110=1;
                        }


                        switch (alt110) {
                    	case 1 :
                    	    // InternalPtl.g:5576:5: otherlv_21= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_21=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_21, grammarAccess.getComponentBindingAccess().getCommaKeyword_13_3_0());
                    	    				
                    	    // InternalPtl.g:5580:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:5581:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:5581:6: ( ruleValidID )
                    	    // InternalPtl.g:5582:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getComponentBindingRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getComponentBindingAccess().getUnmappedStatesStateCrossReference_13_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_129);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop110;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:5598:3: ( (lv_lazy_23_0= 'lazy' ) )?
            int alt112=2;
            int LA112_0 = input.LA(1);

            if ( (LA112_0==105) ) {
                alt112=1;
            }
            switch (alt112) {
                case 1 :
                    // InternalPtl.g:5599:4: (lv_lazy_23_0= 'lazy' )
                    {
                    // InternalPtl.g:5599:4: (lv_lazy_23_0= 'lazy' )
                    // InternalPtl.g:5600:5: lv_lazy_23_0= 'lazy'
                    {
                    lv_lazy_23_0=(Token)match(input,105,FOLLOW_130); 

                    					newLeafNode(lv_lazy_23_0, grammarAccess.getComponentBindingAccess().getLazyLazyKeyword_14_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getComponentBindingRule());
                    					}
                    					setWithLastConsumed(current, "lazy", lv_lazy_23_0 != null, "lazy");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:5612:3: ( (lv_annotates_24_0= 'annotates' ) )?
            int alt113=2;
            int LA113_0 = input.LA(1);

            if ( (LA113_0==106) ) {
                alt113=1;
            }
            switch (alt113) {
                case 1 :
                    // InternalPtl.g:5613:4: (lv_annotates_24_0= 'annotates' )
                    {
                    // InternalPtl.g:5613:4: (lv_annotates_24_0= 'annotates' )
                    // InternalPtl.g:5614:5: lv_annotates_24_0= 'annotates'
                    {
                    lv_annotates_24_0=(Token)match(input,106,FOLLOW_131); 

                    					newLeafNode(lv_annotates_24_0, grammarAccess.getComponentBindingAccess().getAnnotatesAnnotatesKeyword_15_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getComponentBindingRule());
                    					}
                    					setWithLastConsumed(current, "annotates", lv_annotates_24_0 != null, "annotates");
                    				

                    }


                    }
                    break;

            }

            // InternalPtl.g:5626:3: (otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )* )?
            int alt115=2;
            int LA115_0 = input.LA(1);

            if ( (LA115_0==79) ) {
                alt115=1;
            }
            switch (alt115) {
                case 1 :
                    // InternalPtl.g:5627:4: otherlv_25= 'prot' ( ( ruleValidID ) ) (otherlv_27= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_25=(Token)match(input,79,FOLLOW_7); 

                    				newLeafNode(otherlv_25, grammarAccess.getComponentBindingAccess().getProtKeyword_16_0());
                    			
                    // InternalPtl.g:5631:4: ( ( ruleValidID ) )
                    // InternalPtl.g:5632:5: ( ruleValidID )
                    {
                    // InternalPtl.g:5632:5: ( ruleValidID )
                    // InternalPtl.g:5633:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getComponentBindingRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getComponentBindingAccess().getProtProtFlagCrossReference_16_1_0());
                    					
                    pushFollow(FOLLOW_107);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:5647:4: (otherlv_27= ',' ( ( ruleValidID ) ) )*
                    loop114:
                    do {
                        int alt114=2;
                        int LA114_0 = input.LA(1);

                        if ( (LA114_0==30) ) {
                            alt114=1;
                        }


                        switch (alt114) {
                    	case 1 :
                    	    // InternalPtl.g:5648:5: otherlv_27= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_27=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_27, grammarAccess.getComponentBindingAccess().getCommaKeyword_16_2_0());
                    	    				
                    	    // InternalPtl.g:5652:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:5653:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:5653:6: ( ruleValidID )
                    	    // InternalPtl.g:5654:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getComponentBindingRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getComponentBindingAccess().getProtProtFlagCrossReference_16_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_107);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop114;
                        }
                    } while (true);


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
    // $ANTLR end "ruleComponentBinding"


    // $ANTLR start "entryRuleScenario"
    // InternalPtl.g:5674:1: entryRuleScenario returns [EObject current=null] : iv_ruleScenario= ruleScenario EOF ;
    public final EObject entryRuleScenario() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleScenario = null;


        try {
            // InternalPtl.g:5674:49: (iv_ruleScenario= ruleScenario EOF )
            // InternalPtl.g:5675:2: iv_ruleScenario= ruleScenario EOF
            {
             newCompositeNode(grammarAccess.getScenarioRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScenario=ruleScenario();

            state._fsp--;

             current =iv_ruleScenario; 
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
    // $ANTLR end "entryRuleScenario"


    // $ANTLR start "ruleScenario"
    // InternalPtl.g:5681:1: ruleScenario returns [EObject current=null] : (otherlv_0= 'scenario' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_tables_4_0= ruleScenarioTable ) )* (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )? (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )? (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )? ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )* ( (lv_steps_15_0= ruleStep ) )* otherlv_16= '}' ) ;
    public final EObject ruleScenario() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_memoryPages_10_0=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_16=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_tables_4_0 = null;

        AntlrDatatypeRuleToken lv_memoryBase_13_0 = null;

        EObject lv_initialOwnership_14_0 = null;

        EObject lv_steps_15_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:5687:2: ( (otherlv_0= 'scenario' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_tables_4_0= ruleScenarioTable ) )* (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )? (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )? (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )? ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )* ( (lv_steps_15_0= ruleStep ) )* otherlv_16= '}' ) )
            // InternalPtl.g:5688:2: (otherlv_0= 'scenario' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_tables_4_0= ruleScenarioTable ) )* (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )? (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )? (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )? ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )* ( (lv_steps_15_0= ruleStep ) )* otherlv_16= '}' )
            {
            // InternalPtl.g:5688:2: (otherlv_0= 'scenario' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_tables_4_0= ruleScenarioTable ) )* (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )? (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )? (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )? ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )* ( (lv_steps_15_0= ruleStep ) )* otherlv_16= '}' )
            // InternalPtl.g:5689:3: otherlv_0= 'scenario' ( (lv_name_1_0= ruleValidID ) ) ( (lv_description_2_0= RULE_STRING ) )? otherlv_3= '{' ( (lv_tables_4_0= ruleScenarioTable ) )* (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )? (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )? (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )? ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )* ( (lv_steps_15_0= ruleStep ) )* otherlv_16= '}'
            {
            otherlv_0=(Token)match(input,107,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getScenarioAccess().getScenarioKeyword_0());
            		
            // InternalPtl.g:5693:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:5694:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:5694:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:5695:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getScenarioAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_8);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getScenarioRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5712:3: ( (lv_description_2_0= RULE_STRING ) )?
            int alt116=2;
            int LA116_0 = input.LA(1);

            if ( (LA116_0==RULE_STRING) ) {
                alt116=1;
            }
            switch (alt116) {
                case 1 :
                    // InternalPtl.g:5713:4: (lv_description_2_0= RULE_STRING )
                    {
                    // InternalPtl.g:5713:4: (lv_description_2_0= RULE_STRING )
                    // InternalPtl.g:5714:5: lv_description_2_0= RULE_STRING
                    {
                    lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

                    					newLeafNode(lv_description_2_0, grammarAccess.getScenarioAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getScenarioRule());
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

            otherlv_3=(Token)match(input,17,FOLLOW_132); 

            			newLeafNode(otherlv_3, grammarAccess.getScenarioAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPtl.g:5734:3: ( (lv_tables_4_0= ruleScenarioTable ) )*
            loop117:
            do {
                int alt117=2;
                alt117 = dfa117.predict(input);
                switch (alt117) {
            	case 1 :
            	    // InternalPtl.g:5735:4: (lv_tables_4_0= ruleScenarioTable )
            	    {
            	    // InternalPtl.g:5735:4: (lv_tables_4_0= ruleScenarioTable )
            	    // InternalPtl.g:5736:5: lv_tables_4_0= ruleScenarioTable
            	    {

            	    					newCompositeNode(grammarAccess.getScenarioAccess().getTablesScenarioTableParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_132);
            	    lv_tables_4_0=ruleScenarioTable();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getScenarioRule());
            	    					}
            	    					add(
            	    						current,
            	    						"tables",
            	    						lv_tables_4_0,
            	    						"org.ptl.lang.Ptl.ScenarioTable");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop117;
                }
            } while (true);

            // InternalPtl.g:5753:3: (otherlv_5= 'binding' ( ( ruleQualifiedName ) ) )?
            int alt118=2;
            int LA118_0 = input.LA(1);

            if ( (LA118_0==98) ) {
                alt118=1;
            }
            switch (alt118) {
                case 1 :
                    // InternalPtl.g:5754:4: otherlv_5= 'binding' ( ( ruleQualifiedName ) )
                    {
                    otherlv_5=(Token)match(input,98,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getScenarioAccess().getBindingKeyword_5_0());
                    			
                    // InternalPtl.g:5758:4: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:5759:5: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:5759:5: ( ruleQualifiedName )
                    // InternalPtl.g:5760:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getScenarioRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getScenarioAccess().getBindingBindingCrossReference_5_1_0());
                    					
                    pushFollow(FOLLOW_133);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:5775:3: (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )?
            int alt119=2;
            alt119 = dfa119.predict(input);
            switch (alt119) {
                case 1 :
                    // InternalPtl.g:5776:4: otherlv_7= 'policy' ( ( ruleQualifiedName ) )
                    {
                    otherlv_7=(Token)match(input,92,FOLLOW_7); 

                    				newLeafNode(otherlv_7, grammarAccess.getScenarioAccess().getPolicyKeyword_6_0());
                    			
                    // InternalPtl.g:5780:4: ( ( ruleQualifiedName ) )
                    // InternalPtl.g:5781:5: ( ruleQualifiedName )
                    {
                    // InternalPtl.g:5781:5: ( ruleQualifiedName )
                    // InternalPtl.g:5782:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getScenarioRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getScenarioAccess().getPolicyWalkerPolicyCrossReference_6_1_0());
                    					
                    pushFollow(FOLLOW_133);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPtl.g:5797:3: (otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )? )?
            int alt121=2;
            int LA121_0 = input.LA(1);

            if ( (LA121_0==108) ) {
                int LA121_1 = input.LA(2);

                if ( (LA121_1==RULE_INT) ) {
                    alt121=1;
                }
            }
            switch (alt121) {
                case 1 :
                    // InternalPtl.g:5798:4: otherlv_9= 'memory' ( (lv_memoryPages_10_0= RULE_INT ) ) otherlv_11= 'pages' (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )?
                    {
                    otherlv_9=(Token)match(input,108,FOLLOW_13); 

                    				newLeafNode(otherlv_9, grammarAccess.getScenarioAccess().getMemoryKeyword_7_0());
                    			
                    // InternalPtl.g:5802:4: ( (lv_memoryPages_10_0= RULE_INT ) )
                    // InternalPtl.g:5803:5: (lv_memoryPages_10_0= RULE_INT )
                    {
                    // InternalPtl.g:5803:5: (lv_memoryPages_10_0= RULE_INT )
                    // InternalPtl.g:5804:6: lv_memoryPages_10_0= RULE_INT
                    {
                    lv_memoryPages_10_0=(Token)match(input,RULE_INT,FOLLOW_20); 

                    						newLeafNode(lv_memoryPages_10_0, grammarAccess.getScenarioAccess().getMemoryPagesINTTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getScenarioRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"memoryPages",
                    							lv_memoryPages_10_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_11=(Token)match(input,25,FOLLOW_134); 

                    				newLeafNode(otherlv_11, grammarAccess.getScenarioAccess().getPagesKeyword_7_2());
                    			
                    // InternalPtl.g:5824:4: (otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) ) )?
                    int alt120=2;
                    int LA120_0 = input.LA(1);

                    if ( (LA120_0==29) ) {
                        alt120=1;
                    }
                    switch (alt120) {
                        case 1 :
                            // InternalPtl.g:5825:5: otherlv_12= 'at' ( (lv_memoryBase_13_0= ruleNumber ) )
                            {
                            otherlv_12=(Token)match(input,29,FOLLOW_35); 

                            					newLeafNode(otherlv_12, grammarAccess.getScenarioAccess().getAtKeyword_7_3_0());
                            				
                            // InternalPtl.g:5829:5: ( (lv_memoryBase_13_0= ruleNumber ) )
                            // InternalPtl.g:5830:6: (lv_memoryBase_13_0= ruleNumber )
                            {
                            // InternalPtl.g:5830:6: (lv_memoryBase_13_0= ruleNumber )
                            // InternalPtl.g:5831:7: lv_memoryBase_13_0= ruleNumber
                            {

                            							newCompositeNode(grammarAccess.getScenarioAccess().getMemoryBaseNumberParserRuleCall_7_3_1_0());
                            						
                            pushFollow(FOLLOW_133);
                            lv_memoryBase_13_0=ruleNumber();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getScenarioRule());
                            							}
                            							set(
                            								current,
                            								"memoryBase",
                            								lv_memoryBase_13_0,
                            								"org.ptl.lang.Ptl.Number");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalPtl.g:5850:3: ( (lv_initialOwnership_14_0= ruleInitialOwnership ) )*
            loop122:
            do {
                int alt122=2;
                int LA122_0 = input.LA(1);

                if ( (LA122_0==48) ) {
                    alt122=1;
                }


                switch (alt122) {
            	case 1 :
            	    // InternalPtl.g:5851:4: (lv_initialOwnership_14_0= ruleInitialOwnership )
            	    {
            	    // InternalPtl.g:5851:4: (lv_initialOwnership_14_0= ruleInitialOwnership )
            	    // InternalPtl.g:5852:5: lv_initialOwnership_14_0= ruleInitialOwnership
            	    {

            	    					newCompositeNode(grammarAccess.getScenarioAccess().getInitialOwnershipInitialOwnershipParserRuleCall_8_0());
            	    				
            	    pushFollow(FOLLOW_133);
            	    lv_initialOwnership_14_0=ruleInitialOwnership();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getScenarioRule());
            	    					}
            	    					add(
            	    						current,
            	    						"initialOwnership",
            	    						lv_initialOwnership_14_0,
            	    						"org.ptl.lang.Ptl.InitialOwnership");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop122;
                }
            } while (true);

            // InternalPtl.g:5869:3: ( (lv_steps_15_0= ruleStep ) )*
            loop123:
            do {
                int alt123=2;
                int LA123_0 = input.LA(1);

                if ( (LA123_0==RULE_ID||LA123_0==15||(LA123_0>=18 && LA123_0<=22)||(LA123_0>=24 && LA123_0<=28)||LA123_0==35||LA123_0==45||LA123_0==49||(LA123_0>=52 && LA123_0<=53)||LA123_0==57||LA123_0==59||LA123_0==75||LA123_0==78||(LA123_0>=80 && LA123_0<=84)||LA123_0==87||(LA123_0>=92 && LA123_0<=94)||LA123_0==97||(LA123_0>=100 && LA123_0<=103)||LA123_0==105||(LA123_0>=108 && LA123_0<=111)||(LA123_0>=113 && LA123_0<=122)||(LA123_0>=125 && LA123_0<=132)||(LA123_0>=135 && LA123_0<=147)) ) {
                    alt123=1;
                }


                switch (alt123) {
            	case 1 :
            	    // InternalPtl.g:5870:4: (lv_steps_15_0= ruleStep )
            	    {
            	    // InternalPtl.g:5870:4: (lv_steps_15_0= ruleStep )
            	    // InternalPtl.g:5871:5: lv_steps_15_0= ruleStep
            	    {

            	    					newCompositeNode(grammarAccess.getScenarioAccess().getStepsStepParserRuleCall_9_0());
            	    				
            	    pushFollow(FOLLOW_135);
            	    lv_steps_15_0=ruleStep();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getScenarioRule());
            	    					}
            	    					add(
            	    						current,
            	    						"steps",
            	    						lv_steps_15_0,
            	    						"org.ptl.lang.Ptl.Step");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop123;
                }
            } while (true);

            otherlv_16=(Token)match(input,33,FOLLOW_2); 

            			newLeafNode(otherlv_16, grammarAccess.getScenarioAccess().getRightCurlyBracketKeyword_10());
            		

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
    // $ANTLR end "ruleScenario"


    // $ANTLR start "entryRuleInitialOwnership"
    // InternalPtl.g:5896:1: entryRuleInitialOwnership returns [EObject current=null] : iv_ruleInitialOwnership= ruleInitialOwnership EOF ;
    public final EObject entryRuleInitialOwnership() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleInitialOwnership = null;


        try {
            // InternalPtl.g:5896:57: (iv_ruleInitialOwnership= ruleInitialOwnership EOF )
            // InternalPtl.g:5897:2: iv_ruleInitialOwnership= ruleInitialOwnership EOF
            {
             newCompositeNode(grammarAccess.getInitialOwnershipRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleInitialOwnership=ruleInitialOwnership();

            state._fsp--;

             current =iv_ruleInitialOwnership; 
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
    // $ANTLR end "entryRuleInitialOwnership"


    // $ANTLR start "ruleInitialOwnership"
    // InternalPtl.g:5903:1: ruleInitialOwnership returns [EObject current=null] : (otherlv_0= 'initially' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? (otherlv_5= 'page' | otherlv_6= 'pages' ) ( (lv_first_7_0= RULE_INT ) ) (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )? otherlv_10= 'is' ( ( ruleValidID ) ) ) ;
    public final EObject ruleInitialOwnership() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_index_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_first_7_0=null;
        Token otherlv_8=null;
        Token lv_last_9_0=null;
        Token otherlv_10=null;


        	enterRule();

        try {
            // InternalPtl.g:5909:2: ( (otherlv_0= 'initially' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? (otherlv_5= 'page' | otherlv_6= 'pages' ) ( (lv_first_7_0= RULE_INT ) ) (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )? otherlv_10= 'is' ( ( ruleValidID ) ) ) )
            // InternalPtl.g:5910:2: (otherlv_0= 'initially' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? (otherlv_5= 'page' | otherlv_6= 'pages' ) ( (lv_first_7_0= RULE_INT ) ) (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )? otherlv_10= 'is' ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:5910:2: (otherlv_0= 'initially' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? (otherlv_5= 'page' | otherlv_6= 'pages' ) ( (lv_first_7_0= RULE_INT ) ) (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )? otherlv_10= 'is' ( ( ruleValidID ) ) )
            // InternalPtl.g:5911:3: otherlv_0= 'initially' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? (otherlv_5= 'page' | otherlv_6= 'pages' ) ( (lv_first_7_0= RULE_INT ) ) (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )? otherlv_10= 'is' ( ( ruleValidID ) )
            {
            otherlv_0=(Token)match(input,48,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getInitialOwnershipAccess().getInitiallyKeyword_0());
            		
            // InternalPtl.g:5915:3: ( ( ruleValidID ) )
            // InternalPtl.g:5916:4: ( ruleValidID )
            {
            // InternalPtl.g:5916:4: ( ruleValidID )
            // InternalPtl.g:5917:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getInitialOwnershipRule());
            					}
            				

            					newCompositeNode(grammarAccess.getInitialOwnershipAccess().getComponentComponentCrossReference_1_0());
            				
            pushFollow(FOLLOW_136);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:5931:3: (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )?
            int alt124=2;
            int LA124_0 = input.LA(1);

            if ( (LA124_0==39) ) {
                alt124=1;
            }
            switch (alt124) {
                case 1 :
                    // InternalPtl.g:5932:4: otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']'
                    {
                    otherlv_2=(Token)match(input,39,FOLLOW_13); 

                    				newLeafNode(otherlv_2, grammarAccess.getInitialOwnershipAccess().getLeftSquareBracketKeyword_2_0());
                    			
                    // InternalPtl.g:5936:4: ( (lv_index_3_0= RULE_INT ) )
                    // InternalPtl.g:5937:5: (lv_index_3_0= RULE_INT )
                    {
                    // InternalPtl.g:5937:5: (lv_index_3_0= RULE_INT )
                    // InternalPtl.g:5938:6: lv_index_3_0= RULE_INT
                    {
                    lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                    						newLeafNode(lv_index_3_0, grammarAccess.getInitialOwnershipAccess().getIndexINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getInitialOwnershipRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"index",
                    							lv_index_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_4=(Token)match(input,41,FOLLOW_137); 

                    				newLeafNode(otherlv_4, grammarAccess.getInitialOwnershipAccess().getRightSquareBracketKeyword_2_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:5959:3: (otherlv_5= 'page' | otherlv_6= 'pages' )
            int alt125=2;
            int LA125_0 = input.LA(1);

            if ( (LA125_0==109) ) {
                alt125=1;
            }
            else if ( (LA125_0==25) ) {
                alt125=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 125, 0, input);

                throw nvae;
            }
            switch (alt125) {
                case 1 :
                    // InternalPtl.g:5960:4: otherlv_5= 'page'
                    {
                    otherlv_5=(Token)match(input,109,FOLLOW_13); 

                    				newLeafNode(otherlv_5, grammarAccess.getInitialOwnershipAccess().getPageKeyword_3_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalPtl.g:5965:4: otherlv_6= 'pages'
                    {
                    otherlv_6=(Token)match(input,25,FOLLOW_13); 

                    				newLeafNode(otherlv_6, grammarAccess.getInitialOwnershipAccess().getPagesKeyword_3_1());
                    			

                    }
                    break;

            }

            // InternalPtl.g:5970:3: ( (lv_first_7_0= RULE_INT ) )
            // InternalPtl.g:5971:4: (lv_first_7_0= RULE_INT )
            {
            // InternalPtl.g:5971:4: (lv_first_7_0= RULE_INT )
            // InternalPtl.g:5972:5: lv_first_7_0= RULE_INT
            {
            lv_first_7_0=(Token)match(input,RULE_INT,FOLLOW_138); 

            					newLeafNode(lv_first_7_0, grammarAccess.getInitialOwnershipAccess().getFirstINTTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getInitialOwnershipRule());
            					}
            					setWithLastConsumed(
            						current,
            						"first",
            						lv_first_7_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalPtl.g:5988:3: (otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) ) )?
            int alt126=2;
            int LA126_0 = input.LA(1);

            if ( (LA126_0==23) ) {
                alt126=1;
            }
            switch (alt126) {
                case 1 :
                    // InternalPtl.g:5989:4: otherlv_8= '..' ( (lv_last_9_0= RULE_INT ) )
                    {
                    otherlv_8=(Token)match(input,23,FOLLOW_13); 

                    				newLeafNode(otherlv_8, grammarAccess.getInitialOwnershipAccess().getFullStopFullStopKeyword_5_0());
                    			
                    // InternalPtl.g:5993:4: ( (lv_last_9_0= RULE_INT ) )
                    // InternalPtl.g:5994:5: (lv_last_9_0= RULE_INT )
                    {
                    // InternalPtl.g:5994:5: (lv_last_9_0= RULE_INT )
                    // InternalPtl.g:5995:6: lv_last_9_0= RULE_INT
                    {
                    lv_last_9_0=(Token)match(input,RULE_INT,FOLLOW_127); 

                    						newLeafNode(lv_last_9_0, grammarAccess.getInitialOwnershipAccess().getLastINTTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getInitialOwnershipRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"last",
                    							lv_last_9_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_10=(Token)match(input,68,FOLLOW_7); 

            			newLeafNode(otherlv_10, grammarAccess.getInitialOwnershipAccess().getIsKeyword_6());
            		
            // InternalPtl.g:6016:3: ( ( ruleValidID ) )
            // InternalPtl.g:6017:4: ( ruleValidID )
            {
            // InternalPtl.g:6017:4: ( ruleValidID )
            // InternalPtl.g:6018:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getInitialOwnershipRule());
            					}
            				

            					newCompositeNode(grammarAccess.getInitialOwnershipAccess().getStateStateCrossReference_7_0());
            				
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
    // $ANTLR end "ruleInitialOwnership"


    // $ANTLR start "entryRuleScenarioTable"
    // InternalPtl.g:6036:1: entryRuleScenarioTable returns [EObject current=null] : iv_ruleScenarioTable= ruleScenarioTable EOF ;
    public final EObject entryRuleScenarioTable() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleScenarioTable = null;


        try {
            // InternalPtl.g:6036:54: (iv_ruleScenarioTable= ruleScenarioTable EOF )
            // InternalPtl.g:6037:2: iv_ruleScenarioTable= ruleScenarioTable EOF
            {
             newCompositeNode(grammarAccess.getScenarioTableRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScenarioTable=ruleScenarioTable();

            state._fsp--;

             current =iv_ruleScenarioTable; 
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
    // $ANTLR end "entryRuleScenarioTable"


    // $ANTLR start "ruleScenarioTable"
    // InternalPtl.g:6043:1: ruleScenarioTable returns [EObject current=null] : (otherlv_0= 'table' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) ) ;
    public final EObject ruleScenarioTable() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:6049:2: ( (otherlv_0= 'table' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) ) )
            // InternalPtl.g:6050:2: (otherlv_0= 'table' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) )
            {
            // InternalPtl.g:6050:2: (otherlv_0= 'table' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:6051:3: otherlv_0= 'table' ( (lv_name_1_0= ruleValidID ) ) otherlv_2= 'of' ( ( ruleQualifiedName ) ) otherlv_4= 'via' ( ( ruleQualifiedName ) )
            {
            otherlv_0=(Token)match(input,102,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getScenarioTableAccess().getTableKeyword_0());
            		
            // InternalPtl.g:6055:3: ( (lv_name_1_0= ruleValidID ) )
            // InternalPtl.g:6056:4: (lv_name_1_0= ruleValidID )
            {
            // InternalPtl.g:6056:4: (lv_name_1_0= ruleValidID )
            // InternalPtl.g:6057:5: lv_name_1_0= ruleValidID
            {

            					newCompositeNode(grammarAccess.getScenarioTableAccess().getNameValidIDParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_73);
            lv_name_1_0=ruleValidID();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getScenarioTableRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.ptl.lang.Ptl.ValidID");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,66,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getScenarioTableAccess().getOfKeyword_2());
            		
            // InternalPtl.g:6078:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:6079:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:6079:4: ( ruleQualifiedName )
            // InternalPtl.g:6080:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getScenarioTableRule());
            					}
            				

            					newCompositeNode(grammarAccess.getScenarioTableAccess().getFormatFormatCrossReference_3_0());
            				
            pushFollow(FOLLOW_121);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,99,FOLLOW_7); 

            			newLeafNode(otherlv_4, grammarAccess.getScenarioTableAccess().getViaKeyword_4());
            		
            // InternalPtl.g:6098:3: ( ( ruleQualifiedName ) )
            // InternalPtl.g:6099:4: ( ruleQualifiedName )
            {
            // InternalPtl.g:6099:4: ( ruleQualifiedName )
            // InternalPtl.g:6100:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getScenarioTableRule());
            					}
            				

            					newCompositeNode(grammarAccess.getScenarioTableAccess().getOperationsOperationsCrossReference_5_0());
            				
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

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
    // $ANTLR end "ruleScenarioTable"


    // $ANTLR start "entryRuleStep"
    // InternalPtl.g:6118:1: entryRuleStep returns [EObject current=null] : iv_ruleStep= ruleStep EOF ;
    public final EObject entryRuleStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStep = null;


        try {
            // InternalPtl.g:6118:45: (iv_ruleStep= ruleStep EOF )
            // InternalPtl.g:6119:2: iv_ruleStep= ruleStep EOF
            {
             newCompositeNode(grammarAccess.getStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStep=ruleStep();

            state._fsp--;

             current =iv_ruleStep; 
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
    // $ANTLR end "entryRuleStep"


    // $ANTLR start "ruleStep"
    // InternalPtl.g:6125:1: ruleStep returns [EObject current=null] : (this_MapStep_0= ruleMapStep | this_UnmapStep_1= ruleUnmapStep | this_RelaxStep_2= ruleRelaxStep | this_WrprotectStep_3= ruleWrprotectStep | this_MkyoungStep_4= ruleMkyoungStep | this_MkoldStep_5= ruleMkoldStep | this_SplitStep_6= ruleSplitStep | this_SetOwnerStep_7= ruleSetOwnerStep | this_TranslateStep_8= ruleTranslateStep | this_WalkStep_9= ruleWalkStep | this_MemcacheStep_10= ruleMemcacheStep | this_TransitionStep_11= ruleTransitionStep | this_Expectation_12= ruleExpectation ) ;
    public final EObject ruleStep() throws RecognitionException {
        EObject current = null;

        EObject this_MapStep_0 = null;

        EObject this_UnmapStep_1 = null;

        EObject this_RelaxStep_2 = null;

        EObject this_WrprotectStep_3 = null;

        EObject this_MkyoungStep_4 = null;

        EObject this_MkoldStep_5 = null;

        EObject this_SplitStep_6 = null;

        EObject this_SetOwnerStep_7 = null;

        EObject this_TranslateStep_8 = null;

        EObject this_WalkStep_9 = null;

        EObject this_MemcacheStep_10 = null;

        EObject this_TransitionStep_11 = null;

        EObject this_Expectation_12 = null;



        	enterRule();

        try {
            // InternalPtl.g:6131:2: ( (this_MapStep_0= ruleMapStep | this_UnmapStep_1= ruleUnmapStep | this_RelaxStep_2= ruleRelaxStep | this_WrprotectStep_3= ruleWrprotectStep | this_MkyoungStep_4= ruleMkyoungStep | this_MkoldStep_5= ruleMkoldStep | this_SplitStep_6= ruleSplitStep | this_SetOwnerStep_7= ruleSetOwnerStep | this_TranslateStep_8= ruleTranslateStep | this_WalkStep_9= ruleWalkStep | this_MemcacheStep_10= ruleMemcacheStep | this_TransitionStep_11= ruleTransitionStep | this_Expectation_12= ruleExpectation ) )
            // InternalPtl.g:6132:2: (this_MapStep_0= ruleMapStep | this_UnmapStep_1= ruleUnmapStep | this_RelaxStep_2= ruleRelaxStep | this_WrprotectStep_3= ruleWrprotectStep | this_MkyoungStep_4= ruleMkyoungStep | this_MkoldStep_5= ruleMkoldStep | this_SplitStep_6= ruleSplitStep | this_SetOwnerStep_7= ruleSetOwnerStep | this_TranslateStep_8= ruleTranslateStep | this_WalkStep_9= ruleWalkStep | this_MemcacheStep_10= ruleMemcacheStep | this_TransitionStep_11= ruleTransitionStep | this_Expectation_12= ruleExpectation )
            {
            // InternalPtl.g:6132:2: (this_MapStep_0= ruleMapStep | this_UnmapStep_1= ruleUnmapStep | this_RelaxStep_2= ruleRelaxStep | this_WrprotectStep_3= ruleWrprotectStep | this_MkyoungStep_4= ruleMkyoungStep | this_MkoldStep_5= ruleMkoldStep | this_SplitStep_6= ruleSplitStep | this_SetOwnerStep_7= ruleSetOwnerStep | this_TranslateStep_8= ruleTranslateStep | this_WalkStep_9= ruleWalkStep | this_MemcacheStep_10= ruleMemcacheStep | this_TransitionStep_11= ruleTransitionStep | this_Expectation_12= ruleExpectation )
            int alt127=13;
            alt127 = dfa127.predict(input);
            switch (alt127) {
                case 1 :
                    // InternalPtl.g:6133:3: this_MapStep_0= ruleMapStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getMapStepParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_MapStep_0=ruleMapStep();

                    state._fsp--;


                    			current = this_MapStep_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:6142:3: this_UnmapStep_1= ruleUnmapStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getUnmapStepParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_UnmapStep_1=ruleUnmapStep();

                    state._fsp--;


                    			current = this_UnmapStep_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:6151:3: this_RelaxStep_2= ruleRelaxStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getRelaxStepParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_RelaxStep_2=ruleRelaxStep();

                    state._fsp--;


                    			current = this_RelaxStep_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:6160:3: this_WrprotectStep_3= ruleWrprotectStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getWrprotectStepParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_WrprotectStep_3=ruleWrprotectStep();

                    state._fsp--;


                    			current = this_WrprotectStep_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalPtl.g:6169:3: this_MkyoungStep_4= ruleMkyoungStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getMkyoungStepParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_MkyoungStep_4=ruleMkyoungStep();

                    state._fsp--;


                    			current = this_MkyoungStep_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalPtl.g:6178:3: this_MkoldStep_5= ruleMkoldStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getMkoldStepParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_MkoldStep_5=ruleMkoldStep();

                    state._fsp--;


                    			current = this_MkoldStep_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalPtl.g:6187:3: this_SplitStep_6= ruleSplitStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getSplitStepParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_SplitStep_6=ruleSplitStep();

                    state._fsp--;


                    			current = this_SplitStep_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 8 :
                    // InternalPtl.g:6196:3: this_SetOwnerStep_7= ruleSetOwnerStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getSetOwnerStepParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_SetOwnerStep_7=ruleSetOwnerStep();

                    state._fsp--;


                    			current = this_SetOwnerStep_7;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 9 :
                    // InternalPtl.g:6205:3: this_TranslateStep_8= ruleTranslateStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getTranslateStepParserRuleCall_8());
                    		
                    pushFollow(FOLLOW_2);
                    this_TranslateStep_8=ruleTranslateStep();

                    state._fsp--;


                    			current = this_TranslateStep_8;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 10 :
                    // InternalPtl.g:6214:3: this_WalkStep_9= ruleWalkStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getWalkStepParserRuleCall_9());
                    		
                    pushFollow(FOLLOW_2);
                    this_WalkStep_9=ruleWalkStep();

                    state._fsp--;


                    			current = this_WalkStep_9;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 11 :
                    // InternalPtl.g:6223:3: this_MemcacheStep_10= ruleMemcacheStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getMemcacheStepParserRuleCall_10());
                    		
                    pushFollow(FOLLOW_2);
                    this_MemcacheStep_10=ruleMemcacheStep();

                    state._fsp--;


                    			current = this_MemcacheStep_10;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 12 :
                    // InternalPtl.g:6232:3: this_TransitionStep_11= ruleTransitionStep
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getTransitionStepParserRuleCall_11());
                    		
                    pushFollow(FOLLOW_2);
                    this_TransitionStep_11=ruleTransitionStep();

                    state._fsp--;


                    			current = this_TransitionStep_11;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 13 :
                    // InternalPtl.g:6241:3: this_Expectation_12= ruleExpectation
                    {

                    			newCompositeNode(grammarAccess.getStepAccess().getExpectationParserRuleCall_12());
                    		
                    pushFollow(FOLLOW_2);
                    this_Expectation_12=ruleExpectation();

                    state._fsp--;


                    			current = this_Expectation_12;
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
    // $ANTLR end "ruleStep"


    // $ANTLR start "ruleInTarget"
    // InternalPtl.g:6254:1: ruleInTarget[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'in' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )? )? ;
    public final EObject ruleInTarget(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_targetIndex_3_0=null;
        Token otherlv_4=null;


        	enterRule();

        try {
            // InternalPtl.g:6260:2: ( (otherlv_0= 'in' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )? )? )
            // InternalPtl.g:6261:2: (otherlv_0= 'in' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )? )?
            {
            // InternalPtl.g:6261:2: (otherlv_0= 'in' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )? )?
            int alt129=2;
            int LA129_0 = input.LA(1);

            if ( (LA129_0==67) ) {
                alt129=1;
            }
            switch (alt129) {
                case 1 :
                    // InternalPtl.g:6262:3: otherlv_0= 'in' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )?
                    {
                    otherlv_0=(Token)match(input,67,FOLLOW_7); 

                    			newLeafNode(otherlv_0, grammarAccess.getInTargetAccess().getInKeyword_0());
                    		
                    // InternalPtl.g:6266:3: ( ( ruleValidID ) )
                    // InternalPtl.g:6267:4: ( ruleValidID )
                    {
                    // InternalPtl.g:6267:4: ( ruleValidID )
                    // InternalPtl.g:6268:5: ruleValidID
                    {

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getInTargetRule());
                    					}
                    				

                    					newCompositeNode(grammarAccess.getInTargetAccess().getTargetNamedCrossReference_1_0());
                    				
                    pushFollow(FOLLOW_139);
                    ruleValidID();

                    state._fsp--;


                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }

                    // InternalPtl.g:6282:3: (otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']' )?
                    int alt128=2;
                    int LA128_0 = input.LA(1);

                    if ( (LA128_0==39) ) {
                        alt128=1;
                    }
                    switch (alt128) {
                        case 1 :
                            // InternalPtl.g:6283:4: otherlv_2= '[' ( (lv_targetIndex_3_0= RULE_INT ) ) otherlv_4= ']'
                            {
                            otherlv_2=(Token)match(input,39,FOLLOW_13); 

                            				newLeafNode(otherlv_2, grammarAccess.getInTargetAccess().getLeftSquareBracketKeyword_2_0());
                            			
                            // InternalPtl.g:6287:4: ( (lv_targetIndex_3_0= RULE_INT ) )
                            // InternalPtl.g:6288:5: (lv_targetIndex_3_0= RULE_INT )
                            {
                            // InternalPtl.g:6288:5: (lv_targetIndex_3_0= RULE_INT )
                            // InternalPtl.g:6289:6: lv_targetIndex_3_0= RULE_INT
                            {
                            lv_targetIndex_3_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                            						newLeafNode(lv_targetIndex_3_0, grammarAccess.getInTargetAccess().getTargetIndexINTTerminalRuleCall_2_1_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getInTargetRule());
                            						}
                            						setWithLastConsumed(
                            							current,
                            							"targetIndex",
                            							lv_targetIndex_3_0,
                            							"org.eclipse.xtext.common.Terminals.INT");
                            					

                            }


                            }

                            otherlv_4=(Token)match(input,41,FOLLOW_2); 

                            				newLeafNode(otherlv_4, grammarAccess.getInTargetAccess().getRightSquareBracketKeyword_2_2());
                            			

                            }
                            break;

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
    // $ANTLR end "ruleInTarget"


    // $ANTLR start "entryRuleMapStep"
    // InternalPtl.g:6314:1: entryRuleMapStep returns [EObject current=null] : iv_ruleMapStep= ruleMapStep EOF ;
    public final EObject entryRuleMapStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMapStep = null;


        try {
            // InternalPtl.g:6314:48: (iv_ruleMapStep= ruleMapStep EOF )
            // InternalPtl.g:6315:2: iv_ruleMapStep= ruleMapStep EOF
            {
             newCompositeNode(grammarAccess.getMapStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMapStep=ruleMapStep();

            state._fsp--;

             current =iv_ruleMapStep; 
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
    // $ANTLR end "entryRuleMapStep"


    // $ANTLR start "ruleMapStep"
    // InternalPtl.g:6321:1: ruleMapStep returns [EObject current=null] : (otherlv_0= 'map' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'to' ( (lv_pa_5_0= ruleNumber ) ) (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )? (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )? this_InTarget_14= ruleInTarget[$current] ) ;
    public final EObject ruleMapStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token lv_walkFlags_11_0=null;
        Token otherlv_12=null;
        Token lv_walkFlags_13_0=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        AntlrDatatypeRuleToken lv_pa_5_0 = null;

        EObject this_InTarget_14 = null;



        	enterRule();

        try {
            // InternalPtl.g:6327:2: ( (otherlv_0= 'map' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'to' ( (lv_pa_5_0= ruleNumber ) ) (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )? (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )? this_InTarget_14= ruleInTarget[$current] ) )
            // InternalPtl.g:6328:2: (otherlv_0= 'map' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'to' ( (lv_pa_5_0= ruleNumber ) ) (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )? (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )? this_InTarget_14= ruleInTarget[$current] )
            {
            // InternalPtl.g:6328:2: (otherlv_0= 'map' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'to' ( (lv_pa_5_0= ruleNumber ) ) (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )? (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )? this_InTarget_14= ruleInTarget[$current] )
            // InternalPtl.g:6329:3: otherlv_0= 'map' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'to' ( (lv_pa_5_0= ruleNumber ) ) (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )? (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )? this_InTarget_14= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,110,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getMapStepAccess().getMapKeyword_0());
            		
            // InternalPtl.g:6333:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6334:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6334:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6335:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getMapStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMapStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getMapStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:6356:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:6357:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:6357:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:6358:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getMapStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_141);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMapStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,112,FOLLOW_35); 

            			newLeafNode(otherlv_4, grammarAccess.getMapStepAccess().getToKeyword_4());
            		
            // InternalPtl.g:6379:3: ( (lv_pa_5_0= ruleNumber ) )
            // InternalPtl.g:6380:4: (lv_pa_5_0= ruleNumber )
            {
            // InternalPtl.g:6380:4: (lv_pa_5_0= ruleNumber )
            // InternalPtl.g:6381:5: lv_pa_5_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getMapStepAccess().getPaNumberParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_142);
            lv_pa_5_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMapStepRule());
            					}
            					set(
            						current,
            						"pa",
            						lv_pa_5_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:6398:3: (otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )* )?
            int alt131=2;
            int LA131_0 = input.LA(1);

            if ( (LA131_0==79) ) {
                alt131=1;
            }
            switch (alt131) {
                case 1 :
                    // InternalPtl.g:6399:4: otherlv_6= 'prot' ( ( ruleValidID ) ) (otherlv_8= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_6=(Token)match(input,79,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getMapStepAccess().getProtKeyword_6_0());
                    			
                    // InternalPtl.g:6403:4: ( ( ruleValidID ) )
                    // InternalPtl.g:6404:5: ( ruleValidID )
                    {
                    // InternalPtl.g:6404:5: ( ruleValidID )
                    // InternalPtl.g:6405:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMapStepRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getMapStepAccess().getProtProtFlagCrossReference_6_1_0());
                    					
                    pushFollow(FOLLOW_143);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:6419:4: (otherlv_8= ',' ( ( ruleValidID ) ) )*
                    loop130:
                    do {
                        int alt130=2;
                        int LA130_0 = input.LA(1);

                        if ( (LA130_0==30) ) {
                            alt130=1;
                        }


                        switch (alt130) {
                    	case 1 :
                    	    // InternalPtl.g:6420:5: otherlv_8= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_8=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_8, grammarAccess.getMapStepAccess().getCommaKeyword_6_2_0());
                    	    				
                    	    // InternalPtl.g:6424:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:6425:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:6425:6: ( ruleValidID )
                    	    // InternalPtl.g:6426:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getMapStepRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getMapStepAccess().getProtProtFlagCrossReference_6_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_143);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop130;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:6442:3: (otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )* )?
            int alt133=2;
            int LA133_0 = input.LA(1);

            if ( (LA133_0==93) ) {
                int LA133_1 = input.LA(2);

                if ( (LA133_1==RULE_ID) ) {
                    int LA133_3 = input.LA(3);

                    if ( (LA133_3==EOF||LA133_3==RULE_ID||LA133_3==15||(LA133_3>=18 && LA133_3<=22)||(LA133_3>=24 && LA133_3<=28)||LA133_3==30||LA133_3==33||LA133_3==35||LA133_3==45||LA133_3==49||(LA133_3>=52 && LA133_3<=53)||LA133_3==57||LA133_3==59||LA133_3==67||LA133_3==75||LA133_3==78||(LA133_3>=80 && LA133_3<=84)||LA133_3==87||(LA133_3>=92 && LA133_3<=94)||LA133_3==97||(LA133_3>=100 && LA133_3<=103)||LA133_3==105||LA133_3==108||(LA133_3>=110 && LA133_3<=111)||(LA133_3>=113 && LA133_3<=122)||(LA133_3>=125 && LA133_3<=132)||(LA133_3>=135 && LA133_3<=147)) ) {
                        alt133=1;
                    }
                    else if ( (LA133_3==109) ) {
                        int LA133_5 = input.LA(4);

                        if ( (LA133_5==RULE_ID||LA133_5==15||(LA133_5>=18 && LA133_5<=22)||(LA133_5>=24 && LA133_5<=28)||LA133_5==35||LA133_5==39||LA133_5==45||LA133_5==49||(LA133_5>=52 && LA133_5<=53)||LA133_5==57||LA133_5==59||LA133_5==75||LA133_5==78||(LA133_5>=80 && LA133_5<=84)||LA133_5==87||(LA133_5>=92 && LA133_5<=94)||LA133_5==97||(LA133_5>=100 && LA133_5<=103)||LA133_5==105||(LA133_5>=108 && LA133_5<=111)||(LA133_5>=113 && LA133_5<=119)||(LA133_5>=121 && LA133_5<=122)||(LA133_5>=125 && LA133_5<=127)||(LA133_5>=129 && LA133_5<=132)||(LA133_5>=135 && LA133_5<=147)) ) {
                            alt133=1;
                        }
                    }
                }
            }
            switch (alt133) {
                case 1 :
                    // InternalPtl.g:6443:4: otherlv_10= 'flags' ( (lv_walkFlags_11_0= RULE_ID ) ) (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )*
                    {
                    otherlv_10=(Token)match(input,93,FOLLOW_100); 

                    				newLeafNode(otherlv_10, grammarAccess.getMapStepAccess().getFlagsKeyword_7_0());
                    			
                    // InternalPtl.g:6447:4: ( (lv_walkFlags_11_0= RULE_ID ) )
                    // InternalPtl.g:6448:5: (lv_walkFlags_11_0= RULE_ID )
                    {
                    // InternalPtl.g:6448:5: (lv_walkFlags_11_0= RULE_ID )
                    // InternalPtl.g:6449:6: lv_walkFlags_11_0= RULE_ID
                    {
                    lv_walkFlags_11_0=(Token)match(input,RULE_ID,FOLLOW_74); 

                    						newLeafNode(lv_walkFlags_11_0, grammarAccess.getMapStepAccess().getWalkFlagsIDTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMapStepRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"walkFlags",
                    							lv_walkFlags_11_0,
                    							"org.eclipse.xtext.common.Terminals.ID");
                    					

                    }


                    }

                    // InternalPtl.g:6465:4: (otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) ) )*
                    loop132:
                    do {
                        int alt132=2;
                        int LA132_0 = input.LA(1);

                        if ( (LA132_0==30) ) {
                            alt132=1;
                        }


                        switch (alt132) {
                    	case 1 :
                    	    // InternalPtl.g:6466:5: otherlv_12= ',' ( (lv_walkFlags_13_0= RULE_ID ) )
                    	    {
                    	    otherlv_12=(Token)match(input,30,FOLLOW_100); 

                    	    					newLeafNode(otherlv_12, grammarAccess.getMapStepAccess().getCommaKeyword_7_2_0());
                    	    				
                    	    // InternalPtl.g:6470:5: ( (lv_walkFlags_13_0= RULE_ID ) )
                    	    // InternalPtl.g:6471:6: (lv_walkFlags_13_0= RULE_ID )
                    	    {
                    	    // InternalPtl.g:6471:6: (lv_walkFlags_13_0= RULE_ID )
                    	    // InternalPtl.g:6472:7: lv_walkFlags_13_0= RULE_ID
                    	    {
                    	    lv_walkFlags_13_0=(Token)match(input,RULE_ID,FOLLOW_74); 

                    	    							newLeafNode(lv_walkFlags_13_0, grammarAccess.getMapStepAccess().getWalkFlagsIDTerminalRuleCall_7_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getMapStepRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"walkFlags",
                    	    								lv_walkFlags_13_0,
                    	    								"org.eclipse.xtext.common.Terminals.ID");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop132;
                        }
                    } while (true);


                    }
                    break;

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getMapStepRule());
            			}
            			newCompositeNode(grammarAccess.getMapStepAccess().getInTargetParserRuleCall_8());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_14=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_14;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleMapStep"


    // $ANTLR start "entryRuleUnmapStep"
    // InternalPtl.g:6505:1: entryRuleUnmapStep returns [EObject current=null] : iv_ruleUnmapStep= ruleUnmapStep EOF ;
    public final EObject entryRuleUnmapStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleUnmapStep = null;


        try {
            // InternalPtl.g:6505:50: (iv_ruleUnmapStep= ruleUnmapStep EOF )
            // InternalPtl.g:6506:2: iv_ruleUnmapStep= ruleUnmapStep EOF
            {
             newCompositeNode(grammarAccess.getUnmapStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUnmapStep=ruleUnmapStep();

            state._fsp--;

             current =iv_ruleUnmapStep; 
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
    // $ANTLR end "entryRuleUnmapStep"


    // $ANTLR start "ruleUnmapStep"
    // InternalPtl.g:6512:1: ruleUnmapStep returns [EObject current=null] : (otherlv_0= 'unmap' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) ;
    public final EObject ruleUnmapStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        EObject this_InTarget_4 = null;



        	enterRule();

        try {
            // InternalPtl.g:6518:2: ( (otherlv_0= 'unmap' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) )
            // InternalPtl.g:6519:2: (otherlv_0= 'unmap' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            {
            // InternalPtl.g:6519:2: (otherlv_0= 'unmap' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            // InternalPtl.g:6520:3: otherlv_0= 'unmap' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,113,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getUnmapStepAccess().getUnmapKeyword_0());
            		
            // InternalPtl.g:6524:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6525:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6525:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6526:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getUnmapStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getUnmapStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getUnmapStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:6547:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:6548:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:6548:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:6549:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getUnmapStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_81);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getUnmapStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getUnmapStepRule());
            			}
            			newCompositeNode(grammarAccess.getUnmapStepAccess().getInTargetParserRuleCall_4());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_4=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_4;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleUnmapStep"


    // $ANTLR start "entryRuleRelaxStep"
    // InternalPtl.g:6581:1: entryRuleRelaxStep returns [EObject current=null] : iv_ruleRelaxStep= ruleRelaxStep EOF ;
    public final EObject entryRuleRelaxStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRelaxStep = null;


        try {
            // InternalPtl.g:6581:50: (iv_ruleRelaxStep= ruleRelaxStep EOF )
            // InternalPtl.g:6582:2: iv_ruleRelaxStep= ruleRelaxStep EOF
            {
             newCompositeNode(grammarAccess.getRelaxStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRelaxStep=ruleRelaxStep();

            state._fsp--;

             current =iv_ruleRelaxStep; 
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
    // $ANTLR end "entryRuleRelaxStep"


    // $ANTLR start "ruleRelaxStep"
    // InternalPtl.g:6588:1: ruleRelaxStep returns [EObject current=null] : (otherlv_0= 'relax' ( (lv_address_1_0= ruleNumber ) ) (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )? this_InTarget_6= ruleInTarget[$current] ) ;
    public final EObject ruleRelaxStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        EObject this_InTarget_6 = null;



        	enterRule();

        try {
            // InternalPtl.g:6594:2: ( (otherlv_0= 'relax' ( (lv_address_1_0= ruleNumber ) ) (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )? this_InTarget_6= ruleInTarget[$current] ) )
            // InternalPtl.g:6595:2: (otherlv_0= 'relax' ( (lv_address_1_0= ruleNumber ) ) (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )? this_InTarget_6= ruleInTarget[$current] )
            {
            // InternalPtl.g:6595:2: (otherlv_0= 'relax' ( (lv_address_1_0= ruleNumber ) ) (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )? this_InTarget_6= ruleInTarget[$current] )
            // InternalPtl.g:6596:3: otherlv_0= 'relax' ( (lv_address_1_0= ruleNumber ) ) (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )? this_InTarget_6= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,114,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getRelaxStepAccess().getRelaxKeyword_0());
            		
            // InternalPtl.g:6600:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6601:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6601:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6602:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getRelaxStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_144);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRelaxStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:6619:3: (otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )* )?
            int alt135=2;
            int LA135_0 = input.LA(1);

            if ( (LA135_0==79) ) {
                alt135=1;
            }
            switch (alt135) {
                case 1 :
                    // InternalPtl.g:6620:4: otherlv_2= 'prot' ( ( ruleValidID ) ) (otherlv_4= ',' ( ( ruleValidID ) ) )*
                    {
                    otherlv_2=(Token)match(input,79,FOLLOW_7); 

                    				newLeafNode(otherlv_2, grammarAccess.getRelaxStepAccess().getProtKeyword_2_0());
                    			
                    // InternalPtl.g:6624:4: ( ( ruleValidID ) )
                    // InternalPtl.g:6625:5: ( ruleValidID )
                    {
                    // InternalPtl.g:6625:5: ( ruleValidID )
                    // InternalPtl.g:6626:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRelaxStepRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getRelaxStepAccess().getProtProtFlagCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_74);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:6640:4: (otherlv_4= ',' ( ( ruleValidID ) ) )*
                    loop134:
                    do {
                        int alt134=2;
                        int LA134_0 = input.LA(1);

                        if ( (LA134_0==30) ) {
                            alt134=1;
                        }


                        switch (alt134) {
                    	case 1 :
                    	    // InternalPtl.g:6641:5: otherlv_4= ',' ( ( ruleValidID ) )
                    	    {
                    	    otherlv_4=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_4, grammarAccess.getRelaxStepAccess().getCommaKeyword_2_2_0());
                    	    				
                    	    // InternalPtl.g:6645:5: ( ( ruleValidID ) )
                    	    // InternalPtl.g:6646:6: ( ruleValidID )
                    	    {
                    	    // InternalPtl.g:6646:6: ( ruleValidID )
                    	    // InternalPtl.g:6647:7: ruleValidID
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getRelaxStepRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getRelaxStepAccess().getProtProtFlagCrossReference_2_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_74);
                    	    ruleValidID();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop134;
                        }
                    } while (true);


                    }
                    break;

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getRelaxStepRule());
            			}
            			newCompositeNode(grammarAccess.getRelaxStepAccess().getInTargetParserRuleCall_3());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_6=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_6;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleRelaxStep"


    // $ANTLR start "entryRuleWrprotectStep"
    // InternalPtl.g:6678:1: entryRuleWrprotectStep returns [EObject current=null] : iv_ruleWrprotectStep= ruleWrprotectStep EOF ;
    public final EObject entryRuleWrprotectStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleWrprotectStep = null;


        try {
            // InternalPtl.g:6678:54: (iv_ruleWrprotectStep= ruleWrprotectStep EOF )
            // InternalPtl.g:6679:2: iv_ruleWrprotectStep= ruleWrprotectStep EOF
            {
             newCompositeNode(grammarAccess.getWrprotectStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWrprotectStep=ruleWrprotectStep();

            state._fsp--;

             current =iv_ruleWrprotectStep; 
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
    // $ANTLR end "entryRuleWrprotectStep"


    // $ANTLR start "ruleWrprotectStep"
    // InternalPtl.g:6685:1: ruleWrprotectStep returns [EObject current=null] : (otherlv_0= 'wrprotect' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) ;
    public final EObject ruleWrprotectStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        EObject this_InTarget_4 = null;



        	enterRule();

        try {
            // InternalPtl.g:6691:2: ( (otherlv_0= 'wrprotect' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) )
            // InternalPtl.g:6692:2: (otherlv_0= 'wrprotect' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            {
            // InternalPtl.g:6692:2: (otherlv_0= 'wrprotect' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            // InternalPtl.g:6693:3: otherlv_0= 'wrprotect' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,115,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getWrprotectStepAccess().getWrprotectKeyword_0());
            		
            // InternalPtl.g:6697:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6698:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6698:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6699:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getWrprotectStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWrprotectStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getWrprotectStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:6720:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:6721:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:6721:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:6722:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getWrprotectStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_81);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWrprotectStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getWrprotectStepRule());
            			}
            			newCompositeNode(grammarAccess.getWrprotectStepAccess().getInTargetParserRuleCall_4());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_4=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_4;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleWrprotectStep"


    // $ANTLR start "entryRuleMkyoungStep"
    // InternalPtl.g:6754:1: entryRuleMkyoungStep returns [EObject current=null] : iv_ruleMkyoungStep= ruleMkyoungStep EOF ;
    public final EObject entryRuleMkyoungStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMkyoungStep = null;


        try {
            // InternalPtl.g:6754:52: (iv_ruleMkyoungStep= ruleMkyoungStep EOF )
            // InternalPtl.g:6755:2: iv_ruleMkyoungStep= ruleMkyoungStep EOF
            {
             newCompositeNode(grammarAccess.getMkyoungStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMkyoungStep=ruleMkyoungStep();

            state._fsp--;

             current =iv_ruleMkyoungStep; 
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
    // $ANTLR end "entryRuleMkyoungStep"


    // $ANTLR start "ruleMkyoungStep"
    // InternalPtl.g:6761:1: ruleMkyoungStep returns [EObject current=null] : (otherlv_0= 'mkyoung' ( (lv_address_1_0= ruleNumber ) ) this_InTarget_2= ruleInTarget[$current] ) ;
    public final EObject ruleMkyoungStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        EObject this_InTarget_2 = null;



        	enterRule();

        try {
            // InternalPtl.g:6767:2: ( (otherlv_0= 'mkyoung' ( (lv_address_1_0= ruleNumber ) ) this_InTarget_2= ruleInTarget[$current] ) )
            // InternalPtl.g:6768:2: (otherlv_0= 'mkyoung' ( (lv_address_1_0= ruleNumber ) ) this_InTarget_2= ruleInTarget[$current] )
            {
            // InternalPtl.g:6768:2: (otherlv_0= 'mkyoung' ( (lv_address_1_0= ruleNumber ) ) this_InTarget_2= ruleInTarget[$current] )
            // InternalPtl.g:6769:3: otherlv_0= 'mkyoung' ( (lv_address_1_0= ruleNumber ) ) this_InTarget_2= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,116,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getMkyoungStepAccess().getMkyoungKeyword_0());
            		
            // InternalPtl.g:6773:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6774:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6774:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6775:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getMkyoungStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_81);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMkyoungStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getMkyoungStepRule());
            			}
            			newCompositeNode(grammarAccess.getMkyoungStepAccess().getInTargetParserRuleCall_2());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_2=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_2;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleMkyoungStep"


    // $ANTLR start "entryRuleMkoldStep"
    // InternalPtl.g:6807:1: entryRuleMkoldStep returns [EObject current=null] : iv_ruleMkoldStep= ruleMkoldStep EOF ;
    public final EObject entryRuleMkoldStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMkoldStep = null;


        try {
            // InternalPtl.g:6807:50: (iv_ruleMkoldStep= ruleMkoldStep EOF )
            // InternalPtl.g:6808:2: iv_ruleMkoldStep= ruleMkoldStep EOF
            {
             newCompositeNode(grammarAccess.getMkoldStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMkoldStep=ruleMkoldStep();

            state._fsp--;

             current =iv_ruleMkoldStep; 
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
    // $ANTLR end "entryRuleMkoldStep"


    // $ANTLR start "ruleMkoldStep"
    // InternalPtl.g:6814:1: ruleMkoldStep returns [EObject current=null] : (otherlv_0= 'mkold' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) ;
    public final EObject ruleMkoldStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        EObject this_InTarget_4 = null;



        	enterRule();

        try {
            // InternalPtl.g:6820:2: ( (otherlv_0= 'mkold' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] ) )
            // InternalPtl.g:6821:2: (otherlv_0= 'mkold' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            {
            // InternalPtl.g:6821:2: (otherlv_0= 'mkold' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current] )
            // InternalPtl.g:6822:3: otherlv_0= 'mkold' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) this_InTarget_4= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,117,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getMkoldStepAccess().getMkoldKeyword_0());
            		
            // InternalPtl.g:6826:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6827:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6827:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6828:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getMkoldStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMkoldStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getMkoldStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:6849:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:6850:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:6850:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:6851:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getMkoldStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_81);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMkoldStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getMkoldStepRule());
            			}
            			newCompositeNode(grammarAccess.getMkoldStepAccess().getInTargetParserRuleCall_4());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_4=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_4;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleMkoldStep"


    // $ANTLR start "entryRuleSplitStep"
    // InternalPtl.g:6883:1: entryRuleSplitStep returns [EObject current=null] : iv_ruleSplitStep= ruleSplitStep EOF ;
    public final EObject entryRuleSplitStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSplitStep = null;


        try {
            // InternalPtl.g:6883:50: (iv_ruleSplitStep= ruleSplitStep EOF )
            // InternalPtl.g:6884:2: iv_ruleSplitStep= ruleSplitStep EOF
            {
             newCompositeNode(grammarAccess.getSplitStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSplitStep=ruleSplitStep();

            state._fsp--;

             current =iv_ruleSplitStep; 
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
    // $ANTLR end "entryRuleSplitStep"


    // $ANTLR start "ruleSplitStep"
    // InternalPtl.g:6890:1: ruleSplitStep returns [EObject current=null] : (otherlv_0= 'split' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )? this_InTarget_7= ruleInTarget[$current] ) ;
    public final EObject ruleSplitStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_cachePages_5_0=null;
        Token otherlv_6=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        EObject this_InTarget_7 = null;



        	enterRule();

        try {
            // InternalPtl.g:6896:2: ( (otherlv_0= 'split' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )? this_InTarget_7= ruleInTarget[$current] ) )
            // InternalPtl.g:6897:2: (otherlv_0= 'split' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )? this_InTarget_7= ruleInTarget[$current] )
            {
            // InternalPtl.g:6897:2: (otherlv_0= 'split' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )? this_InTarget_7= ruleInTarget[$current] )
            // InternalPtl.g:6898:3: otherlv_0= 'split' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )? this_InTarget_7= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,118,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getSplitStepAccess().getSplitKeyword_0());
            		
            // InternalPtl.g:6902:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:6903:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:6903:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:6904:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getSplitStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSplitStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getSplitStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:6925:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:6926:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:6926:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:6927:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getSplitStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_145);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSplitStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:6944:3: (otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages' )?
            int alt136=2;
            int LA136_0 = input.LA(1);

            if ( (LA136_0==119) ) {
                int LA136_1 = input.LA(2);

                if ( (LA136_1==RULE_INT) ) {
                    alt136=1;
                }
            }
            switch (alt136) {
                case 1 :
                    // InternalPtl.g:6945:4: otherlv_4= 'cache' ( (lv_cachePages_5_0= RULE_INT ) ) otherlv_6= 'pages'
                    {
                    otherlv_4=(Token)match(input,119,FOLLOW_13); 

                    				newLeafNode(otherlv_4, grammarAccess.getSplitStepAccess().getCacheKeyword_4_0());
                    			
                    // InternalPtl.g:6949:4: ( (lv_cachePages_5_0= RULE_INT ) )
                    // InternalPtl.g:6950:5: (lv_cachePages_5_0= RULE_INT )
                    {
                    // InternalPtl.g:6950:5: (lv_cachePages_5_0= RULE_INT )
                    // InternalPtl.g:6951:6: lv_cachePages_5_0= RULE_INT
                    {
                    lv_cachePages_5_0=(Token)match(input,RULE_INT,FOLLOW_20); 

                    						newLeafNode(lv_cachePages_5_0, grammarAccess.getSplitStepAccess().getCachePagesINTTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSplitStepRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"cachePages",
                    							lv_cachePages_5_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_6=(Token)match(input,25,FOLLOW_81); 

                    				newLeafNode(otherlv_6, grammarAccess.getSplitStepAccess().getPagesKeyword_4_2());
                    			

                    }
                    break;

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getSplitStepRule());
            			}
            			newCompositeNode(grammarAccess.getSplitStepAccess().getInTargetParserRuleCall_5());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_7=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_7;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleSplitStep"


    // $ANTLR start "entryRuleSetOwnerStep"
    // InternalPtl.g:6987:1: entryRuleSetOwnerStep returns [EObject current=null] : iv_ruleSetOwnerStep= ruleSetOwnerStep EOF ;
    public final EObject entryRuleSetOwnerStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSetOwnerStep = null;


        try {
            // InternalPtl.g:6987:53: (iv_ruleSetOwnerStep= ruleSetOwnerStep EOF )
            // InternalPtl.g:6988:2: iv_ruleSetOwnerStep= ruleSetOwnerStep EOF
            {
             newCompositeNode(grammarAccess.getSetOwnerStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSetOwnerStep=ruleSetOwnerStep();

            state._fsp--;

             current =iv_ruleSetOwnerStep; 
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
    // $ANTLR end "entryRuleSetOwnerStep"


    // $ANTLR start "ruleSetOwnerStep"
    // InternalPtl.g:6994:1: ruleSetOwnerStep returns [EObject current=null] : (otherlv_0= 'set' otherlv_1= 'owner' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) otherlv_5= 'to' ( (lv_owner_6_0= RULE_INT ) ) this_InTarget_7= ruleInTarget[$current] ) ;
    public final EObject ruleSetOwnerStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_owner_6_0=null;
        AntlrDatatypeRuleToken lv_address_2_0 = null;

        AntlrDatatypeRuleToken lv_size_4_0 = null;

        EObject this_InTarget_7 = null;



        	enterRule();

        try {
            // InternalPtl.g:7000:2: ( (otherlv_0= 'set' otherlv_1= 'owner' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) otherlv_5= 'to' ( (lv_owner_6_0= RULE_INT ) ) this_InTarget_7= ruleInTarget[$current] ) )
            // InternalPtl.g:7001:2: (otherlv_0= 'set' otherlv_1= 'owner' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) otherlv_5= 'to' ( (lv_owner_6_0= RULE_INT ) ) this_InTarget_7= ruleInTarget[$current] )
            {
            // InternalPtl.g:7001:2: (otherlv_0= 'set' otherlv_1= 'owner' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) otherlv_5= 'to' ( (lv_owner_6_0= RULE_INT ) ) this_InTarget_7= ruleInTarget[$current] )
            // InternalPtl.g:7002:3: otherlv_0= 'set' otherlv_1= 'owner' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) otherlv_5= 'to' ( (lv_owner_6_0= RULE_INT ) ) this_InTarget_7= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,120,FOLLOW_146); 

            			newLeafNode(otherlv_0, grammarAccess.getSetOwnerStepAccess().getSetKeyword_0());
            		
            otherlv_1=(Token)match(input,83,FOLLOW_35); 

            			newLeafNode(otherlv_1, grammarAccess.getSetOwnerStepAccess().getOwnerKeyword_1());
            		
            // InternalPtl.g:7010:3: ( (lv_address_2_0= ruleNumber ) )
            // InternalPtl.g:7011:4: (lv_address_2_0= ruleNumber )
            {
            // InternalPtl.g:7011:4: (lv_address_2_0= ruleNumber )
            // InternalPtl.g:7012:5: lv_address_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getSetOwnerStepAccess().getAddressNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_2_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSetOwnerStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_2_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_3, grammarAccess.getSetOwnerStepAccess().getSizeKeyword_3());
            		
            // InternalPtl.g:7033:3: ( (lv_size_4_0= ruleByteSize ) )
            // InternalPtl.g:7034:4: (lv_size_4_0= ruleByteSize )
            {
            // InternalPtl.g:7034:4: (lv_size_4_0= ruleByteSize )
            // InternalPtl.g:7035:5: lv_size_4_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getSetOwnerStepAccess().getSizeByteSizeParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_141);
            lv_size_4_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSetOwnerStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_4_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,112,FOLLOW_13); 

            			newLeafNode(otherlv_5, grammarAccess.getSetOwnerStepAccess().getToKeyword_5());
            		
            // InternalPtl.g:7056:3: ( (lv_owner_6_0= RULE_INT ) )
            // InternalPtl.g:7057:4: (lv_owner_6_0= RULE_INT )
            {
            // InternalPtl.g:7057:4: (lv_owner_6_0= RULE_INT )
            // InternalPtl.g:7058:5: lv_owner_6_0= RULE_INT
            {
            lv_owner_6_0=(Token)match(input,RULE_INT,FOLLOW_81); 

            					newLeafNode(lv_owner_6_0, grammarAccess.getSetOwnerStepAccess().getOwnerINTTerminalRuleCall_6_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSetOwnerStepRule());
            					}
            					setWithLastConsumed(
            						current,
            						"owner",
            						lv_owner_6_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getSetOwnerStepRule());
            			}
            			newCompositeNode(grammarAccess.getSetOwnerStepAccess().getInTargetParserRuleCall_7());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_7=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_7;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleSetOwnerStep"


    // $ANTLR start "entryRuleTranslateStep"
    // InternalPtl.g:7089:1: entryRuleTranslateStep returns [EObject current=null] : iv_ruleTranslateStep= ruleTranslateStep EOF ;
    public final EObject entryRuleTranslateStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslateStep = null;


        try {
            // InternalPtl.g:7089:54: (iv_ruleTranslateStep= ruleTranslateStep EOF )
            // InternalPtl.g:7090:2: iv_ruleTranslateStep= ruleTranslateStep EOF
            {
             newCompositeNode(grammarAccess.getTranslateStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTranslateStep=ruleTranslateStep();

            state._fsp--;

             current =iv_ruleTranslateStep; 
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
    // $ANTLR end "entryRuleTranslateStep"


    // $ANTLR start "ruleTranslateStep"
    // InternalPtl.g:7096:1: ruleTranslateStep returns [EObject current=null] : (otherlv_0= 'translate' ( (lv_address_1_0= ruleNumber ) ) ( (lv_access_2_0= ruleAccessKind ) )? this_InTarget_3= ruleInTarget[$current] ) ;
    public final EObject ruleTranslateStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        Enumerator lv_access_2_0 = null;

        EObject this_InTarget_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:7102:2: ( (otherlv_0= 'translate' ( (lv_address_1_0= ruleNumber ) ) ( (lv_access_2_0= ruleAccessKind ) )? this_InTarget_3= ruleInTarget[$current] ) )
            // InternalPtl.g:7103:2: (otherlv_0= 'translate' ( (lv_address_1_0= ruleNumber ) ) ( (lv_access_2_0= ruleAccessKind ) )? this_InTarget_3= ruleInTarget[$current] )
            {
            // InternalPtl.g:7103:2: (otherlv_0= 'translate' ( (lv_address_1_0= ruleNumber ) ) ( (lv_access_2_0= ruleAccessKind ) )? this_InTarget_3= ruleInTarget[$current] )
            // InternalPtl.g:7104:3: otherlv_0= 'translate' ( (lv_address_1_0= ruleNumber ) ) ( (lv_access_2_0= ruleAccessKind ) )? this_InTarget_3= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,121,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getTranslateStepAccess().getTranslateKeyword_0());
            		
            // InternalPtl.g:7108:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:7109:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:7109:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:7110:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getTranslateStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_147);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTranslateStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:7127:3: ( (lv_access_2_0= ruleAccessKind ) )?
            int alt137=2;
            int LA137_0 = input.LA(1);

            if ( ((LA137_0>=177 && LA137_0<=179)) ) {
                alt137=1;
            }
            switch (alt137) {
                case 1 :
                    // InternalPtl.g:7128:4: (lv_access_2_0= ruleAccessKind )
                    {
                    // InternalPtl.g:7128:4: (lv_access_2_0= ruleAccessKind )
                    // InternalPtl.g:7129:5: lv_access_2_0= ruleAccessKind
                    {

                    					newCompositeNode(grammarAccess.getTranslateStepAccess().getAccessAccessKindEnumRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_81);
                    lv_access_2_0=ruleAccessKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getTranslateStepRule());
                    					}
                    					set(
                    						current,
                    						"access",
                    						lv_access_2_0,
                    						"org.ptl.lang.Ptl.AccessKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getTranslateStepRule());
            			}
            			newCompositeNode(grammarAccess.getTranslateStepAccess().getInTargetParserRuleCall_3());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_3=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_3;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleTranslateStep"


    // $ANTLR start "entryRuleWalkStep"
    // InternalPtl.g:7161:1: entryRuleWalkStep returns [EObject current=null] : iv_ruleWalkStep= ruleWalkStep EOF ;
    public final EObject entryRuleWalkStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleWalkStep = null;


        try {
            // InternalPtl.g:7161:49: (iv_ruleWalkStep= ruleWalkStep EOF )
            // InternalPtl.g:7162:2: iv_ruleWalkStep= ruleWalkStep EOF
            {
             newCompositeNode(grammarAccess.getWalkStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWalkStep=ruleWalkStep();

            state._fsp--;

             current =iv_ruleWalkStep; 
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
    // $ANTLR end "entryRuleWalkStep"


    // $ANTLR start "ruleWalkStep"
    // InternalPtl.g:7168:1: ruleWalkStep returns [EObject current=null] : (otherlv_0= 'walk' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'visiting' ( (lv_visits_5_0= RULE_ID ) ) (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )* (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )? this_InTarget_16= ruleInTarget[$current] ) ;
    public final EObject ruleWalkStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_visits_5_0=null;
        Token otherlv_6=null;
        Token lv_visits_7_0=null;
        Token otherlv_8=null;
        Token lv_walkFlags_9_0=null;
        Token otherlv_10=null;
        Token lv_walkFlags_11_0=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        AntlrDatatypeRuleToken lv_address_1_0 = null;

        AntlrDatatypeRuleToken lv_size_3_0 = null;

        EObject lv_outcomes_13_0 = null;

        EObject lv_outcomes_15_0 = null;

        EObject this_InTarget_16 = null;



        	enterRule();

        try {
            // InternalPtl.g:7174:2: ( (otherlv_0= 'walk' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'visiting' ( (lv_visits_5_0= RULE_ID ) ) (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )* (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )? this_InTarget_16= ruleInTarget[$current] ) )
            // InternalPtl.g:7175:2: (otherlv_0= 'walk' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'visiting' ( (lv_visits_5_0= RULE_ID ) ) (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )* (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )? this_InTarget_16= ruleInTarget[$current] )
            {
            // InternalPtl.g:7175:2: (otherlv_0= 'walk' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'visiting' ( (lv_visits_5_0= RULE_ID ) ) (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )* (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )? this_InTarget_16= ruleInTarget[$current] )
            // InternalPtl.g:7176:3: otherlv_0= 'walk' ( (lv_address_1_0= ruleNumber ) ) otherlv_2= 'size' ( (lv_size_3_0= ruleByteSize ) ) otherlv_4= 'visiting' ( (lv_visits_5_0= RULE_ID ) ) (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )* (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )? (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )? this_InTarget_16= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,122,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getWalkStepAccess().getWalkKeyword_0());
            		
            // InternalPtl.g:7180:3: ( (lv_address_1_0= ruleNumber ) )
            // InternalPtl.g:7181:4: (lv_address_1_0= ruleNumber )
            {
            // InternalPtl.g:7181:4: (lv_address_1_0= ruleNumber )
            // InternalPtl.g:7182:5: lv_address_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getWalkStepAccess().getAddressNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWalkStepRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_1_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_2, grammarAccess.getWalkStepAccess().getSizeKeyword_2());
            		
            // InternalPtl.g:7203:3: ( (lv_size_3_0= ruleByteSize ) )
            // InternalPtl.g:7204:4: (lv_size_3_0= ruleByteSize )
            {
            // InternalPtl.g:7204:4: (lv_size_3_0= ruleByteSize )
            // InternalPtl.g:7205:5: lv_size_3_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getWalkStepAccess().getSizeByteSizeParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_148);
            lv_size_3_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWalkStepRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_3_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,123,FOLLOW_100); 

            			newLeafNode(otherlv_4, grammarAccess.getWalkStepAccess().getVisitingKeyword_4());
            		
            // InternalPtl.g:7226:3: ( (lv_visits_5_0= RULE_ID ) )
            // InternalPtl.g:7227:4: (lv_visits_5_0= RULE_ID )
            {
            // InternalPtl.g:7227:4: (lv_visits_5_0= RULE_ID )
            // InternalPtl.g:7228:5: lv_visits_5_0= RULE_ID
            {
            lv_visits_5_0=(Token)match(input,RULE_ID,FOLLOW_149); 

            					newLeafNode(lv_visits_5_0, grammarAccess.getWalkStepAccess().getVisitsIDTerminalRuleCall_5_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getWalkStepRule());
            					}
            					addWithLastConsumed(
            						current,
            						"visits",
            						lv_visits_5_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalPtl.g:7244:3: (otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) ) )*
            loop138:
            do {
                int alt138=2;
                int LA138_0 = input.LA(1);

                if ( (LA138_0==30) ) {
                    alt138=1;
                }


                switch (alt138) {
            	case 1 :
            	    // InternalPtl.g:7245:4: otherlv_6= ',' ( (lv_visits_7_0= RULE_ID ) )
            	    {
            	    otherlv_6=(Token)match(input,30,FOLLOW_100); 

            	    				newLeafNode(otherlv_6, grammarAccess.getWalkStepAccess().getCommaKeyword_6_0());
            	    			
            	    // InternalPtl.g:7249:4: ( (lv_visits_7_0= RULE_ID ) )
            	    // InternalPtl.g:7250:5: (lv_visits_7_0= RULE_ID )
            	    {
            	    // InternalPtl.g:7250:5: (lv_visits_7_0= RULE_ID )
            	    // InternalPtl.g:7251:6: lv_visits_7_0= RULE_ID
            	    {
            	    lv_visits_7_0=(Token)match(input,RULE_ID,FOLLOW_149); 

            	    						newLeafNode(lv_visits_7_0, grammarAccess.getWalkStepAccess().getVisitsIDTerminalRuleCall_6_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getWalkStepRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"visits",
            	    							lv_visits_7_0,
            	    							"org.eclipse.xtext.common.Terminals.ID");
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop138;
                }
            } while (true);

            // InternalPtl.g:7268:3: (otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )* )?
            int alt140=2;
            int LA140_0 = input.LA(1);

            if ( (LA140_0==93) ) {
                int LA140_1 = input.LA(2);

                if ( (LA140_1==RULE_ID) ) {
                    int LA140_3 = input.LA(3);

                    if ( (LA140_3==EOF||LA140_3==RULE_ID||LA140_3==15||(LA140_3>=18 && LA140_3<=22)||(LA140_3>=24 && LA140_3<=28)||LA140_3==30||LA140_3==33||LA140_3==35||LA140_3==45||LA140_3==49||(LA140_3>=52 && LA140_3<=53)||LA140_3==57||LA140_3==59||LA140_3==67||LA140_3==75||LA140_3==78||(LA140_3>=80 && LA140_3<=84)||LA140_3==87||(LA140_3>=92 && LA140_3<=94)||LA140_3==97||(LA140_3>=100 && LA140_3<=103)||LA140_3==105||LA140_3==108||(LA140_3>=110 && LA140_3<=111)||(LA140_3>=113 && LA140_3<=122)||(LA140_3>=124 && LA140_3<=132)||(LA140_3>=135 && LA140_3<=147)) ) {
                        alt140=1;
                    }
                    else if ( (LA140_3==109) ) {
                        int LA140_5 = input.LA(4);

                        if ( (LA140_5==RULE_ID||LA140_5==15||(LA140_5>=18 && LA140_5<=22)||(LA140_5>=24 && LA140_5<=28)||LA140_5==35||LA140_5==39||LA140_5==45||LA140_5==49||(LA140_5>=52 && LA140_5<=53)||LA140_5==57||LA140_5==59||LA140_5==75||LA140_5==78||(LA140_5>=80 && LA140_5<=84)||LA140_5==87||(LA140_5>=92 && LA140_5<=94)||LA140_5==97||(LA140_5>=100 && LA140_5<=103)||LA140_5==105||(LA140_5>=108 && LA140_5<=111)||(LA140_5>=113 && LA140_5<=119)||(LA140_5>=121 && LA140_5<=122)||(LA140_5>=125 && LA140_5<=127)||(LA140_5>=129 && LA140_5<=132)||(LA140_5>=135 && LA140_5<=147)) ) {
                            alt140=1;
                        }
                    }
                }
            }
            switch (alt140) {
                case 1 :
                    // InternalPtl.g:7269:4: otherlv_8= 'flags' ( (lv_walkFlags_9_0= RULE_ID ) ) (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )*
                    {
                    otherlv_8=(Token)match(input,93,FOLLOW_100); 

                    				newLeafNode(otherlv_8, grammarAccess.getWalkStepAccess().getFlagsKeyword_7_0());
                    			
                    // InternalPtl.g:7273:4: ( (lv_walkFlags_9_0= RULE_ID ) )
                    // InternalPtl.g:7274:5: (lv_walkFlags_9_0= RULE_ID )
                    {
                    // InternalPtl.g:7274:5: (lv_walkFlags_9_0= RULE_ID )
                    // InternalPtl.g:7275:6: lv_walkFlags_9_0= RULE_ID
                    {
                    lv_walkFlags_9_0=(Token)match(input,RULE_ID,FOLLOW_150); 

                    						newLeafNode(lv_walkFlags_9_0, grammarAccess.getWalkStepAccess().getWalkFlagsIDTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getWalkStepRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"walkFlags",
                    							lv_walkFlags_9_0,
                    							"org.eclipse.xtext.common.Terminals.ID");
                    					

                    }


                    }

                    // InternalPtl.g:7291:4: (otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) ) )*
                    loop139:
                    do {
                        int alt139=2;
                        int LA139_0 = input.LA(1);

                        if ( (LA139_0==30) ) {
                            alt139=1;
                        }


                        switch (alt139) {
                    	case 1 :
                    	    // InternalPtl.g:7292:5: otherlv_10= ',' ( (lv_walkFlags_11_0= RULE_ID ) )
                    	    {
                    	    otherlv_10=(Token)match(input,30,FOLLOW_100); 

                    	    					newLeafNode(otherlv_10, grammarAccess.getWalkStepAccess().getCommaKeyword_7_2_0());
                    	    				
                    	    // InternalPtl.g:7296:5: ( (lv_walkFlags_11_0= RULE_ID ) )
                    	    // InternalPtl.g:7297:6: (lv_walkFlags_11_0= RULE_ID )
                    	    {
                    	    // InternalPtl.g:7297:6: (lv_walkFlags_11_0= RULE_ID )
                    	    // InternalPtl.g:7298:7: lv_walkFlags_11_0= RULE_ID
                    	    {
                    	    lv_walkFlags_11_0=(Token)match(input,RULE_ID,FOLLOW_150); 

                    	    							newLeafNode(lv_walkFlags_11_0, grammarAccess.getWalkStepAccess().getWalkFlagsIDTerminalRuleCall_7_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getWalkStepRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"walkFlags",
                    	    								lv_walkFlags_11_0,
                    	    								"org.eclipse.xtext.common.Terminals.ID");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop139;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalPtl.g:7316:3: (otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )* )?
            int alt142=2;
            int LA142_0 = input.LA(1);

            if ( (LA142_0==124) ) {
                alt142=1;
            }
            switch (alt142) {
                case 1 :
                    // InternalPtl.g:7317:4: otherlv_12= 'returning' ( (lv_outcomes_13_0= ruleVisitorOutcome ) ) (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )*
                    {
                    otherlv_12=(Token)match(input,124,FOLLOW_115); 

                    				newLeafNode(otherlv_12, grammarAccess.getWalkStepAccess().getReturningKeyword_8_0());
                    			
                    // InternalPtl.g:7321:4: ( (lv_outcomes_13_0= ruleVisitorOutcome ) )
                    // InternalPtl.g:7322:5: (lv_outcomes_13_0= ruleVisitorOutcome )
                    {
                    // InternalPtl.g:7322:5: (lv_outcomes_13_0= ruleVisitorOutcome )
                    // InternalPtl.g:7323:6: lv_outcomes_13_0= ruleVisitorOutcome
                    {

                    						newCompositeNode(grammarAccess.getWalkStepAccess().getOutcomesVisitorOutcomeParserRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_74);
                    lv_outcomes_13_0=ruleVisitorOutcome();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getWalkStepRule());
                    						}
                    						add(
                    							current,
                    							"outcomes",
                    							lv_outcomes_13_0,
                    							"org.ptl.lang.Ptl.VisitorOutcome");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:7340:4: (otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) ) )*
                    loop141:
                    do {
                        int alt141=2;
                        int LA141_0 = input.LA(1);

                        if ( (LA141_0==30) ) {
                            alt141=1;
                        }


                        switch (alt141) {
                    	case 1 :
                    	    // InternalPtl.g:7341:5: otherlv_14= ',' ( (lv_outcomes_15_0= ruleVisitorOutcome ) )
                    	    {
                    	    otherlv_14=(Token)match(input,30,FOLLOW_115); 

                    	    					newLeafNode(otherlv_14, grammarAccess.getWalkStepAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalPtl.g:7345:5: ( (lv_outcomes_15_0= ruleVisitorOutcome ) )
                    	    // InternalPtl.g:7346:6: (lv_outcomes_15_0= ruleVisitorOutcome )
                    	    {
                    	    // InternalPtl.g:7346:6: (lv_outcomes_15_0= ruleVisitorOutcome )
                    	    // InternalPtl.g:7347:7: lv_outcomes_15_0= ruleVisitorOutcome
                    	    {

                    	    							newCompositeNode(grammarAccess.getWalkStepAccess().getOutcomesVisitorOutcomeParserRuleCall_8_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_74);
                    	    lv_outcomes_15_0=ruleVisitorOutcome();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getWalkStepRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"outcomes",
                    	    								lv_outcomes_15_0,
                    	    								"org.ptl.lang.Ptl.VisitorOutcome");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop141;
                        }
                    } while (true);


                    }
                    break;

            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getWalkStepRule());
            			}
            			newCompositeNode(grammarAccess.getWalkStepAccess().getInTargetParserRuleCall_9());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_16=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_16;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleWalkStep"


    // $ANTLR start "entryRuleVisitorOutcome"
    // InternalPtl.g:7381:1: entryRuleVisitorOutcome returns [EObject current=null] : iv_ruleVisitorOutcome= ruleVisitorOutcome EOF ;
    public final EObject entryRuleVisitorOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVisitorOutcome = null;


        try {
            // InternalPtl.g:7381:55: (iv_ruleVisitorOutcome= ruleVisitorOutcome EOF )
            // InternalPtl.g:7382:2: iv_ruleVisitorOutcome= ruleVisitorOutcome EOF
            {
             newCompositeNode(grammarAccess.getVisitorOutcomeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVisitorOutcome=ruleVisitorOutcome();

            state._fsp--;

             current =iv_ruleVisitorOutcome; 
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
    // $ANTLR end "entryRuleVisitorOutcome"


    // $ANTLR start "ruleVisitorOutcome"
    // InternalPtl.g:7388:1: ruleVisitorOutcome returns [EObject current=null] : ( ( (lv_outcome_0_0= ruleOutcomePattern ) ) ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) ) ) ;
    public final EObject ruleVisitorOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_times_3_0=null;
        Token otherlv_4=null;
        Token lv_otherwise_5_0=null;
        EObject lv_outcome_0_0 = null;

        AntlrDatatypeRuleToken lv_address_2_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:7394:2: ( ( ( (lv_outcome_0_0= ruleOutcomePattern ) ) ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) ) ) )
            // InternalPtl.g:7395:2: ( ( (lv_outcome_0_0= ruleOutcomePattern ) ) ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) ) )
            {
            // InternalPtl.g:7395:2: ( ( (lv_outcome_0_0= ruleOutcomePattern ) ) ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) ) )
            // InternalPtl.g:7396:3: ( (lv_outcome_0_0= ruleOutcomePattern ) ) ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) )
            {
            // InternalPtl.g:7396:3: ( (lv_outcome_0_0= ruleOutcomePattern ) )
            // InternalPtl.g:7397:4: (lv_outcome_0_0= ruleOutcomePattern )
            {
            // InternalPtl.g:7397:4: (lv_outcome_0_0= ruleOutcomePattern )
            // InternalPtl.g:7398:5: lv_outcome_0_0= ruleOutcomePattern
            {

            					newCompositeNode(grammarAccess.getVisitorOutcomeAccess().getOutcomeOutcomePatternParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_151);
            lv_outcome_0_0=ruleOutcomePattern();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getVisitorOutcomeRule());
            					}
            					set(
            						current,
            						"outcome",
            						lv_outcome_0_0,
            						"org.ptl.lang.Ptl.OutcomePattern");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:7415:3: ( (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? ) | ( (lv_otherwise_5_0= 'otherwise' ) ) )
            int alt144=2;
            int LA144_0 = input.LA(1);

            if ( (LA144_0==29) ) {
                alt144=1;
            }
            else if ( (LA144_0==96) ) {
                alt144=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 144, 0, input);

                throw nvae;
            }
            switch (alt144) {
                case 1 :
                    // InternalPtl.g:7416:4: (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? )
                    {
                    // InternalPtl.g:7416:4: (otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )? )
                    // InternalPtl.g:7417:5: otherlv_1= 'at' ( (lv_address_2_0= ruleNumber ) ) ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )?
                    {
                    otherlv_1=(Token)match(input,29,FOLLOW_35); 

                    					newLeafNode(otherlv_1, grammarAccess.getVisitorOutcomeAccess().getAtKeyword_1_0_0());
                    				
                    // InternalPtl.g:7421:5: ( (lv_address_2_0= ruleNumber ) )
                    // InternalPtl.g:7422:6: (lv_address_2_0= ruleNumber )
                    {
                    // InternalPtl.g:7422:6: (lv_address_2_0= ruleNumber )
                    // InternalPtl.g:7423:7: lv_address_2_0= ruleNumber
                    {

                    							newCompositeNode(grammarAccess.getVisitorOutcomeAccess().getAddressNumberParserRuleCall_1_0_1_0());
                    						
                    pushFollow(FOLLOW_152);
                    lv_address_2_0=ruleNumber();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getVisitorOutcomeRule());
                    							}
                    							set(
                    								current,
                    								"address",
                    								lv_address_2_0,
                    								"org.ptl.lang.Ptl.Number");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalPtl.g:7440:5: ( ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times' )?
                    int alt143=2;
                    int LA143_0 = input.LA(1);

                    if ( (LA143_0==RULE_INT) ) {
                        alt143=1;
                    }
                    switch (alt143) {
                        case 1 :
                            // InternalPtl.g:7441:6: ( (lv_times_3_0= RULE_INT ) ) otherlv_4= 'times'
                            {
                            // InternalPtl.g:7441:6: ( (lv_times_3_0= RULE_INT ) )
                            // InternalPtl.g:7442:7: (lv_times_3_0= RULE_INT )
                            {
                            // InternalPtl.g:7442:7: (lv_times_3_0= RULE_INT )
                            // InternalPtl.g:7443:8: lv_times_3_0= RULE_INT
                            {
                            lv_times_3_0=(Token)match(input,RULE_INT,FOLLOW_153); 

                            								newLeafNode(lv_times_3_0, grammarAccess.getVisitorOutcomeAccess().getTimesINTTerminalRuleCall_1_0_2_0_0());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getVisitorOutcomeRule());
                            								}
                            								setWithLastConsumed(
                            									current,
                            									"times",
                            									lv_times_3_0,
                            									"org.eclipse.xtext.common.Terminals.INT");
                            							

                            }


                            }

                            otherlv_4=(Token)match(input,125,FOLLOW_2); 

                            						newLeafNode(otherlv_4, grammarAccess.getVisitorOutcomeAccess().getTimesKeyword_1_0_2_1());
                            					

                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:7466:4: ( (lv_otherwise_5_0= 'otherwise' ) )
                    {
                    // InternalPtl.g:7466:4: ( (lv_otherwise_5_0= 'otherwise' ) )
                    // InternalPtl.g:7467:5: (lv_otherwise_5_0= 'otherwise' )
                    {
                    // InternalPtl.g:7467:5: (lv_otherwise_5_0= 'otherwise' )
                    // InternalPtl.g:7468:6: lv_otherwise_5_0= 'otherwise'
                    {
                    lv_otherwise_5_0=(Token)match(input,96,FOLLOW_2); 

                    						newLeafNode(lv_otherwise_5_0, grammarAccess.getVisitorOutcomeAccess().getOtherwiseOtherwiseKeyword_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getVisitorOutcomeRule());
                    						}
                    						setWithLastConsumed(current, "otherwise", lv_otherwise_5_0 != null, "otherwise");
                    					

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
    // $ANTLR end "ruleVisitorOutcome"


    // $ANTLR start "entryRuleMemcacheStep"
    // InternalPtl.g:7485:1: entryRuleMemcacheStep returns [EObject current=null] : iv_ruleMemcacheStep= ruleMemcacheStep EOF ;
    public final EObject entryRuleMemcacheStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMemcacheStep = null;


        try {
            // InternalPtl.g:7485:53: (iv_ruleMemcacheStep= ruleMemcacheStep EOF )
            // InternalPtl.g:7486:2: iv_ruleMemcacheStep= ruleMemcacheStep EOF
            {
             newCompositeNode(grammarAccess.getMemcacheStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMemcacheStep=ruleMemcacheStep();

            state._fsp--;

             current =iv_ruleMemcacheStep; 
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
    // $ANTLR end "entryRuleMemcacheStep"


    // $ANTLR start "ruleMemcacheStep"
    // InternalPtl.g:7492:1: ruleMemcacheStep returns [EObject current=null] : (otherlv_0= 'memcache' ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) ) ) ;
    public final EObject ruleMemcacheStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_pages_1_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_pages_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:7498:2: ( (otherlv_0= 'memcache' ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) ) ) )
            // InternalPtl.g:7499:2: (otherlv_0= 'memcache' ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) ) )
            {
            // InternalPtl.g:7499:2: (otherlv_0= 'memcache' ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) ) )
            // InternalPtl.g:7500:3: otherlv_0= 'memcache' ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) )
            {
            otherlv_0=(Token)match(input,126,FOLLOW_154); 

            			newLeafNode(otherlv_0, grammarAccess.getMemcacheStepAccess().getMemcacheKeyword_0());
            		
            // InternalPtl.g:7504:3: ( ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' ) | ( (lv_pages_3_0= ruleNoPages ) ) )
            int alt145=2;
            int LA145_0 = input.LA(1);

            if ( (LA145_0==RULE_INT) ) {
                alt145=1;
            }
            else if ( (LA145_0==127) ) {
                alt145=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 145, 0, input);

                throw nvae;
            }
            switch (alt145) {
                case 1 :
                    // InternalPtl.g:7505:4: ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' )
                    {
                    // InternalPtl.g:7505:4: ( ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages' )
                    // InternalPtl.g:7506:5: ( (lv_pages_1_0= RULE_INT ) ) otherlv_2= 'pages'
                    {
                    // InternalPtl.g:7506:5: ( (lv_pages_1_0= RULE_INT ) )
                    // InternalPtl.g:7507:6: (lv_pages_1_0= RULE_INT )
                    {
                    // InternalPtl.g:7507:6: (lv_pages_1_0= RULE_INT )
                    // InternalPtl.g:7508:7: lv_pages_1_0= RULE_INT
                    {
                    lv_pages_1_0=(Token)match(input,RULE_INT,FOLLOW_20); 

                    							newLeafNode(lv_pages_1_0, grammarAccess.getMemcacheStepAccess().getPagesINTTerminalRuleCall_1_0_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getMemcacheStepRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"pages",
                    								lv_pages_1_0,
                    								"org.eclipse.xtext.common.Terminals.INT");
                    						

                    }


                    }

                    otherlv_2=(Token)match(input,25,FOLLOW_2); 

                    					newLeafNode(otherlv_2, grammarAccess.getMemcacheStepAccess().getPagesKeyword_1_0_1());
                    				

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:7530:4: ( (lv_pages_3_0= ruleNoPages ) )
                    {
                    // InternalPtl.g:7530:4: ( (lv_pages_3_0= ruleNoPages ) )
                    // InternalPtl.g:7531:5: (lv_pages_3_0= ruleNoPages )
                    {
                    // InternalPtl.g:7531:5: (lv_pages_3_0= ruleNoPages )
                    // InternalPtl.g:7532:6: lv_pages_3_0= ruleNoPages
                    {

                    						newCompositeNode(grammarAccess.getMemcacheStepAccess().getPagesNoPagesParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_pages_3_0=ruleNoPages();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getMemcacheStepRule());
                    						}
                    						set(
                    							current,
                    							"pages",
                    							lv_pages_3_0,
                    							"org.ptl.lang.Ptl.NoPages");
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
    // $ANTLR end "ruleMemcacheStep"


    // $ANTLR start "entryRuleNoPages"
    // InternalPtl.g:7554:1: entryRuleNoPages returns [String current=null] : iv_ruleNoPages= ruleNoPages EOF ;
    public final String entryRuleNoPages() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNoPages = null;


        try {
            // InternalPtl.g:7554:47: (iv_ruleNoPages= ruleNoPages EOF )
            // InternalPtl.g:7555:2: iv_ruleNoPages= ruleNoPages EOF
            {
             newCompositeNode(grammarAccess.getNoPagesRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNoPages=ruleNoPages();

            state._fsp--;

             current =iv_ruleNoPages.getText(); 
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
    // $ANTLR end "entryRuleNoPages"


    // $ANTLR start "ruleNoPages"
    // InternalPtl.g:7561:1: ruleNoPages returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : kw= 'none' ;
    public final AntlrDatatypeRuleToken ruleNoPages() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalPtl.g:7567:2: (kw= 'none' )
            // InternalPtl.g:7568:2: kw= 'none'
            {
            kw=(Token)match(input,127,FOLLOW_2); 

            		current.merge(kw);
            		newLeafNode(kw, grammarAccess.getNoPagesAccess().getNoneKeyword());
            	

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
    // $ANTLR end "ruleNoPages"


    // $ANTLR start "entryRuleTransitionStep"
    // InternalPtl.g:7576:1: entryRuleTransitionStep returns [EObject current=null] : iv_ruleTransitionStep= ruleTransitionStep EOF ;
    public final EObject entryRuleTransitionStep() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransitionStep = null;


        try {
            // InternalPtl.g:7576:55: (iv_ruleTransitionStep= ruleTransitionStep EOF )
            // InternalPtl.g:7577:2: iv_ruleTransitionStep= ruleTransitionStep EOF
            {
             newCompositeNode(grammarAccess.getTransitionStepRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTransitionStep=ruleTransitionStep();

            state._fsp--;

             current =iv_ruleTransitionStep; 
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
    // $ANTLR end "entryRuleTransitionStep"


    // $ANTLR start "ruleTransitionStep"
    // InternalPtl.g:7583:1: ruleTransitionStep returns [EObject current=null] : ( ( ( ruleValidID ) ) (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )? ( ( ruleValidID ) ) otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )? ) ;
    public final EObject ruleTransitionStep() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_initiatorIndex_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_page_6_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_completerIndex_10_0=null;
        Token otherlv_11=null;


        	enterRule();

        try {
            // InternalPtl.g:7589:2: ( ( ( ( ruleValidID ) ) (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )? ( ( ruleValidID ) ) otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )? ) )
            // InternalPtl.g:7590:2: ( ( ( ruleValidID ) ) (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )? ( ( ruleValidID ) ) otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )? )
            {
            // InternalPtl.g:7590:2: ( ( ( ruleValidID ) ) (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )? ( ( ruleValidID ) ) otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )? )
            // InternalPtl.g:7591:3: ( ( ruleValidID ) ) (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )? ( ( ruleValidID ) ) otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )?
            {
            // InternalPtl.g:7591:3: ( ( ruleValidID ) )
            // InternalPtl.g:7592:4: ( ruleValidID )
            {
            // InternalPtl.g:7592:4: ( ruleValidID )
            // InternalPtl.g:7593:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionStepRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTransitionStepAccess().getInitiatorComponentCrossReference_0_0());
            				
            pushFollow(FOLLOW_155);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:7607:3: (otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']' )?
            int alt146=2;
            int LA146_0 = input.LA(1);

            if ( (LA146_0==39) ) {
                alt146=1;
            }
            switch (alt146) {
                case 1 :
                    // InternalPtl.g:7608:4: otherlv_1= '[' ( (lv_initiatorIndex_2_0= RULE_INT ) ) otherlv_3= ']'
                    {
                    otherlv_1=(Token)match(input,39,FOLLOW_13); 

                    				newLeafNode(otherlv_1, grammarAccess.getTransitionStepAccess().getLeftSquareBracketKeyword_1_0());
                    			
                    // InternalPtl.g:7612:4: ( (lv_initiatorIndex_2_0= RULE_INT ) )
                    // InternalPtl.g:7613:5: (lv_initiatorIndex_2_0= RULE_INT )
                    {
                    // InternalPtl.g:7613:5: (lv_initiatorIndex_2_0= RULE_INT )
                    // InternalPtl.g:7614:6: lv_initiatorIndex_2_0= RULE_INT
                    {
                    lv_initiatorIndex_2_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                    						newLeafNode(lv_initiatorIndex_2_0, grammarAccess.getTransitionStepAccess().getInitiatorIndexINTTerminalRuleCall_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTransitionStepRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"initiatorIndex",
                    							lv_initiatorIndex_2_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_3=(Token)match(input,41,FOLLOW_7); 

                    				newLeafNode(otherlv_3, grammarAccess.getTransitionStepAccess().getRightSquareBracketKeyword_1_2());
                    			

                    }
                    break;

            }

            // InternalPtl.g:7635:3: ( ( ruleValidID ) )
            // InternalPtl.g:7636:4: ( ruleValidID )
            {
            // InternalPtl.g:7636:4: ( ruleValidID )
            // InternalPtl.g:7637:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionStepRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTransitionStepAccess().getTransitionTransitionCrossReference_2_0());
            				
            pushFollow(FOLLOW_156);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,109,FOLLOW_13); 

            			newLeafNode(otherlv_5, grammarAccess.getTransitionStepAccess().getPageKeyword_3());
            		
            // InternalPtl.g:7655:3: ( (lv_page_6_0= RULE_INT ) )
            // InternalPtl.g:7656:4: (lv_page_6_0= RULE_INT )
            {
            // InternalPtl.g:7656:4: (lv_page_6_0= RULE_INT )
            // InternalPtl.g:7657:5: lv_page_6_0= RULE_INT
            {
            lv_page_6_0=(Token)match(input,RULE_INT,FOLLOW_157); 

            					newLeafNode(lv_page_6_0, grammarAccess.getTransitionStepAccess().getPageINTTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTransitionStepRule());
            					}
            					setWithLastConsumed(
            						current,
            						"page",
            						lv_page_6_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalPtl.g:7673:3: (otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )? )?
            int alt148=2;
            int LA148_0 = input.LA(1);

            if ( (LA148_0==46) ) {
                alt148=1;
            }
            switch (alt148) {
                case 1 :
                    // InternalPtl.g:7674:4: otherlv_7= 'with' ( ( ruleValidID ) ) (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )?
                    {
                    otherlv_7=(Token)match(input,46,FOLLOW_7); 

                    				newLeafNode(otherlv_7, grammarAccess.getTransitionStepAccess().getWithKeyword_5_0());
                    			
                    // InternalPtl.g:7678:4: ( ( ruleValidID ) )
                    // InternalPtl.g:7679:5: ( ruleValidID )
                    {
                    // InternalPtl.g:7679:5: ( ruleValidID )
                    // InternalPtl.g:7680:6: ruleValidID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTransitionStepRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getTransitionStepAccess().getCompleterComponentCrossReference_5_1_0());
                    					
                    pushFollow(FOLLOW_139);
                    ruleValidID();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPtl.g:7694:4: (otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']' )?
                    int alt147=2;
                    int LA147_0 = input.LA(1);

                    if ( (LA147_0==39) ) {
                        alt147=1;
                    }
                    switch (alt147) {
                        case 1 :
                            // InternalPtl.g:7695:5: otherlv_9= '[' ( (lv_completerIndex_10_0= RULE_INT ) ) otherlv_11= ']'
                            {
                            otherlv_9=(Token)match(input,39,FOLLOW_13); 

                            					newLeafNode(otherlv_9, grammarAccess.getTransitionStepAccess().getLeftSquareBracketKeyword_5_2_0());
                            				
                            // InternalPtl.g:7699:5: ( (lv_completerIndex_10_0= RULE_INT ) )
                            // InternalPtl.g:7700:6: (lv_completerIndex_10_0= RULE_INT )
                            {
                            // InternalPtl.g:7700:6: (lv_completerIndex_10_0= RULE_INT )
                            // InternalPtl.g:7701:7: lv_completerIndex_10_0= RULE_INT
                            {
                            lv_completerIndex_10_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                            							newLeafNode(lv_completerIndex_10_0, grammarAccess.getTransitionStepAccess().getCompleterIndexINTTerminalRuleCall_5_2_1_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getTransitionStepRule());
                            							}
                            							setWithLastConsumed(
                            								current,
                            								"completerIndex",
                            								lv_completerIndex_10_0,
                            								"org.eclipse.xtext.common.Terminals.INT");
                            						

                            }


                            }

                            otherlv_11=(Token)match(input,41,FOLLOW_2); 

                            					newLeafNode(otherlv_11, grammarAccess.getTransitionStepAccess().getRightSquareBracketKeyword_5_2_2());
                            				

                            }
                            break;

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
    // $ANTLR end "ruleTransitionStep"


    // $ANTLR start "entryRuleExpectation"
    // InternalPtl.g:7727:1: entryRuleExpectation returns [EObject current=null] : iv_ruleExpectation= ruleExpectation EOF ;
    public final EObject entryRuleExpectation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectation = null;


        try {
            // InternalPtl.g:7727:52: (iv_ruleExpectation= ruleExpectation EOF )
            // InternalPtl.g:7728:2: iv_ruleExpectation= ruleExpectation EOF
            {
             newCompositeNode(grammarAccess.getExpectationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectation=ruleExpectation();

            state._fsp--;

             current =iv_ruleExpectation; 
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
    // $ANTLR end "entryRuleExpectation"


    // $ANTLR start "ruleExpectation"
    // InternalPtl.g:7734:1: ruleExpectation returns [EObject current=null] : (this_ExpectResult_0= ruleExpectResult | this_ExpectState_1= ruleExpectState | this_ExpectPte_2= ruleExpectPte | this_ExpectFault_3= ruleExpectFault | this_ExpectInvariants_4= ruleExpectInvariants | this_ExpectLeaves_5= ruleExpectLeaves | this_ExpectTables_6= ruleExpectTables | this_ExpectVisited_7= ruleExpectVisited | this_ExpectMemcache_8= ruleExpectMemcache ) ;
    public final EObject ruleExpectation() throws RecognitionException {
        EObject current = null;

        EObject this_ExpectResult_0 = null;

        EObject this_ExpectState_1 = null;

        EObject this_ExpectPte_2 = null;

        EObject this_ExpectFault_3 = null;

        EObject this_ExpectInvariants_4 = null;

        EObject this_ExpectLeaves_5 = null;

        EObject this_ExpectTables_6 = null;

        EObject this_ExpectVisited_7 = null;

        EObject this_ExpectMemcache_8 = null;



        	enterRule();

        try {
            // InternalPtl.g:7740:2: ( (this_ExpectResult_0= ruleExpectResult | this_ExpectState_1= ruleExpectState | this_ExpectPte_2= ruleExpectPte | this_ExpectFault_3= ruleExpectFault | this_ExpectInvariants_4= ruleExpectInvariants | this_ExpectLeaves_5= ruleExpectLeaves | this_ExpectTables_6= ruleExpectTables | this_ExpectVisited_7= ruleExpectVisited | this_ExpectMemcache_8= ruleExpectMemcache ) )
            // InternalPtl.g:7741:2: (this_ExpectResult_0= ruleExpectResult | this_ExpectState_1= ruleExpectState | this_ExpectPte_2= ruleExpectPte | this_ExpectFault_3= ruleExpectFault | this_ExpectInvariants_4= ruleExpectInvariants | this_ExpectLeaves_5= ruleExpectLeaves | this_ExpectTables_6= ruleExpectTables | this_ExpectVisited_7= ruleExpectVisited | this_ExpectMemcache_8= ruleExpectMemcache )
            {
            // InternalPtl.g:7741:2: (this_ExpectResult_0= ruleExpectResult | this_ExpectState_1= ruleExpectState | this_ExpectPte_2= ruleExpectPte | this_ExpectFault_3= ruleExpectFault | this_ExpectInvariants_4= ruleExpectInvariants | this_ExpectLeaves_5= ruleExpectLeaves | this_ExpectTables_6= ruleExpectTables | this_ExpectVisited_7= ruleExpectVisited | this_ExpectMemcache_8= ruleExpectMemcache )
            int alt149=9;
            alt149 = dfa149.predict(input);
            switch (alt149) {
                case 1 :
                    // InternalPtl.g:7742:3: this_ExpectResult_0= ruleExpectResult
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectResultParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectResult_0=ruleExpectResult();

                    state._fsp--;


                    			current = this_ExpectResult_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:7751:3: this_ExpectState_1= ruleExpectState
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectStateParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectState_1=ruleExpectState();

                    state._fsp--;


                    			current = this_ExpectState_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:7760:3: this_ExpectPte_2= ruleExpectPte
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectPteParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectPte_2=ruleExpectPte();

                    state._fsp--;


                    			current = this_ExpectPte_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:7769:3: this_ExpectFault_3= ruleExpectFault
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectFaultParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectFault_3=ruleExpectFault();

                    state._fsp--;


                    			current = this_ExpectFault_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalPtl.g:7778:3: this_ExpectInvariants_4= ruleExpectInvariants
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectInvariantsParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectInvariants_4=ruleExpectInvariants();

                    state._fsp--;


                    			current = this_ExpectInvariants_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalPtl.g:7787:3: this_ExpectLeaves_5= ruleExpectLeaves
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectLeavesParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectLeaves_5=ruleExpectLeaves();

                    state._fsp--;


                    			current = this_ExpectLeaves_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalPtl.g:7796:3: this_ExpectTables_6= ruleExpectTables
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectTablesParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectTables_6=ruleExpectTables();

                    state._fsp--;


                    			current = this_ExpectTables_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 8 :
                    // InternalPtl.g:7805:3: this_ExpectVisited_7= ruleExpectVisited
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectVisitedParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectVisited_7=ruleExpectVisited();

                    state._fsp--;


                    			current = this_ExpectVisited_7;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 9 :
                    // InternalPtl.g:7814:3: this_ExpectMemcache_8= ruleExpectMemcache
                    {

                    			newCompositeNode(grammarAccess.getExpectationAccess().getExpectMemcacheParserRuleCall_8());
                    		
                    pushFollow(FOLLOW_2);
                    this_ExpectMemcache_8=ruleExpectMemcache();

                    state._fsp--;


                    			current = this_ExpectMemcache_8;
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
    // $ANTLR end "ruleExpectation"


    // $ANTLR start "entryRuleExpectResult"
    // InternalPtl.g:7826:1: entryRuleExpectResult returns [EObject current=null] : iv_ruleExpectResult= ruleExpectResult EOF ;
    public final EObject entryRuleExpectResult() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectResult = null;


        try {
            // InternalPtl.g:7826:53: (iv_ruleExpectResult= ruleExpectResult EOF )
            // InternalPtl.g:7827:2: iv_ruleExpectResult= ruleExpectResult EOF
            {
             newCompositeNode(grammarAccess.getExpectResultRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectResult=ruleExpectResult();

            state._fsp--;

             current =iv_ruleExpectResult; 
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
    // $ANTLR end "entryRuleExpectResult"


    // $ANTLR start "ruleExpectResult"
    // InternalPtl.g:7833:1: ruleExpectResult returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'result' ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) ) ) ;
    public final EObject ruleExpectResult() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_errno_2_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:7839:2: ( (otherlv_0= 'expect' otherlv_1= 'result' ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) ) ) )
            // InternalPtl.g:7840:2: (otherlv_0= 'expect' otherlv_1= 'result' ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) ) )
            {
            // InternalPtl.g:7840:2: (otherlv_0= 'expect' otherlv_1= 'result' ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) ) )
            // InternalPtl.g:7841:3: otherlv_0= 'expect' otherlv_1= 'result' ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) )
            {
            otherlv_0=(Token)match(input,128,FOLLOW_158); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectResultAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,129,FOLLOW_159); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectResultAccess().getResultKeyword_1());
            		
            // InternalPtl.g:7849:3: ( ( (lv_errno_2_0= ruleErrno ) ) | ( (lv_value_3_0= ruleNumber ) ) | ( (otherlv_4= RULE_ID ) ) )
            int alt150=3;
            switch ( input.LA(1) ) {
            case 149:
                {
                alt150=1;
                }
                break;
            case RULE_INT:
            case RULE_HEX:
            case RULE_BIN:
                {
                alt150=2;
                }
                break;
            case RULE_ID:
                {
                alt150=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 150, 0, input);

                throw nvae;
            }

            switch (alt150) {
                case 1 :
                    // InternalPtl.g:7850:4: ( (lv_errno_2_0= ruleErrno ) )
                    {
                    // InternalPtl.g:7850:4: ( (lv_errno_2_0= ruleErrno ) )
                    // InternalPtl.g:7851:5: (lv_errno_2_0= ruleErrno )
                    {
                    // InternalPtl.g:7851:5: (lv_errno_2_0= ruleErrno )
                    // InternalPtl.g:7852:6: lv_errno_2_0= ruleErrno
                    {

                    						newCompositeNode(grammarAccess.getExpectResultAccess().getErrnoErrnoParserRuleCall_2_0_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_errno_2_0=ruleErrno();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getExpectResultRule());
                    						}
                    						set(
                    							current,
                    							"errno",
                    							lv_errno_2_0,
                    							"org.ptl.lang.Ptl.Errno");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:7870:4: ( (lv_value_3_0= ruleNumber ) )
                    {
                    // InternalPtl.g:7870:4: ( (lv_value_3_0= ruleNumber ) )
                    // InternalPtl.g:7871:5: (lv_value_3_0= ruleNumber )
                    {
                    // InternalPtl.g:7871:5: (lv_value_3_0= ruleNumber )
                    // InternalPtl.g:7872:6: lv_value_3_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getExpectResultAccess().getValueNumberParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_3_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getExpectResultRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_3_0,
                    							"org.ptl.lang.Ptl.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:7890:4: ( (otherlv_4= RULE_ID ) )
                    {
                    // InternalPtl.g:7890:4: ( (otherlv_4= RULE_ID ) )
                    // InternalPtl.g:7891:5: (otherlv_4= RULE_ID )
                    {
                    // InternalPtl.g:7891:5: (otherlv_4= RULE_ID )
                    // InternalPtl.g:7892:6: otherlv_4= RULE_ID
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getExpectResultRule());
                    						}
                    					
                    otherlv_4=(Token)match(input,RULE_ID,FOLLOW_2); 

                    						newLeafNode(otherlv_4, grammarAccess.getExpectResultAccess().getOutcomeNamedOutcomeCrossReference_2_2_0());
                    					

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
    // $ANTLR end "ruleExpectResult"


    // $ANTLR start "entryRuleExpectState"
    // InternalPtl.g:7908:1: entryRuleExpectState returns [EObject current=null] : iv_ruleExpectState= ruleExpectState EOF ;
    public final EObject entryRuleExpectState() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectState = null;


        try {
            // InternalPtl.g:7908:52: (iv_ruleExpectState= ruleExpectState EOF )
            // InternalPtl.g:7909:2: iv_ruleExpectState= ruleExpectState EOF
            {
             newCompositeNode(grammarAccess.getExpectStateRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectState=ruleExpectState();

            state._fsp--;

             current =iv_ruleExpectState; 
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
    // $ANTLR end "entryRuleExpectState"


    // $ANTLR start "ruleExpectState"
    // InternalPtl.g:7915:1: ruleExpectState returns [EObject current=null] : (otherlv_0= 'expect' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) otherlv_7= 'is' ( ( ruleValidID ) ) ) ;
    public final EObject ruleExpectState() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_index_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_page_6_0=null;
        Token otherlv_7=null;


        	enterRule();

        try {
            // InternalPtl.g:7921:2: ( (otherlv_0= 'expect' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) otherlv_7= 'is' ( ( ruleValidID ) ) ) )
            // InternalPtl.g:7922:2: (otherlv_0= 'expect' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) otherlv_7= 'is' ( ( ruleValidID ) ) )
            {
            // InternalPtl.g:7922:2: (otherlv_0= 'expect' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) otherlv_7= 'is' ( ( ruleValidID ) ) )
            // InternalPtl.g:7923:3: otherlv_0= 'expect' ( ( ruleValidID ) ) (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )? otherlv_5= 'page' ( (lv_page_6_0= RULE_INT ) ) otherlv_7= 'is' ( ( ruleValidID ) )
            {
            otherlv_0=(Token)match(input,128,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectStateAccess().getExpectKeyword_0());
            		
            // InternalPtl.g:7927:3: ( ( ruleValidID ) )
            // InternalPtl.g:7928:4: ( ruleValidID )
            {
            // InternalPtl.g:7928:4: ( ruleValidID )
            // InternalPtl.g:7929:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectStateRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpectStateAccess().getComponentComponentCrossReference_1_0());
            				
            pushFollow(FOLLOW_160);
            ruleValidID();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:7943:3: (otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']' )?
            int alt151=2;
            int LA151_0 = input.LA(1);

            if ( (LA151_0==39) ) {
                alt151=1;
            }
            switch (alt151) {
                case 1 :
                    // InternalPtl.g:7944:4: otherlv_2= '[' ( (lv_index_3_0= RULE_INT ) ) otherlv_4= ']'
                    {
                    otherlv_2=(Token)match(input,39,FOLLOW_13); 

                    				newLeafNode(otherlv_2, grammarAccess.getExpectStateAccess().getLeftSquareBracketKeyword_2_0());
                    			
                    // InternalPtl.g:7948:4: ( (lv_index_3_0= RULE_INT ) )
                    // InternalPtl.g:7949:5: (lv_index_3_0= RULE_INT )
                    {
                    // InternalPtl.g:7949:5: (lv_index_3_0= RULE_INT )
                    // InternalPtl.g:7950:6: lv_index_3_0= RULE_INT
                    {
                    lv_index_3_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                    						newLeafNode(lv_index_3_0, grammarAccess.getExpectStateAccess().getIndexINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getExpectStateRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"index",
                    							lv_index_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }

                    otherlv_4=(Token)match(input,41,FOLLOW_156); 

                    				newLeafNode(otherlv_4, grammarAccess.getExpectStateAccess().getRightSquareBracketKeyword_2_2());
                    			

                    }
                    break;

            }

            otherlv_5=(Token)match(input,109,FOLLOW_13); 

            			newLeafNode(otherlv_5, grammarAccess.getExpectStateAccess().getPageKeyword_3());
            		
            // InternalPtl.g:7975:3: ( (lv_page_6_0= RULE_INT ) )
            // InternalPtl.g:7976:4: (lv_page_6_0= RULE_INT )
            {
            // InternalPtl.g:7976:4: (lv_page_6_0= RULE_INT )
            // InternalPtl.g:7977:5: lv_page_6_0= RULE_INT
            {
            lv_page_6_0=(Token)match(input,RULE_INT,FOLLOW_127); 

            					newLeafNode(lv_page_6_0, grammarAccess.getExpectStateAccess().getPageINTTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectStateRule());
            					}
            					setWithLastConsumed(
            						current,
            						"page",
            						lv_page_6_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            otherlv_7=(Token)match(input,68,FOLLOW_7); 

            			newLeafNode(otherlv_7, grammarAccess.getExpectStateAccess().getIsKeyword_5());
            		
            // InternalPtl.g:7997:3: ( ( ruleValidID ) )
            // InternalPtl.g:7998:4: ( ruleValidID )
            {
            // InternalPtl.g:7998:4: ( ruleValidID )
            // InternalPtl.g:7999:5: ruleValidID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectStateRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpectStateAccess().getStateStateCrossReference_6_0());
            				
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
    // $ANTLR end "ruleExpectState"


    // $ANTLR start "entryRuleExpectPte"
    // InternalPtl.g:8017:1: entryRuleExpectPte returns [EObject current=null] : iv_ruleExpectPte= ruleExpectPte EOF ;
    public final EObject entryRuleExpectPte() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectPte = null;


        try {
            // InternalPtl.g:8017:50: (iv_ruleExpectPte= ruleExpectPte EOF )
            // InternalPtl.g:8018:2: iv_ruleExpectPte= ruleExpectPte EOF
            {
             newCompositeNode(grammarAccess.getExpectPteRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectPte=ruleExpectPte();

            state._fsp--;

             current =iv_ruleExpectPte; 
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
    // $ANTLR end "entryRuleExpectPte"


    // $ANTLR start "ruleExpectPte"
    // InternalPtl.g:8024:1: ruleExpectPte returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'pte' ( (lv_address_2_0= ruleNumber ) ) this_InTarget_3= ruleInTarget[$current] ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) ) ) ;
    public final EObject ruleExpectPte() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        AntlrDatatypeRuleToken lv_address_2_0 = null;

        EObject this_InTarget_3 = null;

        AntlrDatatypeRuleToken lv_value_5_0 = null;

        AntlrDatatypeRuleToken lv_fieldName_7_0 = null;

        AntlrDatatypeRuleToken lv_fieldValue_9_0 = null;

        AntlrDatatypeRuleToken lv_literalName_10_0 = null;

        AntlrDatatypeRuleToken lv_level_13_0 = null;

        Enumerator lv_kind_15_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:8030:2: ( (otherlv_0= 'expect' otherlv_1= 'pte' ( (lv_address_2_0= ruleNumber ) ) this_InTarget_3= ruleInTarget[$current] ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) ) ) )
            // InternalPtl.g:8031:2: (otherlv_0= 'expect' otherlv_1= 'pte' ( (lv_address_2_0= ruleNumber ) ) this_InTarget_3= ruleInTarget[$current] ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) ) )
            {
            // InternalPtl.g:8031:2: (otherlv_0= 'expect' otherlv_1= 'pte' ( (lv_address_2_0= ruleNumber ) ) this_InTarget_3= ruleInTarget[$current] ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) ) )
            // InternalPtl.g:8032:3: otherlv_0= 'expect' otherlv_1= 'pte' ( (lv_address_2_0= ruleNumber ) ) this_InTarget_3= ruleInTarget[$current] ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) )
            {
            otherlv_0=(Token)match(input,128,FOLLOW_161); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectPteAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,130,FOLLOW_35); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectPteAccess().getPteKeyword_1());
            		
            // InternalPtl.g:8040:3: ( (lv_address_2_0= ruleNumber ) )
            // InternalPtl.g:8041:4: (lv_address_2_0= ruleNumber )
            {
            // InternalPtl.g:8041:4: (lv_address_2_0= ruleNumber )
            // InternalPtl.g:8042:5: lv_address_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getExpectPteAccess().getAddressNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_162);
            lv_address_2_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpectPteRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_2_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getExpectPteRule());
            			}
            			newCompositeNode(grammarAccess.getExpectPteAccess().getInTargetParserRuleCall_3());
            		
            pushFollow(FOLLOW_163);
            this_InTarget_3=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_3;
            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:8070:3: ( (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) ) | (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) ) | (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) ) | (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) ) )
            int alt153=4;
            switch ( input.LA(1) ) {
            case 68:
                {
                alt153=1;
                }
                break;
            case 84:
                {
                alt153=2;
                }
                break;
            case 29:
                {
                alt153=3;
                }
                break;
            case 131:
                {
                alt153=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 153, 0, input);

                throw nvae;
            }

            switch (alt153) {
                case 1 :
                    // InternalPtl.g:8071:4: (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) )
                    {
                    // InternalPtl.g:8071:4: (otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) ) )
                    // InternalPtl.g:8072:5: otherlv_4= 'is' ( (lv_value_5_0= ruleNumber ) )
                    {
                    otherlv_4=(Token)match(input,68,FOLLOW_35); 

                    					newLeafNode(otherlv_4, grammarAccess.getExpectPteAccess().getIsKeyword_4_0_0());
                    				
                    // InternalPtl.g:8076:5: ( (lv_value_5_0= ruleNumber ) )
                    // InternalPtl.g:8077:6: (lv_value_5_0= ruleNumber )
                    {
                    // InternalPtl.g:8077:6: (lv_value_5_0= ruleNumber )
                    // InternalPtl.g:8078:7: lv_value_5_0= ruleNumber
                    {

                    							newCompositeNode(grammarAccess.getExpectPteAccess().getValueNumberParserRuleCall_4_0_1_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_value_5_0=ruleNumber();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getExpectPteRule());
                    							}
                    							set(
                    								current,
                    								"value",
                    								lv_value_5_0,
                    								"org.ptl.lang.Ptl.Number");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:8097:4: (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) )
                    {
                    // InternalPtl.g:8097:4: (otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) ) )
                    // InternalPtl.g:8098:5: otherlv_6= 'field' ( (lv_fieldName_7_0= ruleValidID ) ) otherlv_8= '=' ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) )
                    {
                    otherlv_6=(Token)match(input,84,FOLLOW_7); 

                    					newLeafNode(otherlv_6, grammarAccess.getExpectPteAccess().getFieldKeyword_4_1_0());
                    				
                    // InternalPtl.g:8102:5: ( (lv_fieldName_7_0= ruleValidID ) )
                    // InternalPtl.g:8103:6: (lv_fieldName_7_0= ruleValidID )
                    {
                    // InternalPtl.g:8103:6: (lv_fieldName_7_0= ruleValidID )
                    // InternalPtl.g:8104:7: lv_fieldName_7_0= ruleValidID
                    {

                    							newCompositeNode(grammarAccess.getExpectPteAccess().getFieldNameValidIDParserRuleCall_4_1_1_0());
                    						
                    pushFollow(FOLLOW_40);
                    lv_fieldName_7_0=ruleValidID();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getExpectPteRule());
                    							}
                    							set(
                    								current,
                    								"fieldName",
                    								lv_fieldName_7_0,
                    								"org.ptl.lang.Ptl.ValidID");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    otherlv_8=(Token)match(input,38,FOLLOW_109); 

                    					newLeafNode(otherlv_8, grammarAccess.getExpectPteAccess().getEqualsSignKeyword_4_1_2());
                    				
                    // InternalPtl.g:8125:5: ( ( (lv_fieldValue_9_0= ruleNumber ) ) | ( (lv_literalName_10_0= ruleValidID ) ) )
                    int alt152=2;
                    int LA152_0 = input.LA(1);

                    if ( (LA152_0==RULE_INT||(LA152_0>=RULE_HEX && LA152_0<=RULE_BIN)) ) {
                        alt152=1;
                    }
                    else if ( (LA152_0==RULE_ID||LA152_0==15||(LA152_0>=18 && LA152_0<=22)||(LA152_0>=24 && LA152_0<=28)||LA152_0==35||LA152_0==45||LA152_0==49||(LA152_0>=52 && LA152_0<=53)||LA152_0==57||LA152_0==59||LA152_0==75||LA152_0==78||(LA152_0>=80 && LA152_0<=84)||LA152_0==87||(LA152_0>=92 && LA152_0<=94)||LA152_0==97||(LA152_0>=100 && LA152_0<=103)||LA152_0==105||(LA152_0>=108 && LA152_0<=111)||(LA152_0>=113 && LA152_0<=119)||(LA152_0>=121 && LA152_0<=122)||(LA152_0>=125 && LA152_0<=127)||(LA152_0>=129 && LA152_0<=132)||(LA152_0>=135 && LA152_0<=147)) ) {
                        alt152=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 152, 0, input);

                        throw nvae;
                    }
                    switch (alt152) {
                        case 1 :
                            // InternalPtl.g:8126:6: ( (lv_fieldValue_9_0= ruleNumber ) )
                            {
                            // InternalPtl.g:8126:6: ( (lv_fieldValue_9_0= ruleNumber ) )
                            // InternalPtl.g:8127:7: (lv_fieldValue_9_0= ruleNumber )
                            {
                            // InternalPtl.g:8127:7: (lv_fieldValue_9_0= ruleNumber )
                            // InternalPtl.g:8128:8: lv_fieldValue_9_0= ruleNumber
                            {

                            								newCompositeNode(grammarAccess.getExpectPteAccess().getFieldValueNumberParserRuleCall_4_1_3_0_0());
                            							
                            pushFollow(FOLLOW_2);
                            lv_fieldValue_9_0=ruleNumber();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getExpectPteRule());
                            								}
                            								set(
                            									current,
                            									"fieldValue",
                            									lv_fieldValue_9_0,
                            									"org.ptl.lang.Ptl.Number");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalPtl.g:8146:6: ( (lv_literalName_10_0= ruleValidID ) )
                            {
                            // InternalPtl.g:8146:6: ( (lv_literalName_10_0= ruleValidID ) )
                            // InternalPtl.g:8147:7: (lv_literalName_10_0= ruleValidID )
                            {
                            // InternalPtl.g:8147:7: (lv_literalName_10_0= ruleValidID )
                            // InternalPtl.g:8148:8: lv_literalName_10_0= ruleValidID
                            {

                            								newCompositeNode(grammarAccess.getExpectPteAccess().getLiteralNameValidIDParserRuleCall_4_1_3_1_0());
                            							
                            pushFollow(FOLLOW_2);
                            lv_literalName_10_0=ruleValidID();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getExpectPteRule());
                            								}
                            								set(
                            									current,
                            									"literalName",
                            									lv_literalName_10_0,
                            									"org.ptl.lang.Ptl.ValidID");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:8168:4: (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) )
                    {
                    // InternalPtl.g:8168:4: (otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) ) )
                    // InternalPtl.g:8169:5: otherlv_11= 'at' otherlv_12= 'level' ( (lv_level_13_0= ruleSignedInt ) )
                    {
                    otherlv_11=(Token)match(input,29,FOLLOW_164); 

                    					newLeafNode(otherlv_11, grammarAccess.getExpectPteAccess().getAtKeyword_4_2_0());
                    				
                    otherlv_12=(Token)match(input,35,FOLLOW_17); 

                    					newLeafNode(otherlv_12, grammarAccess.getExpectPteAccess().getLevelKeyword_4_2_1());
                    				
                    // InternalPtl.g:8177:5: ( (lv_level_13_0= ruleSignedInt ) )
                    // InternalPtl.g:8178:6: (lv_level_13_0= ruleSignedInt )
                    {
                    // InternalPtl.g:8178:6: (lv_level_13_0= ruleSignedInt )
                    // InternalPtl.g:8179:7: lv_level_13_0= ruleSignedInt
                    {

                    							newCompositeNode(grammarAccess.getExpectPteAccess().getLevelSignedIntParserRuleCall_4_2_2_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_level_13_0=ruleSignedInt();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getExpectPteRule());
                    							}
                    							set(
                    								current,
                    								"level",
                    								lv_level_13_0,
                    								"org.ptl.lang.Ptl.SignedInt");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:8198:4: (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) )
                    {
                    // InternalPtl.g:8198:4: (otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) ) )
                    // InternalPtl.g:8199:5: otherlv_14= 'kind' ( (lv_kind_15_0= ruleDescriptorKind ) )
                    {
                    otherlv_14=(Token)match(input,131,FOLLOW_165); 

                    					newLeafNode(otherlv_14, grammarAccess.getExpectPteAccess().getKindKeyword_4_3_0());
                    				
                    // InternalPtl.g:8203:5: ( (lv_kind_15_0= ruleDescriptorKind ) )
                    // InternalPtl.g:8204:6: (lv_kind_15_0= ruleDescriptorKind )
                    {
                    // InternalPtl.g:8204:6: (lv_kind_15_0= ruleDescriptorKind )
                    // InternalPtl.g:8205:7: lv_kind_15_0= ruleDescriptorKind
                    {

                    							newCompositeNode(grammarAccess.getExpectPteAccess().getKindDescriptorKindEnumRuleCall_4_3_1_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_kind_15_0=ruleDescriptorKind();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getExpectPteRule());
                    							}
                    							set(
                    								current,
                    								"kind",
                    								lv_kind_15_0,
                    								"org.ptl.lang.Ptl.DescriptorKind");
                    							afterParserOrEnumRuleCall();
                    						

                    }


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
    // $ANTLR end "ruleExpectPte"


    // $ANTLR start "entryRuleExpectFault"
    // InternalPtl.g:8228:1: entryRuleExpectFault returns [EObject current=null] : iv_ruleExpectFault= ruleExpectFault EOF ;
    public final EObject entryRuleExpectFault() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectFault = null;


        try {
            // InternalPtl.g:8228:52: (iv_ruleExpectFault= ruleExpectFault EOF )
            // InternalPtl.g:8229:2: iv_ruleExpectFault= ruleExpectFault EOF
            {
             newCompositeNode(grammarAccess.getExpectFaultRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectFault=ruleExpectFault();

            state._fsp--;

             current =iv_ruleExpectFault; 
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
    // $ANTLR end "entryRuleExpectFault"


    // $ANTLR start "ruleExpectFault"
    // InternalPtl.g:8235:1: ruleExpectFault returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'fault' ( (lv_fault_2_0= ruleFaultKind ) ) (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )? ) ;
    public final EObject ruleExpectFault() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Enumerator lv_fault_2_0 = null;

        AntlrDatatypeRuleToken lv_level_5_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:8241:2: ( (otherlv_0= 'expect' otherlv_1= 'fault' ( (lv_fault_2_0= ruleFaultKind ) ) (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )? ) )
            // InternalPtl.g:8242:2: (otherlv_0= 'expect' otherlv_1= 'fault' ( (lv_fault_2_0= ruleFaultKind ) ) (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )? )
            {
            // InternalPtl.g:8242:2: (otherlv_0= 'expect' otherlv_1= 'fault' ( (lv_fault_2_0= ruleFaultKind ) ) (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )? )
            // InternalPtl.g:8243:3: otherlv_0= 'expect' otherlv_1= 'fault' ( (lv_fault_2_0= ruleFaultKind ) ) (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )?
            {
            otherlv_0=(Token)match(input,128,FOLLOW_166); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectFaultAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,132,FOLLOW_167); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectFaultAccess().getFaultKeyword_1());
            		
            // InternalPtl.g:8251:3: ( (lv_fault_2_0= ruleFaultKind ) )
            // InternalPtl.g:8252:4: (lv_fault_2_0= ruleFaultKind )
            {
            // InternalPtl.g:8252:4: (lv_fault_2_0= ruleFaultKind )
            // InternalPtl.g:8253:5: lv_fault_2_0= ruleFaultKind
            {

            					newCompositeNode(grammarAccess.getExpectFaultAccess().getFaultFaultKindEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_168);
            lv_fault_2_0=ruleFaultKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpectFaultRule());
            					}
            					set(
            						current,
            						"fault",
            						lv_fault_2_0,
            						"org.ptl.lang.Ptl.FaultKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPtl.g:8270:3: (otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) ) )?
            int alt154=2;
            int LA154_0 = input.LA(1);

            if ( (LA154_0==29) ) {
                alt154=1;
            }
            switch (alt154) {
                case 1 :
                    // InternalPtl.g:8271:4: otherlv_3= 'at' otherlv_4= 'level' ( (lv_level_5_0= ruleSignedInt ) )
                    {
                    otherlv_3=(Token)match(input,29,FOLLOW_164); 

                    				newLeafNode(otherlv_3, grammarAccess.getExpectFaultAccess().getAtKeyword_3_0());
                    			
                    otherlv_4=(Token)match(input,35,FOLLOW_17); 

                    				newLeafNode(otherlv_4, grammarAccess.getExpectFaultAccess().getLevelKeyword_3_1());
                    			
                    // InternalPtl.g:8279:4: ( (lv_level_5_0= ruleSignedInt ) )
                    // InternalPtl.g:8280:5: (lv_level_5_0= ruleSignedInt )
                    {
                    // InternalPtl.g:8280:5: (lv_level_5_0= ruleSignedInt )
                    // InternalPtl.g:8281:6: lv_level_5_0= ruleSignedInt
                    {

                    						newCompositeNode(grammarAccess.getExpectFaultAccess().getLevelSignedIntParserRuleCall_3_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_level_5_0=ruleSignedInt();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getExpectFaultRule());
                    						}
                    						set(
                    							current,
                    							"level",
                    							lv_level_5_0,
                    							"org.ptl.lang.Ptl.SignedInt");
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
    // $ANTLR end "ruleExpectFault"


    // $ANTLR start "entryRuleExpectInvariants"
    // InternalPtl.g:8303:1: entryRuleExpectInvariants returns [EObject current=null] : iv_ruleExpectInvariants= ruleExpectInvariants EOF ;
    public final EObject entryRuleExpectInvariants() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectInvariants = null;


        try {
            // InternalPtl.g:8303:57: (iv_ruleExpectInvariants= ruleExpectInvariants EOF )
            // InternalPtl.g:8304:2: iv_ruleExpectInvariants= ruleExpectInvariants EOF
            {
             newCompositeNode(grammarAccess.getExpectInvariantsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectInvariants=ruleExpectInvariants();

            state._fsp--;

             current =iv_ruleExpectInvariants; 
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
    // $ANTLR end "entryRuleExpectInvariants"


    // $ANTLR start "ruleExpectInvariants"
    // InternalPtl.g:8310:1: ruleExpectInvariants returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'invariants' otherlv_2= 'hold' () ) ;
    public final EObject ruleExpectInvariants() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_2=null;


        	enterRule();

        try {
            // InternalPtl.g:8316:2: ( (otherlv_0= 'expect' otherlv_1= 'invariants' otherlv_2= 'hold' () ) )
            // InternalPtl.g:8317:2: (otherlv_0= 'expect' otherlv_1= 'invariants' otherlv_2= 'hold' () )
            {
            // InternalPtl.g:8317:2: (otherlv_0= 'expect' otherlv_1= 'invariants' otherlv_2= 'hold' () )
            // InternalPtl.g:8318:3: otherlv_0= 'expect' otherlv_1= 'invariants' otherlv_2= 'hold' ()
            {
            otherlv_0=(Token)match(input,128,FOLLOW_169); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectInvariantsAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,133,FOLLOW_170); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectInvariantsAccess().getInvariantsKeyword_1());
            		
            otherlv_2=(Token)match(input,134,FOLLOW_2); 

            			newLeafNode(otherlv_2, grammarAccess.getExpectInvariantsAccess().getHoldKeyword_2());
            		
            // InternalPtl.g:8330:3: ()
            // InternalPtl.g:8331:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getExpectInvariantsAccess().getExpectInvariantsAction_3(),
            					current);
            			

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
    // $ANTLR end "ruleExpectInvariants"


    // $ANTLR start "entryRuleExpectLeaves"
    // InternalPtl.g:8341:1: entryRuleExpectLeaves returns [EObject current=null] : iv_ruleExpectLeaves= ruleExpectLeaves EOF ;
    public final EObject entryRuleExpectLeaves() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectLeaves = null;


        try {
            // InternalPtl.g:8341:53: (iv_ruleExpectLeaves= ruleExpectLeaves EOF )
            // InternalPtl.g:8342:2: iv_ruleExpectLeaves= ruleExpectLeaves EOF
            {
             newCompositeNode(grammarAccess.getExpectLeavesRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectLeaves=ruleExpectLeaves();

            state._fsp--;

             current =iv_ruleExpectLeaves; 
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
    // $ANTLR end "entryRuleExpectLeaves"


    // $ANTLR start "ruleExpectLeaves"
    // InternalPtl.g:8348:1: ruleExpectLeaves returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'leaves' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) this_InTarget_5= ruleInTarget[$current] otherlv_6= 'count' ( (lv_count_7_0= RULE_INT ) ) (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )? ) ;
    public final EObject ruleExpectLeaves() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_6=null;
        Token lv_count_7_0=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        AntlrDatatypeRuleToken lv_address_2_0 = null;

        AntlrDatatypeRuleToken lv_size_4_0 = null;

        EObject this_InTarget_5 = null;

        AntlrDatatypeRuleToken lv_level_10_0 = null;



        	enterRule();

        try {
            // InternalPtl.g:8354:2: ( (otherlv_0= 'expect' otherlv_1= 'leaves' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) this_InTarget_5= ruleInTarget[$current] otherlv_6= 'count' ( (lv_count_7_0= RULE_INT ) ) (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )? ) )
            // InternalPtl.g:8355:2: (otherlv_0= 'expect' otherlv_1= 'leaves' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) this_InTarget_5= ruleInTarget[$current] otherlv_6= 'count' ( (lv_count_7_0= RULE_INT ) ) (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )? )
            {
            // InternalPtl.g:8355:2: (otherlv_0= 'expect' otherlv_1= 'leaves' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) this_InTarget_5= ruleInTarget[$current] otherlv_6= 'count' ( (lv_count_7_0= RULE_INT ) ) (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )? )
            // InternalPtl.g:8356:3: otherlv_0= 'expect' otherlv_1= 'leaves' ( (lv_address_2_0= ruleNumber ) ) otherlv_3= 'size' ( (lv_size_4_0= ruleByteSize ) ) this_InTarget_5= ruleInTarget[$current] otherlv_6= 'count' ( (lv_count_7_0= RULE_INT ) ) (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )?
            {
            otherlv_0=(Token)match(input,128,FOLLOW_171); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectLeavesAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,135,FOLLOW_35); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectLeavesAccess().getLeavesKeyword_1());
            		
            // InternalPtl.g:8364:3: ( (lv_address_2_0= ruleNumber ) )
            // InternalPtl.g:8365:4: (lv_address_2_0= ruleNumber )
            {
            // InternalPtl.g:8365:4: (lv_address_2_0= ruleNumber )
            // InternalPtl.g:8366:5: lv_address_2_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getExpectLeavesAccess().getAddressNumberParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_140);
            lv_address_2_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpectLeavesRule());
            					}
            					set(
            						current,
            						"address",
            						lv_address_2_0,
            						"org.ptl.lang.Ptl.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,111,FOLLOW_11); 

            			newLeafNode(otherlv_3, grammarAccess.getExpectLeavesAccess().getSizeKeyword_3());
            		
            // InternalPtl.g:8387:3: ( (lv_size_4_0= ruleByteSize ) )
            // InternalPtl.g:8388:4: (lv_size_4_0= ruleByteSize )
            {
            // InternalPtl.g:8388:4: (lv_size_4_0= ruleByteSize )
            // InternalPtl.g:8389:5: lv_size_4_0= ruleByteSize
            {

            					newCompositeNode(grammarAccess.getExpectLeavesAccess().getSizeByteSizeParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_172);
            lv_size_4_0=ruleByteSize();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpectLeavesRule());
            					}
            					set(
            						current,
            						"size",
            						lv_size_4_0,
            						"org.ptl.lang.Ptl.ByteSize");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getExpectLeavesRule());
            			}
            			newCompositeNode(grammarAccess.getExpectLeavesAccess().getInTargetParserRuleCall_5());
            		
            pushFollow(FOLLOW_173);
            this_InTarget_5=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_5;
            			afterParserOrEnumRuleCall();
            		
            otherlv_6=(Token)match(input,136,FOLLOW_13); 

            			newLeafNode(otherlv_6, grammarAccess.getExpectLeavesAccess().getCountKeyword_6());
            		
            // InternalPtl.g:8421:3: ( (lv_count_7_0= RULE_INT ) )
            // InternalPtl.g:8422:4: (lv_count_7_0= RULE_INT )
            {
            // InternalPtl.g:8422:4: (lv_count_7_0= RULE_INT )
            // InternalPtl.g:8423:5: lv_count_7_0= RULE_INT
            {
            lv_count_7_0=(Token)match(input,RULE_INT,FOLLOW_168); 

            					newLeafNode(lv_count_7_0, grammarAccess.getExpectLeavesAccess().getCountINTTerminalRuleCall_7_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectLeavesRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_7_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalPtl.g:8439:3: (otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) ) )?
            int alt155=2;
            int LA155_0 = input.LA(1);

            if ( (LA155_0==29) ) {
                alt155=1;
            }
            switch (alt155) {
                case 1 :
                    // InternalPtl.g:8440:4: otherlv_8= 'at' otherlv_9= 'level' ( (lv_level_10_0= ruleSignedInt ) )
                    {
                    otherlv_8=(Token)match(input,29,FOLLOW_164); 

                    				newLeafNode(otherlv_8, grammarAccess.getExpectLeavesAccess().getAtKeyword_8_0());
                    			
                    otherlv_9=(Token)match(input,35,FOLLOW_17); 

                    				newLeafNode(otherlv_9, grammarAccess.getExpectLeavesAccess().getLevelKeyword_8_1());
                    			
                    // InternalPtl.g:8448:4: ( (lv_level_10_0= ruleSignedInt ) )
                    // InternalPtl.g:8449:5: (lv_level_10_0= ruleSignedInt )
                    {
                    // InternalPtl.g:8449:5: (lv_level_10_0= ruleSignedInt )
                    // InternalPtl.g:8450:6: lv_level_10_0= ruleSignedInt
                    {

                    						newCompositeNode(grammarAccess.getExpectLeavesAccess().getLevelSignedIntParserRuleCall_8_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_level_10_0=ruleSignedInt();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getExpectLeavesRule());
                    						}
                    						set(
                    							current,
                    							"level",
                    							lv_level_10_0,
                    							"org.ptl.lang.Ptl.SignedInt");
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
    // $ANTLR end "ruleExpectLeaves"


    // $ANTLR start "entryRuleExpectTables"
    // InternalPtl.g:8472:1: entryRuleExpectTables returns [EObject current=null] : iv_ruleExpectTables= ruleExpectTables EOF ;
    public final EObject entryRuleExpectTables() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectTables = null;


        try {
            // InternalPtl.g:8472:53: (iv_ruleExpectTables= ruleExpectTables EOF )
            // InternalPtl.g:8473:2: iv_ruleExpectTables= ruleExpectTables EOF
            {
             newCompositeNode(grammarAccess.getExpectTablesRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectTables=ruleExpectTables();

            state._fsp--;

             current =iv_ruleExpectTables; 
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
    // $ANTLR end "entryRuleExpectTables"


    // $ANTLR start "ruleExpectTables"
    // InternalPtl.g:8479:1: ruleExpectTables returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'tables' ( (lv_count_2_0= RULE_INT ) ) this_InTarget_3= ruleInTarget[$current] ) ;
    public final EObject ruleExpectTables() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_count_2_0=null;
        EObject this_InTarget_3 = null;



        	enterRule();

        try {
            // InternalPtl.g:8485:2: ( (otherlv_0= 'expect' otherlv_1= 'tables' ( (lv_count_2_0= RULE_INT ) ) this_InTarget_3= ruleInTarget[$current] ) )
            // InternalPtl.g:8486:2: (otherlv_0= 'expect' otherlv_1= 'tables' ( (lv_count_2_0= RULE_INT ) ) this_InTarget_3= ruleInTarget[$current] )
            {
            // InternalPtl.g:8486:2: (otherlv_0= 'expect' otherlv_1= 'tables' ( (lv_count_2_0= RULE_INT ) ) this_InTarget_3= ruleInTarget[$current] )
            // InternalPtl.g:8487:3: otherlv_0= 'expect' otherlv_1= 'tables' ( (lv_count_2_0= RULE_INT ) ) this_InTarget_3= ruleInTarget[$current]
            {
            otherlv_0=(Token)match(input,128,FOLLOW_174); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectTablesAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,137,FOLLOW_13); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectTablesAccess().getTablesKeyword_1());
            		
            // InternalPtl.g:8495:3: ( (lv_count_2_0= RULE_INT ) )
            // InternalPtl.g:8496:4: (lv_count_2_0= RULE_INT )
            {
            // InternalPtl.g:8496:4: (lv_count_2_0= RULE_INT )
            // InternalPtl.g:8497:5: lv_count_2_0= RULE_INT
            {
            lv_count_2_0=(Token)match(input,RULE_INT,FOLLOW_81); 

            					newLeafNode(lv_count_2_0, grammarAccess.getExpectTablesAccess().getCountINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectTablesRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_2_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }


            			if (current==null) {
            				current = createModelElement(grammarAccess.getExpectTablesRule());
            			}
            			newCompositeNode(grammarAccess.getExpectTablesAccess().getInTargetParserRuleCall_3());
            		
            pushFollow(FOLLOW_2);
            this_InTarget_3=ruleInTarget(current);

            state._fsp--;


            			current = this_InTarget_3;
            			afterParserOrEnumRuleCall();
            		

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
    // $ANTLR end "ruleExpectTables"


    // $ANTLR start "entryRuleExpectVisited"
    // InternalPtl.g:8528:1: entryRuleExpectVisited returns [EObject current=null] : iv_ruleExpectVisited= ruleExpectVisited EOF ;
    public final EObject entryRuleExpectVisited() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectVisited = null;


        try {
            // InternalPtl.g:8528:54: (iv_ruleExpectVisited= ruleExpectVisited EOF )
            // InternalPtl.g:8529:2: iv_ruleExpectVisited= ruleExpectVisited EOF
            {
             newCompositeNode(grammarAccess.getExpectVisitedRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectVisited=ruleExpectVisited();

            state._fsp--;

             current =iv_ruleExpectVisited; 
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
    // $ANTLR end "entryRuleExpectVisited"


    // $ANTLR start "ruleExpectVisited"
    // InternalPtl.g:8535:1: ruleExpectVisited returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'visited' ( (lv_count_2_0= RULE_INT ) ) ) ;
    public final EObject ruleExpectVisited() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_count_2_0=null;


        	enterRule();

        try {
            // InternalPtl.g:8541:2: ( (otherlv_0= 'expect' otherlv_1= 'visited' ( (lv_count_2_0= RULE_INT ) ) ) )
            // InternalPtl.g:8542:2: (otherlv_0= 'expect' otherlv_1= 'visited' ( (lv_count_2_0= RULE_INT ) ) )
            {
            // InternalPtl.g:8542:2: (otherlv_0= 'expect' otherlv_1= 'visited' ( (lv_count_2_0= RULE_INT ) ) )
            // InternalPtl.g:8543:3: otherlv_0= 'expect' otherlv_1= 'visited' ( (lv_count_2_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,128,FOLLOW_175); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectVisitedAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,138,FOLLOW_13); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectVisitedAccess().getVisitedKeyword_1());
            		
            // InternalPtl.g:8551:3: ( (lv_count_2_0= RULE_INT ) )
            // InternalPtl.g:8552:4: (lv_count_2_0= RULE_INT )
            {
            // InternalPtl.g:8552:4: (lv_count_2_0= RULE_INT )
            // InternalPtl.g:8553:5: lv_count_2_0= RULE_INT
            {
            lv_count_2_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_count_2_0, grammarAccess.getExpectVisitedAccess().getCountINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectVisitedRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_2_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

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
    // $ANTLR end "ruleExpectVisited"


    // $ANTLR start "entryRuleExpectMemcache"
    // InternalPtl.g:8573:1: entryRuleExpectMemcache returns [EObject current=null] : iv_ruleExpectMemcache= ruleExpectMemcache EOF ;
    public final EObject entryRuleExpectMemcache() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpectMemcache = null;


        try {
            // InternalPtl.g:8573:55: (iv_ruleExpectMemcache= ruleExpectMemcache EOF )
            // InternalPtl.g:8574:2: iv_ruleExpectMemcache= ruleExpectMemcache EOF
            {
             newCompositeNode(grammarAccess.getExpectMemcacheRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpectMemcache=ruleExpectMemcache();

            state._fsp--;

             current =iv_ruleExpectMemcache; 
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
    // $ANTLR end "entryRuleExpectMemcache"


    // $ANTLR start "ruleExpectMemcache"
    // InternalPtl.g:8580:1: ruleExpectMemcache returns [EObject current=null] : (otherlv_0= 'expect' otherlv_1= 'memcache' ( (lv_pages_2_0= RULE_INT ) ) otherlv_3= 'pages' ) ;
    public final EObject ruleExpectMemcache() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_pages_2_0=null;
        Token otherlv_3=null;


        	enterRule();

        try {
            // InternalPtl.g:8586:2: ( (otherlv_0= 'expect' otherlv_1= 'memcache' ( (lv_pages_2_0= RULE_INT ) ) otherlv_3= 'pages' ) )
            // InternalPtl.g:8587:2: (otherlv_0= 'expect' otherlv_1= 'memcache' ( (lv_pages_2_0= RULE_INT ) ) otherlv_3= 'pages' )
            {
            // InternalPtl.g:8587:2: (otherlv_0= 'expect' otherlv_1= 'memcache' ( (lv_pages_2_0= RULE_INT ) ) otherlv_3= 'pages' )
            // InternalPtl.g:8588:3: otherlv_0= 'expect' otherlv_1= 'memcache' ( (lv_pages_2_0= RULE_INT ) ) otherlv_3= 'pages'
            {
            otherlv_0=(Token)match(input,128,FOLLOW_176); 

            			newLeafNode(otherlv_0, grammarAccess.getExpectMemcacheAccess().getExpectKeyword_0());
            		
            otherlv_1=(Token)match(input,126,FOLLOW_13); 

            			newLeafNode(otherlv_1, grammarAccess.getExpectMemcacheAccess().getMemcacheKeyword_1());
            		
            // InternalPtl.g:8596:3: ( (lv_pages_2_0= RULE_INT ) )
            // InternalPtl.g:8597:4: (lv_pages_2_0= RULE_INT )
            {
            // InternalPtl.g:8597:4: (lv_pages_2_0= RULE_INT )
            // InternalPtl.g:8598:5: lv_pages_2_0= RULE_INT
            {
            lv_pages_2_0=(Token)match(input,RULE_INT,FOLLOW_20); 

            					newLeafNode(lv_pages_2_0, grammarAccess.getExpectMemcacheAccess().getPagesINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpectMemcacheRule());
            					}
            					setWithLastConsumed(
            						current,
            						"pages",
            						lv_pages_2_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            otherlv_3=(Token)match(input,25,FOLLOW_2); 

            			newLeafNode(otherlv_3, grammarAccess.getExpectMemcacheAccess().getPagesKeyword_3());
            		

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
    // $ANTLR end "ruleExpectMemcache"


    // $ANTLR start "entryRuleValidID"
    // InternalPtl.g:8622:1: entryRuleValidID returns [String current=null] : iv_ruleValidID= ruleValidID EOF ;
    public final String entryRuleValidID() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleValidID = null;


        try {
            // InternalPtl.g:8622:47: (iv_ruleValidID= ruleValidID EOF )
            // InternalPtl.g:8623:2: iv_ruleValidID= ruleValidID EOF
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
    // InternalPtl.g:8629:1: ruleValidID returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' | kw= 'none' | kw= 'hyp' | kw= 'stage2' | kw= 'level' | kw= 'levels' | kw= 'owner' | kw= 'lock' | kw= 'shared' | kw= 'kind' | kw= 'size' | kw= 'count' | kw= 'max' | kw= 'fault' | kw= 'error' | kw= 'result' | kw= 'memory' | kw= 'root' | kw= 'offset' | kw= 'split' | kw= 'cache' | kw= 'pte' | kw= 'empty' | kw= 'side' | kw= 'marker' | kw= 'flags' | kw= 'permissions' | kw= 'lazy' | kw= 'policy' | kw= 'library' | kw= 'counter' | kw= 'granule' | kw= 'stride' | kw= 'blocks' | kw= 'times' | kw= 'leaves' | kw= 'visited' | kw= 'tables' | kw= 'field' | kw= 'memcache' | kw= 'map' | kw= 'unmap' | kw= 'relax' | kw= 'walk' | kw= 'update' | kw= 'translate' | kw= 'mkold' | kw= 'mkyoung' | kw= 'wrprotect' | kw= 'requires' | kw= 'outcomes' | kw= 'severity' | kw= 'lpa2' | kw= 'bits' | kw= 'pages' | kw= 'walks' ) ;
    public final AntlrDatatypeRuleToken ruleValidID() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;


        	enterRule();

        try {
            // InternalPtl.g:8635:2: ( (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' | kw= 'none' | kw= 'hyp' | kw= 'stage2' | kw= 'level' | kw= 'levels' | kw= 'owner' | kw= 'lock' | kw= 'shared' | kw= 'kind' | kw= 'size' | kw= 'count' | kw= 'max' | kw= 'fault' | kw= 'error' | kw= 'result' | kw= 'memory' | kw= 'root' | kw= 'offset' | kw= 'split' | kw= 'cache' | kw= 'pte' | kw= 'empty' | kw= 'side' | kw= 'marker' | kw= 'flags' | kw= 'permissions' | kw= 'lazy' | kw= 'policy' | kw= 'library' | kw= 'counter' | kw= 'granule' | kw= 'stride' | kw= 'blocks' | kw= 'times' | kw= 'leaves' | kw= 'visited' | kw= 'tables' | kw= 'field' | kw= 'memcache' | kw= 'map' | kw= 'unmap' | kw= 'relax' | kw= 'walk' | kw= 'update' | kw= 'translate' | kw= 'mkold' | kw= 'mkyoung' | kw= 'wrprotect' | kw= 'requires' | kw= 'outcomes' | kw= 'severity' | kw= 'lpa2' | kw= 'bits' | kw= 'pages' | kw= 'walks' ) )
            // InternalPtl.g:8636:2: (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' | kw= 'none' | kw= 'hyp' | kw= 'stage2' | kw= 'level' | kw= 'levels' | kw= 'owner' | kw= 'lock' | kw= 'shared' | kw= 'kind' | kw= 'size' | kw= 'count' | kw= 'max' | kw= 'fault' | kw= 'error' | kw= 'result' | kw= 'memory' | kw= 'root' | kw= 'offset' | kw= 'split' | kw= 'cache' | kw= 'pte' | kw= 'empty' | kw= 'side' | kw= 'marker' | kw= 'flags' | kw= 'permissions' | kw= 'lazy' | kw= 'policy' | kw= 'library' | kw= 'counter' | kw= 'granule' | kw= 'stride' | kw= 'blocks' | kw= 'times' | kw= 'leaves' | kw= 'visited' | kw= 'tables' | kw= 'field' | kw= 'memcache' | kw= 'map' | kw= 'unmap' | kw= 'relax' | kw= 'walk' | kw= 'update' | kw= 'translate' | kw= 'mkold' | kw= 'mkyoung' | kw= 'wrprotect' | kw= 'requires' | kw= 'outcomes' | kw= 'severity' | kw= 'lpa2' | kw= 'bits' | kw= 'pages' | kw= 'walks' )
            {
            // InternalPtl.g:8636:2: (this_ID_0= RULE_ID | kw= 'table' | kw= 'block' | kw= 'page' | kw= 'invalid' | kw= 'value' | kw= 'flag' | kw= 'software' | kw= 'reserved' | kw= 'ignored' | kw= 'address' | kw= 'state' | kw= 'input' | kw= 'output' | kw= 'none' | kw= 'hyp' | kw= 'stage2' | kw= 'level' | kw= 'levels' | kw= 'owner' | kw= 'lock' | kw= 'shared' | kw= 'kind' | kw= 'size' | kw= 'count' | kw= 'max' | kw= 'fault' | kw= 'error' | kw= 'result' | kw= 'memory' | kw= 'root' | kw= 'offset' | kw= 'split' | kw= 'cache' | kw= 'pte' | kw= 'empty' | kw= 'side' | kw= 'marker' | kw= 'flags' | kw= 'permissions' | kw= 'lazy' | kw= 'policy' | kw= 'library' | kw= 'counter' | kw= 'granule' | kw= 'stride' | kw= 'blocks' | kw= 'times' | kw= 'leaves' | kw= 'visited' | kw= 'tables' | kw= 'field' | kw= 'memcache' | kw= 'map' | kw= 'unmap' | kw= 'relax' | kw= 'walk' | kw= 'update' | kw= 'translate' | kw= 'mkold' | kw= 'mkyoung' | kw= 'wrprotect' | kw= 'requires' | kw= 'outcomes' | kw= 'severity' | kw= 'lpa2' | kw= 'bits' | kw= 'pages' | kw= 'walks' )
            int alt156=69;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt156=1;
                }
                break;
            case 102:
                {
                alt156=2;
                }
                break;
            case 139:
                {
                alt156=3;
                }
                break;
            case 109:
                {
                alt156=4;
                }
                break;
            case 140:
                {
                alt156=5;
                }
                break;
            case 141:
                {
                alt156=6;
                }
                break;
            case 142:
                {
                alt156=7;
                }
                break;
            case 143:
                {
                alt156=8;
                }
                break;
            case 75:
                {
                alt156=9;
                }
                break;
            case 144:
                {
                alt156=10;
                }
                break;
            case 145:
                {
                alt156=11;
                }
                break;
            case 49:
                {
                alt156=12;
                }
                break;
            case 19:
                {
                alt156=13;
                }
                break;
            case 21:
                {
                alt156=14;
                }
                break;
            case 127:
                {
                alt156=15;
                }
                break;
            case 146:
                {
                alt156=16;
                }
                break;
            case 147:
                {
                alt156=17;
                }
                break;
            case 35:
                {
                alt156=18;
                }
                break;
            case 22:
                {
                alt156=19;
                }
                break;
            case 83:
                {
                alt156=20;
                }
                break;
            case 81:
                {
                alt156=21;
                }
                break;
            case 45:
                {
                alt156=22;
                }
                break;
            case 131:
                {
                alt156=23;
                }
                break;
            case 111:
                {
                alt156=24;
                }
                break;
            case 136:
                {
                alt156=25;
                }
                break;
            case 53:
                {
                alt156=26;
                }
                break;
            case 132:
                {
                alt156=27;
                }
                break;
            case 97:
                {
                alt156=28;
                }
                break;
            case 129:
                {
                alt156=29;
                }
                break;
            case 108:
                {
                alt156=30;
                }
                break;
            case 24:
                {
                alt156=31;
                }
                break;
            case 100:
                {
                alt156=32;
                }
                break;
            case 118:
                {
                alt156=33;
                }
                break;
            case 119:
                {
                alt156=34;
                }
                break;
            case 130:
                {
                alt156=35;
                }
                break;
            case 103:
                {
                alt156=36;
                }
                break;
            case 101:
                {
                alt156=37;
                }
                break;
            case 82:
                {
                alt156=38;
                }
                break;
            case 93:
                {
                alt156=39;
                }
                break;
            case 80:
                {
                alt156=40;
                }
                break;
            case 105:
                {
                alt156=41;
                }
                break;
            case 92:
                {
                alt156=42;
                }
                break;
            case 78:
                {
                alt156=43;
                }
                break;
            case 52:
                {
                alt156=44;
                }
                break;
            case 18:
                {
                alt156=45;
                }
                break;
            case 26:
                {
                alt156=46;
                }
                break;
            case 28:
                {
                alt156=47;
                }
                break;
            case 125:
                {
                alt156=48;
                }
                break;
            case 135:
                {
                alt156=49;
                }
                break;
            case 138:
                {
                alt156=50;
                }
                break;
            case 137:
                {
                alt156=51;
                }
                break;
            case 84:
                {
                alt156=52;
                }
                break;
            case 126:
                {
                alt156=53;
                }
                break;
            case 110:
                {
                alt156=54;
                }
                break;
            case 113:
                {
                alt156=55;
                }
                break;
            case 114:
                {
                alt156=56;
                }
                break;
            case 122:
                {
                alt156=57;
                }
                break;
            case 59:
                {
                alt156=58;
                }
                break;
            case 121:
                {
                alt156=59;
                }
                break;
            case 117:
                {
                alt156=60;
                }
                break;
            case 116:
                {
                alt156=61;
                }
                break;
            case 115:
                {
                alt156=62;
                }
                break;
            case 57:
                {
                alt156=63;
                }
                break;
            case 94:
                {
                alt156=64;
                }
                break;
            case 15:
                {
                alt156=65;
                }
                break;
            case 27:
                {
                alt156=66;
                }
                break;
            case 20:
                {
                alt156=67;
                }
                break;
            case 25:
                {
                alt156=68;
                }
                break;
            case 87:
                {
                alt156=69;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 156, 0, input);

                throw nvae;
            }

            switch (alt156) {
                case 1 :
                    // InternalPtl.g:8637:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getValidIDAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:8645:3: kw= 'table'
                    {
                    kw=(Token)match(input,102,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getTableKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:8651:3: kw= 'block'
                    {
                    kw=(Token)match(input,139,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getBlockKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalPtl.g:8657:3: kw= 'page'
                    {
                    kw=(Token)match(input,109,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPageKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalPtl.g:8663:3: kw= 'invalid'
                    {
                    kw=(Token)match(input,140,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getInvalidKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalPtl.g:8669:3: kw= 'value'
                    {
                    kw=(Token)match(input,141,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getValueKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalPtl.g:8675:3: kw= 'flag'
                    {
                    kw=(Token)match(input,142,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getFlagKeyword_6());
                    		

                    }
                    break;
                case 8 :
                    // InternalPtl.g:8681:3: kw= 'software'
                    {
                    kw=(Token)match(input,143,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSoftwareKeyword_7());
                    		

                    }
                    break;
                case 9 :
                    // InternalPtl.g:8687:3: kw= 'reserved'
                    {
                    kw=(Token)match(input,75,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getReservedKeyword_8());
                    		

                    }
                    break;
                case 10 :
                    // InternalPtl.g:8693:3: kw= 'ignored'
                    {
                    kw=(Token)match(input,144,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getIgnoredKeyword_9());
                    		

                    }
                    break;
                case 11 :
                    // InternalPtl.g:8699:3: kw= 'address'
                    {
                    kw=(Token)match(input,145,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getAddressKeyword_10());
                    		

                    }
                    break;
                case 12 :
                    // InternalPtl.g:8705:3: kw= 'state'
                    {
                    kw=(Token)match(input,49,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getStateKeyword_11());
                    		

                    }
                    break;
                case 13 :
                    // InternalPtl.g:8711:3: kw= 'input'
                    {
                    kw=(Token)match(input,19,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getInputKeyword_12());
                    		

                    }
                    break;
                case 14 :
                    // InternalPtl.g:8717:3: kw= 'output'
                    {
                    kw=(Token)match(input,21,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getOutputKeyword_13());
                    		

                    }
                    break;
                case 15 :
                    // InternalPtl.g:8723:3: kw= 'none'
                    {
                    kw=(Token)match(input,127,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getNoneKeyword_14());
                    		

                    }
                    break;
                case 16 :
                    // InternalPtl.g:8729:3: kw= 'hyp'
                    {
                    kw=(Token)match(input,146,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getHypKeyword_15());
                    		

                    }
                    break;
                case 17 :
                    // InternalPtl.g:8735:3: kw= 'stage2'
                    {
                    kw=(Token)match(input,147,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getStage2Keyword_16());
                    		

                    }
                    break;
                case 18 :
                    // InternalPtl.g:8741:3: kw= 'level'
                    {
                    kw=(Token)match(input,35,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLevelKeyword_17());
                    		

                    }
                    break;
                case 19 :
                    // InternalPtl.g:8747:3: kw= 'levels'
                    {
                    kw=(Token)match(input,22,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLevelsKeyword_18());
                    		

                    }
                    break;
                case 20 :
                    // InternalPtl.g:8753:3: kw= 'owner'
                    {
                    kw=(Token)match(input,83,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getOwnerKeyword_19());
                    		

                    }
                    break;
                case 21 :
                    // InternalPtl.g:8759:3: kw= 'lock'
                    {
                    kw=(Token)match(input,81,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLockKeyword_20());
                    		

                    }
                    break;
                case 22 :
                    // InternalPtl.g:8765:3: kw= 'shared'
                    {
                    kw=(Token)match(input,45,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSharedKeyword_21());
                    		

                    }
                    break;
                case 23 :
                    // InternalPtl.g:8771:3: kw= 'kind'
                    {
                    kw=(Token)match(input,131,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getKindKeyword_22());
                    		

                    }
                    break;
                case 24 :
                    // InternalPtl.g:8777:3: kw= 'size'
                    {
                    kw=(Token)match(input,111,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSizeKeyword_23());
                    		

                    }
                    break;
                case 25 :
                    // InternalPtl.g:8783:3: kw= 'count'
                    {
                    kw=(Token)match(input,136,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getCountKeyword_24());
                    		

                    }
                    break;
                case 26 :
                    // InternalPtl.g:8789:3: kw= 'max'
                    {
                    kw=(Token)match(input,53,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMaxKeyword_25());
                    		

                    }
                    break;
                case 27 :
                    // InternalPtl.g:8795:3: kw= 'fault'
                    {
                    kw=(Token)match(input,132,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getFaultKeyword_26());
                    		

                    }
                    break;
                case 28 :
                    // InternalPtl.g:8801:3: kw= 'error'
                    {
                    kw=(Token)match(input,97,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getErrorKeyword_27());
                    		

                    }
                    break;
                case 29 :
                    // InternalPtl.g:8807:3: kw= 'result'
                    {
                    kw=(Token)match(input,129,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getResultKeyword_28());
                    		

                    }
                    break;
                case 30 :
                    // InternalPtl.g:8813:3: kw= 'memory'
                    {
                    kw=(Token)match(input,108,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMemoryKeyword_29());
                    		

                    }
                    break;
                case 31 :
                    // InternalPtl.g:8819:3: kw= 'root'
                    {
                    kw=(Token)match(input,24,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getRootKeyword_30());
                    		

                    }
                    break;
                case 32 :
                    // InternalPtl.g:8825:3: kw= 'offset'
                    {
                    kw=(Token)match(input,100,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getOffsetKeyword_31());
                    		

                    }
                    break;
                case 33 :
                    // InternalPtl.g:8831:3: kw= 'split'
                    {
                    kw=(Token)match(input,118,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSplitKeyword_32());
                    		

                    }
                    break;
                case 34 :
                    // InternalPtl.g:8837:3: kw= 'cache'
                    {
                    kw=(Token)match(input,119,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getCacheKeyword_33());
                    		

                    }
                    break;
                case 35 :
                    // InternalPtl.g:8843:3: kw= 'pte'
                    {
                    kw=(Token)match(input,130,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPteKeyword_34());
                    		

                    }
                    break;
                case 36 :
                    // InternalPtl.g:8849:3: kw= 'empty'
                    {
                    kw=(Token)match(input,103,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getEmptyKeyword_35());
                    		

                    }
                    break;
                case 37 :
                    // InternalPtl.g:8855:3: kw= 'side'
                    {
                    kw=(Token)match(input,101,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSideKeyword_36());
                    		

                    }
                    break;
                case 38 :
                    // InternalPtl.g:8861:3: kw= 'marker'
                    {
                    kw=(Token)match(input,82,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMarkerKeyword_37());
                    		

                    }
                    break;
                case 39 :
                    // InternalPtl.g:8867:3: kw= 'flags'
                    {
                    kw=(Token)match(input,93,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getFlagsKeyword_38());
                    		

                    }
                    break;
                case 40 :
                    // InternalPtl.g:8873:3: kw= 'permissions'
                    {
                    kw=(Token)match(input,80,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPermissionsKeyword_39());
                    		

                    }
                    break;
                case 41 :
                    // InternalPtl.g:8879:3: kw= 'lazy'
                    {
                    kw=(Token)match(input,105,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLazyKeyword_40());
                    		

                    }
                    break;
                case 42 :
                    // InternalPtl.g:8885:3: kw= 'policy'
                    {
                    kw=(Token)match(input,92,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPolicyKeyword_41());
                    		

                    }
                    break;
                case 43 :
                    // InternalPtl.g:8891:3: kw= 'library'
                    {
                    kw=(Token)match(input,78,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLibraryKeyword_42());
                    		

                    }
                    break;
                case 44 :
                    // InternalPtl.g:8897:3: kw= 'counter'
                    {
                    kw=(Token)match(input,52,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getCounterKeyword_43());
                    		

                    }
                    break;
                case 45 :
                    // InternalPtl.g:8903:3: kw= 'granule'
                    {
                    kw=(Token)match(input,18,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getGranuleKeyword_44());
                    		

                    }
                    break;
                case 46 :
                    // InternalPtl.g:8909:3: kw= 'stride'
                    {
                    kw=(Token)match(input,26,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getStrideKeyword_45());
                    		

                    }
                    break;
                case 47 :
                    // InternalPtl.g:8915:3: kw= 'blocks'
                    {
                    kw=(Token)match(input,28,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getBlocksKeyword_46());
                    		

                    }
                    break;
                case 48 :
                    // InternalPtl.g:8921:3: kw= 'times'
                    {
                    kw=(Token)match(input,125,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getTimesKeyword_47());
                    		

                    }
                    break;
                case 49 :
                    // InternalPtl.g:8927:3: kw= 'leaves'
                    {
                    kw=(Token)match(input,135,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLeavesKeyword_48());
                    		

                    }
                    break;
                case 50 :
                    // InternalPtl.g:8933:3: kw= 'visited'
                    {
                    kw=(Token)match(input,138,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getVisitedKeyword_49());
                    		

                    }
                    break;
                case 51 :
                    // InternalPtl.g:8939:3: kw= 'tables'
                    {
                    kw=(Token)match(input,137,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getTablesKeyword_50());
                    		

                    }
                    break;
                case 52 :
                    // InternalPtl.g:8945:3: kw= 'field'
                    {
                    kw=(Token)match(input,84,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getFieldKeyword_51());
                    		

                    }
                    break;
                case 53 :
                    // InternalPtl.g:8951:3: kw= 'memcache'
                    {
                    kw=(Token)match(input,126,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMemcacheKeyword_52());
                    		

                    }
                    break;
                case 54 :
                    // InternalPtl.g:8957:3: kw= 'map'
                    {
                    kw=(Token)match(input,110,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMapKeyword_53());
                    		

                    }
                    break;
                case 55 :
                    // InternalPtl.g:8963:3: kw= 'unmap'
                    {
                    kw=(Token)match(input,113,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getUnmapKeyword_54());
                    		

                    }
                    break;
                case 56 :
                    // InternalPtl.g:8969:3: kw= 'relax'
                    {
                    kw=(Token)match(input,114,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getRelaxKeyword_55());
                    		

                    }
                    break;
                case 57 :
                    // InternalPtl.g:8975:3: kw= 'walk'
                    {
                    kw=(Token)match(input,122,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getWalkKeyword_56());
                    		

                    }
                    break;
                case 58 :
                    // InternalPtl.g:8981:3: kw= 'update'
                    {
                    kw=(Token)match(input,59,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getUpdateKeyword_57());
                    		

                    }
                    break;
                case 59 :
                    // InternalPtl.g:8987:3: kw= 'translate'
                    {
                    kw=(Token)match(input,121,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getTranslateKeyword_58());
                    		

                    }
                    break;
                case 60 :
                    // InternalPtl.g:8993:3: kw= 'mkold'
                    {
                    kw=(Token)match(input,117,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMkoldKeyword_59());
                    		

                    }
                    break;
                case 61 :
                    // InternalPtl.g:8999:3: kw= 'mkyoung'
                    {
                    kw=(Token)match(input,116,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getMkyoungKeyword_60());
                    		

                    }
                    break;
                case 62 :
                    // InternalPtl.g:9005:3: kw= 'wrprotect'
                    {
                    kw=(Token)match(input,115,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getWrprotectKeyword_61());
                    		

                    }
                    break;
                case 63 :
                    // InternalPtl.g:9011:3: kw= 'requires'
                    {
                    kw=(Token)match(input,57,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getRequiresKeyword_62());
                    		

                    }
                    break;
                case 64 :
                    // InternalPtl.g:9017:3: kw= 'outcomes'
                    {
                    kw=(Token)match(input,94,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getOutcomesKeyword_63());
                    		

                    }
                    break;
                case 65 :
                    // InternalPtl.g:9023:3: kw= 'severity'
                    {
                    kw=(Token)match(input,15,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getSeverityKeyword_64());
                    		

                    }
                    break;
                case 66 :
                    // InternalPtl.g:9029:3: kw= 'lpa2'
                    {
                    kw=(Token)match(input,27,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getLpa2Keyword_65());
                    		

                    }
                    break;
                case 67 :
                    // InternalPtl.g:9035:3: kw= 'bits'
                    {
                    kw=(Token)match(input,20,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getBitsKeyword_66());
                    		

                    }
                    break;
                case 68 :
                    // InternalPtl.g:9041:3: kw= 'pages'
                    {
                    kw=(Token)match(input,25,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getPagesKeyword_67());
                    		

                    }
                    break;
                case 69 :
                    // InternalPtl.g:9047:3: kw= 'walks'
                    {
                    kw=(Token)match(input,87,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getValidIDAccess().getWalksKeyword_68());
                    		

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
    // InternalPtl.g:9056:1: entryRuleQualifiedName returns [String current=null] : iv_ruleQualifiedName= ruleQualifiedName EOF ;
    public final String entryRuleQualifiedName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedName = null;


        try {
            // InternalPtl.g:9056:53: (iv_ruleQualifiedName= ruleQualifiedName EOF )
            // InternalPtl.g:9057:2: iv_ruleQualifiedName= ruleQualifiedName EOF
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
    // InternalPtl.g:9063:1: ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_ValidID_0 = null;

        AntlrDatatypeRuleToken this_ValidID_2 = null;



        	enterRule();

        try {
            // InternalPtl.g:9069:2: ( (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* ) )
            // InternalPtl.g:9070:2: (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* )
            {
            // InternalPtl.g:9070:2: (this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )* )
            // InternalPtl.g:9071:3: this_ValidID_0= ruleValidID (kw= '.' this_ValidID_2= ruleValidID )*
            {

            			newCompositeNode(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_0());
            		
            pushFollow(FOLLOW_177);
            this_ValidID_0=ruleValidID();

            state._fsp--;


            			current.merge(this_ValidID_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalPtl.g:9081:3: (kw= '.' this_ValidID_2= ruleValidID )*
            loop157:
            do {
                int alt157=2;
                int LA157_0 = input.LA(1);

                if ( (LA157_0==148) ) {
                    alt157=1;
                }


                switch (alt157) {
            	case 1 :
            	    // InternalPtl.g:9082:4: kw= '.' this_ValidID_2= ruleValidID
            	    {
            	    kw=(Token)match(input,148,FOLLOW_7); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
            	    			

            	    				newCompositeNode(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_177);
            	    this_ValidID_2=ruleValidID();

            	    state._fsp--;


            	    				current.merge(this_ValidID_2);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop157;
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
    // InternalPtl.g:9102:1: entryRuleSignedInt returns [String current=null] : iv_ruleSignedInt= ruleSignedInt EOF ;
    public final String entryRuleSignedInt() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSignedInt = null;


        try {
            // InternalPtl.g:9102:49: (iv_ruleSignedInt= ruleSignedInt EOF )
            // InternalPtl.g:9103:2: iv_ruleSignedInt= ruleSignedInt EOF
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
    // InternalPtl.g:9109:1: ruleSignedInt returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleSignedInt() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalPtl.g:9115:2: ( ( (kw= '-' )? this_INT_1= RULE_INT ) )
            // InternalPtl.g:9116:2: ( (kw= '-' )? this_INT_1= RULE_INT )
            {
            // InternalPtl.g:9116:2: ( (kw= '-' )? this_INT_1= RULE_INT )
            // InternalPtl.g:9117:3: (kw= '-' )? this_INT_1= RULE_INT
            {
            // InternalPtl.g:9117:3: (kw= '-' )?
            int alt158=2;
            int LA158_0 = input.LA(1);

            if ( (LA158_0==149) ) {
                alt158=1;
            }
            switch (alt158) {
                case 1 :
                    // InternalPtl.g:9118:4: kw= '-'
                    {
                    kw=(Token)match(input,149,FOLLOW_13); 

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
    // InternalPtl.g:9135:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;


        try {
            // InternalPtl.g:9135:46: (iv_ruleNumber= ruleNumber EOF )
            // InternalPtl.g:9136:2: iv_ruleNumber= ruleNumber EOF
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
    // InternalPtl.g:9142:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN ) ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_HEX_1=null;
        Token this_BIN_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9148:2: ( (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN ) )
            // InternalPtl.g:9149:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN )
            {
            // InternalPtl.g:9149:2: (this_INT_0= RULE_INT | this_HEX_1= RULE_HEX | this_BIN_2= RULE_BIN )
            int alt159=3;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt159=1;
                }
                break;
            case RULE_HEX:
                {
                alt159=2;
                }
                break;
            case RULE_BIN:
                {
                alt159=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 159, 0, input);

                throw nvae;
            }

            switch (alt159) {
                case 1 :
                    // InternalPtl.g:9150:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getNumberAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:9158:3: this_HEX_1= RULE_HEX
                    {
                    this_HEX_1=(Token)match(input,RULE_HEX,FOLLOW_2); 

                    			current.merge(this_HEX_1);
                    		

                    			newLeafNode(this_HEX_1, grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:9166:3: this_BIN_2= RULE_BIN
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


    // $ANTLR start "entryRuleErrno"
    // InternalPtl.g:9177:1: entryRuleErrno returns [String current=null] : iv_ruleErrno= ruleErrno EOF ;
    public final String entryRuleErrno() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleErrno = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalPtl.g:9179:2: (iv_ruleErrno= ruleErrno EOF )
            // InternalPtl.g:9180:2: iv_ruleErrno= ruleErrno EOF
            {
             newCompositeNode(grammarAccess.getErrnoRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleErrno=ruleErrno();

            state._fsp--;

             current =iv_ruleErrno.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleErrno"


    // $ANTLR start "ruleErrno"
    // InternalPtl.g:9189:1: ruleErrno returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= '-' this_ID_1= RULE_ID ) ;
    public final AntlrDatatypeRuleToken ruleErrno() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_ID_1=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalPtl.g:9196:2: ( (kw= '-' this_ID_1= RULE_ID ) )
            // InternalPtl.g:9197:2: (kw= '-' this_ID_1= RULE_ID )
            {
            // InternalPtl.g:9197:2: (kw= '-' this_ID_1= RULE_ID )
            // InternalPtl.g:9198:3: kw= '-' this_ID_1= RULE_ID
            {
            kw=(Token)match(input,149,FOLLOW_100); 

            			current.merge(kw);
            			newLeafNode(kw, grammarAccess.getErrnoAccess().getHyphenMinusKeyword_0());
            		
            this_ID_1=(Token)match(input,RULE_ID,FOLLOW_2); 

            			current.merge(this_ID_1);
            		

            			newLeafNode(this_ID_1, grammarAccess.getErrnoAccess().getIDTerminalRuleCall_1());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleErrno"


    // $ANTLR start "entryRuleByteSize"
    // InternalPtl.g:9217:1: entryRuleByteSize returns [String current=null] : iv_ruleByteSize= ruleByteSize EOF ;
    public final String entryRuleByteSize() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleByteSize = null;


        try {
            // InternalPtl.g:9217:48: (iv_ruleByteSize= ruleByteSize EOF )
            // InternalPtl.g:9218:2: iv_ruleByteSize= ruleByteSize EOF
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
    // InternalPtl.g:9224:1: ruleByteSize returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE | this_HEX_2= RULE_HEX ) ;
    public final AntlrDatatypeRuleToken ruleByteSize() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token this_SIZE_1=null;
        Token this_HEX_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9230:2: ( (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE | this_HEX_2= RULE_HEX ) )
            // InternalPtl.g:9231:2: (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE | this_HEX_2= RULE_HEX )
            {
            // InternalPtl.g:9231:2: (this_INT_0= RULE_INT | this_SIZE_1= RULE_SIZE | this_HEX_2= RULE_HEX )
            int alt160=3;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt160=1;
                }
                break;
            case RULE_SIZE:
                {
                alt160=2;
                }
                break;
            case RULE_HEX:
                {
                alt160=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 160, 0, input);

                throw nvae;
            }

            switch (alt160) {
                case 1 :
                    // InternalPtl.g:9232:3: this_INT_0= RULE_INT
                    {
                    this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_0);
                    		

                    			newLeafNode(this_INT_0, grammarAccess.getByteSizeAccess().getINTTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalPtl.g:9240:3: this_SIZE_1= RULE_SIZE
                    {
                    this_SIZE_1=(Token)match(input,RULE_SIZE,FOLLOW_2); 

                    			current.merge(this_SIZE_1);
                    		

                    			newLeafNode(this_SIZE_1, grammarAccess.getByteSizeAccess().getSIZETerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalPtl.g:9248:3: this_HEX_2= RULE_HEX
                    {
                    this_HEX_2=(Token)match(input,RULE_HEX,FOLLOW_2); 

                    			current.merge(this_HEX_2);
                    		

                    			newLeafNode(this_HEX_2, grammarAccess.getByteSizeAccess().getHEXTerminalRuleCall_2());
                    		

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
    // InternalPtl.g:9259:1: ruleSeverityLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) ) ;
    public final Enumerator ruleSeverityLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:9265:2: ( ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) ) )
            // InternalPtl.g:9266:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) )
            {
            // InternalPtl.g:9266:2: ( (enumLiteral_0= 'error' ) | (enumLiteral_1= 'warning' ) | (enumLiteral_2= 'info' ) | (enumLiteral_3= 'ignore' ) )
            int alt161=4;
            switch ( input.LA(1) ) {
            case 97:
                {
                alt161=1;
                }
                break;
            case 150:
                {
                alt161=2;
                }
                break;
            case 151:
                {
                alt161=3;
                }
                break;
            case 152:
                {
                alt161=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 161, 0, input);

                throw nvae;
            }

            switch (alt161) {
                case 1 :
                    // InternalPtl.g:9267:3: (enumLiteral_0= 'error' )
                    {
                    // InternalPtl.g:9267:3: (enumLiteral_0= 'error' )
                    // InternalPtl.g:9268:4: enumLiteral_0= 'error'
                    {
                    enumLiteral_0=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9275:3: (enumLiteral_1= 'warning' )
                    {
                    // InternalPtl.g:9275:3: (enumLiteral_1= 'warning' )
                    // InternalPtl.g:9276:4: enumLiteral_1= 'warning'
                    {
                    enumLiteral_1=(Token)match(input,150,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9283:3: (enumLiteral_2= 'info' )
                    {
                    // InternalPtl.g:9283:3: (enumLiteral_2= 'info' )
                    // InternalPtl.g:9284:4: enumLiteral_2= 'info'
                    {
                    enumLiteral_2=(Token)match(input,151,FOLLOW_2); 

                    				current = grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9291:3: (enumLiteral_3= 'ignore' )
                    {
                    // InternalPtl.g:9291:3: (enumLiteral_3= 'ignore' )
                    // InternalPtl.g:9292:4: enumLiteral_3= 'ignore'
                    {
                    enumLiteral_3=(Token)match(input,152,FOLLOW_2); 

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
    // InternalPtl.g:9302:1: ruleDescriptorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) ) ;
    public final Enumerator ruleDescriptorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:9308:2: ( ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) ) )
            // InternalPtl.g:9309:2: ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) )
            {
            // InternalPtl.g:9309:2: ( (enumLiteral_0= 'table' ) | (enumLiteral_1= 'block' ) | (enumLiteral_2= 'page' ) | (enumLiteral_3= 'invalid' ) )
            int alt162=4;
            switch ( input.LA(1) ) {
            case 102:
                {
                alt162=1;
                }
                break;
            case 139:
                {
                alt162=2;
                }
                break;
            case 109:
                {
                alt162=3;
                }
                break;
            case 140:
                {
                alt162=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 162, 0, input);

                throw nvae;
            }

            switch (alt162) {
                case 1 :
                    // InternalPtl.g:9310:3: (enumLiteral_0= 'table' )
                    {
                    // InternalPtl.g:9310:3: (enumLiteral_0= 'table' )
                    // InternalPtl.g:9311:4: enumLiteral_0= 'table'
                    {
                    enumLiteral_0=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9318:3: (enumLiteral_1= 'block' )
                    {
                    // InternalPtl.g:9318:3: (enumLiteral_1= 'block' )
                    // InternalPtl.g:9319:4: enumLiteral_1= 'block'
                    {
                    enumLiteral_1=(Token)match(input,139,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9326:3: (enumLiteral_2= 'page' )
                    {
                    // InternalPtl.g:9326:3: (enumLiteral_2= 'page' )
                    // InternalPtl.g:9327:4: enumLiteral_2= 'page'
                    {
                    enumLiteral_2=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9334:3: (enumLiteral_3= 'invalid' )
                    {
                    // InternalPtl.g:9334:3: (enumLiteral_3= 'invalid' )
                    // InternalPtl.g:9335:4: enumLiteral_3= 'invalid'
                    {
                    enumLiteral_3=(Token)match(input,140,FOLLOW_2); 

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
    // InternalPtl.g:9345:1: ruleFixedKind returns [Enumerator current=null] : (enumLiteral_0= '=' ) ;
    public final Enumerator ruleFixedKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9351:2: ( (enumLiteral_0= '=' ) )
            // InternalPtl.g:9352:2: (enumLiteral_0= '=' )
            {
            // InternalPtl.g:9352:2: (enumLiteral_0= '=' )
            // InternalPtl.g:9353:3: enumLiteral_0= '='
            {
            enumLiteral_0=(Token)match(input,38,FOLLOW_2); 

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
    // InternalPtl.g:9362:1: ruleEnumKind returns [Enumerator current=null] : (enumLiteral_0= 'enum' ) ;
    public final Enumerator ruleEnumKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9368:2: ( (enumLiteral_0= 'enum' ) )
            // InternalPtl.g:9369:2: (enumLiteral_0= 'enum' )
            {
            // InternalPtl.g:9369:2: (enumLiteral_0= 'enum' )
            // InternalPtl.g:9370:3: enumLiteral_0= 'enum'
            {
            enumLiteral_0=(Token)match(input,153,FOLLOW_2); 

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
    // InternalPtl.g:9379:1: ruleAddressKind returns [Enumerator current=null] : (enumLiteral_0= 'address' ) ;
    public final Enumerator ruleAddressKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9385:2: ( (enumLiteral_0= 'address' ) )
            // InternalPtl.g:9386:2: (enumLiteral_0= 'address' )
            {
            // InternalPtl.g:9386:2: (enumLiteral_0= 'address' )
            // InternalPtl.g:9387:3: enumLiteral_0= 'address'
            {
            enumLiteral_0=(Token)match(input,145,FOLLOW_2); 

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
    // InternalPtl.g:9396:1: rulePlainKind returns [Enumerator current=null] : ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) ) ;
    public final Enumerator rulePlainKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPtl.g:9402:2: ( ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) ) )
            // InternalPtl.g:9403:2: ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) )
            {
            // InternalPtl.g:9403:2: ( (enumLiteral_0= 'value' ) | (enumLiteral_1= 'flag' ) | (enumLiteral_2= 'software' ) | (enumLiteral_3= 'reserved' ) | (enumLiteral_4= 'ignored' ) )
            int alt163=5;
            switch ( input.LA(1) ) {
            case 141:
                {
                alt163=1;
                }
                break;
            case 142:
                {
                alt163=2;
                }
                break;
            case 143:
                {
                alt163=3;
                }
                break;
            case 75:
                {
                alt163=4;
                }
                break;
            case 144:
                {
                alt163=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 163, 0, input);

                throw nvae;
            }

            switch (alt163) {
                case 1 :
                    // InternalPtl.g:9404:3: (enumLiteral_0= 'value' )
                    {
                    // InternalPtl.g:9404:3: (enumLiteral_0= 'value' )
                    // InternalPtl.g:9405:4: enumLiteral_0= 'value'
                    {
                    enumLiteral_0=(Token)match(input,141,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9412:3: (enumLiteral_1= 'flag' )
                    {
                    // InternalPtl.g:9412:3: (enumLiteral_1= 'flag' )
                    // InternalPtl.g:9413:4: enumLiteral_1= 'flag'
                    {
                    enumLiteral_1=(Token)match(input,142,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9420:3: (enumLiteral_2= 'software' )
                    {
                    // InternalPtl.g:9420:3: (enumLiteral_2= 'software' )
                    // InternalPtl.g:9421:4: enumLiteral_2= 'software'
                    {
                    enumLiteral_2=(Token)match(input,143,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9428:3: (enumLiteral_3= 'reserved' )
                    {
                    // InternalPtl.g:9428:3: (enumLiteral_3= 'reserved' )
                    // InternalPtl.g:9429:4: enumLiteral_3= 'reserved'
                    {
                    enumLiteral_3=(Token)match(input,75,FOLLOW_2); 

                    				current = grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:9436:3: (enumLiteral_4= 'ignored' )
                    {
                    // InternalPtl.g:9436:3: (enumLiteral_4= 'ignored' )
                    // InternalPtl.g:9437:4: enumLiteral_4= 'ignored'
                    {
                    enumLiteral_4=(Token)match(input,144,FOLLOW_2); 

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


    // $ANTLR start "ruleUpdateOperator"
    // InternalPtl.g:9447:1: ruleUpdateOperator returns [Enumerator current=null] : ( (enumLiteral_0= '+=' ) | (enumLiteral_1= '-=' ) | (enumLiteral_2= '=' ) ) ;
    public final Enumerator ruleUpdateOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9453:2: ( ( (enumLiteral_0= '+=' ) | (enumLiteral_1= '-=' ) | (enumLiteral_2= '=' ) ) )
            // InternalPtl.g:9454:2: ( (enumLiteral_0= '+=' ) | (enumLiteral_1= '-=' ) | (enumLiteral_2= '=' ) )
            {
            // InternalPtl.g:9454:2: ( (enumLiteral_0= '+=' ) | (enumLiteral_1= '-=' ) | (enumLiteral_2= '=' ) )
            int alt164=3;
            switch ( input.LA(1) ) {
            case 154:
                {
                alt164=1;
                }
                break;
            case 155:
                {
                alt164=2;
                }
                break;
            case 38:
                {
                alt164=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 164, 0, input);

                throw nvae;
            }

            switch (alt164) {
                case 1 :
                    // InternalPtl.g:9455:3: (enumLiteral_0= '+=' )
                    {
                    // InternalPtl.g:9455:3: (enumLiteral_0= '+=' )
                    // InternalPtl.g:9456:4: enumLiteral_0= '+='
                    {
                    enumLiteral_0=(Token)match(input,154,FOLLOW_2); 

                    				current = grammarAccess.getUpdateOperatorAccess().getAddEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getUpdateOperatorAccess().getAddEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9463:3: (enumLiteral_1= '-=' )
                    {
                    // InternalPtl.g:9463:3: (enumLiteral_1= '-=' )
                    // InternalPtl.g:9464:4: enumLiteral_1= '-='
                    {
                    enumLiteral_1=(Token)match(input,155,FOLLOW_2); 

                    				current = grammarAccess.getUpdateOperatorAccess().getSubtractEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getUpdateOperatorAccess().getSubtractEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9471:3: (enumLiteral_2= '=' )
                    {
                    // InternalPtl.g:9471:3: (enumLiteral_2= '=' )
                    // InternalPtl.g:9472:4: enumLiteral_2= '='
                    {
                    enumLiteral_2=(Token)match(input,38,FOLLOW_2); 

                    				current = grammarAccess.getUpdateOperatorAccess().getAssignEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getUpdateOperatorAccess().getAssignEnumLiteralDeclaration_2());
                    			

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
    // $ANTLR end "ruleUpdateOperator"


    // $ANTLR start "ruleComparison"
    // InternalPtl.g:9482:1: ruleComparison returns [Enumerator current=null] : ( (enumLiteral_0= '==' ) | (enumLiteral_1= '!=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) | (enumLiteral_4= '>' ) | (enumLiteral_5= '>=' ) ) ;
    public final Enumerator ruleComparison() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalPtl.g:9488:2: ( ( (enumLiteral_0= '==' ) | (enumLiteral_1= '!=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) | (enumLiteral_4= '>' ) | (enumLiteral_5= '>=' ) ) )
            // InternalPtl.g:9489:2: ( (enumLiteral_0= '==' ) | (enumLiteral_1= '!=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) | (enumLiteral_4= '>' ) | (enumLiteral_5= '>=' ) )
            {
            // InternalPtl.g:9489:2: ( (enumLiteral_0= '==' ) | (enumLiteral_1= '!=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) | (enumLiteral_4= '>' ) | (enumLiteral_5= '>=' ) )
            int alt165=6;
            switch ( input.LA(1) ) {
            case 156:
                {
                alt165=1;
                }
                break;
            case 157:
                {
                alt165=2;
                }
                break;
            case 158:
                {
                alt165=3;
                }
                break;
            case 159:
                {
                alt165=4;
                }
                break;
            case 160:
                {
                alt165=5;
                }
                break;
            case 161:
                {
                alt165=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 165, 0, input);

                throw nvae;
            }

            switch (alt165) {
                case 1 :
                    // InternalPtl.g:9490:3: (enumLiteral_0= '==' )
                    {
                    // InternalPtl.g:9490:3: (enumLiteral_0= '==' )
                    // InternalPtl.g:9491:4: enumLiteral_0= '=='
                    {
                    enumLiteral_0=(Token)match(input,156,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getEqEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getComparisonAccess().getEqEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9498:3: (enumLiteral_1= '!=' )
                    {
                    // InternalPtl.g:9498:3: (enumLiteral_1= '!=' )
                    // InternalPtl.g:9499:4: enumLiteral_1= '!='
                    {
                    enumLiteral_1=(Token)match(input,157,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getNeEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getComparisonAccess().getNeEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9506:3: (enumLiteral_2= '<' )
                    {
                    // InternalPtl.g:9506:3: (enumLiteral_2= '<' )
                    // InternalPtl.g:9507:4: enumLiteral_2= '<'
                    {
                    enumLiteral_2=(Token)match(input,158,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getLtEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getComparisonAccess().getLtEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9514:3: (enumLiteral_3= '<=' )
                    {
                    // InternalPtl.g:9514:3: (enumLiteral_3= '<=' )
                    // InternalPtl.g:9515:4: enumLiteral_3= '<='
                    {
                    enumLiteral_3=(Token)match(input,159,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getLeEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getComparisonAccess().getLeEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:9522:3: (enumLiteral_4= '>' )
                    {
                    // InternalPtl.g:9522:3: (enumLiteral_4= '>' )
                    // InternalPtl.g:9523:4: enumLiteral_4= '>'
                    {
                    enumLiteral_4=(Token)match(input,160,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getGtEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getComparisonAccess().getGtEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPtl.g:9530:3: (enumLiteral_5= '>=' )
                    {
                    // InternalPtl.g:9530:3: (enumLiteral_5= '>=' )
                    // InternalPtl.g:9531:4: enumLiteral_5= '>='
                    {
                    enumLiteral_5=(Token)match(input,161,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getGeEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getComparisonAccess().getGeEnumLiteralDeclaration_5());
                    			

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
    // $ANTLR end "ruleComparison"


    // $ANTLR start "ruleImpliesOperator"
    // InternalPtl.g:9541:1: ruleImpliesOperator returns [Enumerator current=null] : (enumLiteral_0= 'implies' ) ;
    public final Enumerator ruleImpliesOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9547:2: ( (enumLiteral_0= 'implies' ) )
            // InternalPtl.g:9548:2: (enumLiteral_0= 'implies' )
            {
            // InternalPtl.g:9548:2: (enumLiteral_0= 'implies' )
            // InternalPtl.g:9549:3: enumLiteral_0= 'implies'
            {
            enumLiteral_0=(Token)match(input,162,FOLLOW_2); 

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
    // InternalPtl.g:9558:1: ruleOrOperator returns [Enumerator current=null] : (enumLiteral_0= 'or' ) ;
    public final Enumerator ruleOrOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9564:2: ( (enumLiteral_0= 'or' ) )
            // InternalPtl.g:9565:2: (enumLiteral_0= 'or' )
            {
            // InternalPtl.g:9565:2: (enumLiteral_0= 'or' )
            // InternalPtl.g:9566:3: enumLiteral_0= 'or'
            {
            enumLiteral_0=(Token)match(input,163,FOLLOW_2); 

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
    // InternalPtl.g:9575:1: ruleAndOperator returns [Enumerator current=null] : (enumLiteral_0= 'and' ) ;
    public final Enumerator ruleAndOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9581:2: ( (enumLiteral_0= 'and' ) )
            // InternalPtl.g:9582:2: (enumLiteral_0= 'and' )
            {
            // InternalPtl.g:9582:2: (enumLiteral_0= 'and' )
            // InternalPtl.g:9583:3: enumLiteral_0= 'and'
            {
            enumLiteral_0=(Token)match(input,164,FOLLOW_2); 

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
    // InternalPtl.g:9592:1: ruleExactlyOne returns [Enumerator current=null] : (enumLiteral_0= 'one' ) ;
    public final Enumerator ruleExactlyOne() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9598:2: ( (enumLiteral_0= 'one' ) )
            // InternalPtl.g:9599:2: (enumLiteral_0= 'one' )
            {
            // InternalPtl.g:9599:2: (enumLiteral_0= 'one' )
            // InternalPtl.g:9600:3: enumLiteral_0= 'one'
            {
            enumLiteral_0=(Token)match(input,165,FOLLOW_2); 

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
    // InternalPtl.g:9609:1: ruleAtMostOne returns [Enumerator current=null] : (enumLiteral_0= 'one' ) ;
    public final Enumerator ruleAtMostOne() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9615:2: ( (enumLiteral_0= 'one' ) )
            // InternalPtl.g:9616:2: (enumLiteral_0= 'one' )
            {
            // InternalPtl.g:9616:2: (enumLiteral_0= 'one' )
            // InternalPtl.g:9617:3: enumLiteral_0= 'one'
            {
            enumLiteral_0=(Token)match(input,165,FOLLOW_2); 

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
    // InternalPtl.g:9626:1: ruleSimpleQuantifier returns [Enumerator current=null] : ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) ) ;
    public final Enumerator ruleSimpleQuantifier() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9632:2: ( ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) ) )
            // InternalPtl.g:9633:2: ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) )
            {
            // InternalPtl.g:9633:2: ( (enumLiteral_0= 'some' ) | (enumLiteral_1= 'all' ) | (enumLiteral_2= 'no' ) )
            int alt166=3;
            switch ( input.LA(1) ) {
            case 166:
                {
                alt166=1;
                }
                break;
            case 167:
                {
                alt166=2;
                }
                break;
            case 168:
                {
                alt166=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 166, 0, input);

                throw nvae;
            }

            switch (alt166) {
                case 1 :
                    // InternalPtl.g:9634:3: (enumLiteral_0= 'some' )
                    {
                    // InternalPtl.g:9634:3: (enumLiteral_0= 'some' )
                    // InternalPtl.g:9635:4: enumLiteral_0= 'some'
                    {
                    enumLiteral_0=(Token)match(input,166,FOLLOW_2); 

                    				current = grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9642:3: (enumLiteral_1= 'all' )
                    {
                    // InternalPtl.g:9642:3: (enumLiteral_1= 'all' )
                    // InternalPtl.g:9643:4: enumLiteral_1= 'all'
                    {
                    enumLiteral_1=(Token)match(input,167,FOLLOW_2); 

                    				current = grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9650:3: (enumLiteral_2= 'no' )
                    {
                    // InternalPtl.g:9650:3: (enumLiteral_2= 'no' )
                    // InternalPtl.g:9651:4: enumLiteral_2= 'no'
                    {
                    enumLiteral_2=(Token)match(input,168,FOLLOW_2); 

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


    // $ANTLR start "ruleLibraryKind"
    // InternalPtl.g:9661:1: ruleLibraryKind returns [Enumerator current=null] : ( (enumLiteral_0= 'stage2' ) | (enumLiteral_1= 'hyp' ) ) ;
    public final Enumerator ruleLibraryKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalPtl.g:9667:2: ( ( (enumLiteral_0= 'stage2' ) | (enumLiteral_1= 'hyp' ) ) )
            // InternalPtl.g:9668:2: ( (enumLiteral_0= 'stage2' ) | (enumLiteral_1= 'hyp' ) )
            {
            // InternalPtl.g:9668:2: ( (enumLiteral_0= 'stage2' ) | (enumLiteral_1= 'hyp' ) )
            int alt167=2;
            int LA167_0 = input.LA(1);

            if ( (LA167_0==147) ) {
                alt167=1;
            }
            else if ( (LA167_0==146) ) {
                alt167=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 167, 0, input);

                throw nvae;
            }
            switch (alt167) {
                case 1 :
                    // InternalPtl.g:9669:3: (enumLiteral_0= 'stage2' )
                    {
                    // InternalPtl.g:9669:3: (enumLiteral_0= 'stage2' )
                    // InternalPtl.g:9670:4: enumLiteral_0= 'stage2'
                    {
                    enumLiteral_0=(Token)match(input,147,FOLLOW_2); 

                    				current = grammarAccess.getLibraryKindAccess().getStage2EnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getLibraryKindAccess().getStage2EnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9677:3: (enumLiteral_1= 'hyp' )
                    {
                    // InternalPtl.g:9677:3: (enumLiteral_1= 'hyp' )
                    // InternalPtl.g:9678:4: enumLiteral_1= 'hyp'
                    {
                    enumLiteral_1=(Token)match(input,146,FOLLOW_2); 

                    				current = grammarAccess.getLibraryKindAccess().getHypEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getLibraryKindAccess().getHypEnumLiteralDeclaration_1());
                    			

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
    // $ANTLR end "ruleLibraryKind"


    // $ANTLR start "ruleOperationKind"
    // InternalPtl.g:9688:1: ruleOperationKind returns [Enumerator current=null] : ( (enumLiteral_0= 'map' ) | (enumLiteral_1= 'relax' ) | (enumLiteral_2= 'wrprotect' ) | (enumLiteral_3= 'mkyoung' ) | (enumLiteral_4= 'mkold' ) | (enumLiteral_5= 'split' ) | (enumLiteral_6= 'set_owner' ) ) ;
    public final Enumerator ruleOperationKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalPtl.g:9694:2: ( ( (enumLiteral_0= 'map' ) | (enumLiteral_1= 'relax' ) | (enumLiteral_2= 'wrprotect' ) | (enumLiteral_3= 'mkyoung' ) | (enumLiteral_4= 'mkold' ) | (enumLiteral_5= 'split' ) | (enumLiteral_6= 'set_owner' ) ) )
            // InternalPtl.g:9695:2: ( (enumLiteral_0= 'map' ) | (enumLiteral_1= 'relax' ) | (enumLiteral_2= 'wrprotect' ) | (enumLiteral_3= 'mkyoung' ) | (enumLiteral_4= 'mkold' ) | (enumLiteral_5= 'split' ) | (enumLiteral_6= 'set_owner' ) )
            {
            // InternalPtl.g:9695:2: ( (enumLiteral_0= 'map' ) | (enumLiteral_1= 'relax' ) | (enumLiteral_2= 'wrprotect' ) | (enumLiteral_3= 'mkyoung' ) | (enumLiteral_4= 'mkold' ) | (enumLiteral_5= 'split' ) | (enumLiteral_6= 'set_owner' ) )
            int alt168=7;
            switch ( input.LA(1) ) {
            case 110:
                {
                alt168=1;
                }
                break;
            case 114:
                {
                alt168=2;
                }
                break;
            case 115:
                {
                alt168=3;
                }
                break;
            case 116:
                {
                alt168=4;
                }
                break;
            case 117:
                {
                alt168=5;
                }
                break;
            case 118:
                {
                alt168=6;
                }
                break;
            case 169:
                {
                alt168=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 168, 0, input);

                throw nvae;
            }

            switch (alt168) {
                case 1 :
                    // InternalPtl.g:9696:3: (enumLiteral_0= 'map' )
                    {
                    // InternalPtl.g:9696:3: (enumLiteral_0= 'map' )
                    // InternalPtl.g:9697:4: enumLiteral_0= 'map'
                    {
                    enumLiteral_0=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getMapEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getOperationKindAccess().getMapEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9704:3: (enumLiteral_1= 'relax' )
                    {
                    // InternalPtl.g:9704:3: (enumLiteral_1= 'relax' )
                    // InternalPtl.g:9705:4: enumLiteral_1= 'relax'
                    {
                    enumLiteral_1=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getRelaxEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getOperationKindAccess().getRelaxEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9712:3: (enumLiteral_2= 'wrprotect' )
                    {
                    // InternalPtl.g:9712:3: (enumLiteral_2= 'wrprotect' )
                    // InternalPtl.g:9713:4: enumLiteral_2= 'wrprotect'
                    {
                    enumLiteral_2=(Token)match(input,115,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getWrprotectEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getOperationKindAccess().getWrprotectEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9720:3: (enumLiteral_3= 'mkyoung' )
                    {
                    // InternalPtl.g:9720:3: (enumLiteral_3= 'mkyoung' )
                    // InternalPtl.g:9721:4: enumLiteral_3= 'mkyoung'
                    {
                    enumLiteral_3=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getMkyoungEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getOperationKindAccess().getMkyoungEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:9728:3: (enumLiteral_4= 'mkold' )
                    {
                    // InternalPtl.g:9728:3: (enumLiteral_4= 'mkold' )
                    // InternalPtl.g:9729:4: enumLiteral_4= 'mkold'
                    {
                    enumLiteral_4=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getMkoldEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getOperationKindAccess().getMkoldEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPtl.g:9736:3: (enumLiteral_5= 'split' )
                    {
                    // InternalPtl.g:9736:3: (enumLiteral_5= 'split' )
                    // InternalPtl.g:9737:4: enumLiteral_5= 'split'
                    {
                    enumLiteral_5=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getSplitEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getOperationKindAccess().getSplitEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalPtl.g:9744:3: (enumLiteral_6= 'set_owner' )
                    {
                    // InternalPtl.g:9744:3: (enumLiteral_6= 'set_owner' )
                    // InternalPtl.g:9745:4: enumLiteral_6= 'set_owner'
                    {
                    enumLiteral_6=(Token)match(input,169,FOLLOW_2); 

                    				current = grammarAccess.getOperationKindAccess().getSetOwnerEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getOperationKindAccess().getSetOwnerEnumLiteralDeclaration_6());
                    			

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
    // $ANTLR end "ruleOperationKind"


    // $ANTLR start "ruleAlwaysCondition"
    // InternalPtl.g:9755:1: ruleAlwaysCondition returns [Enumerator current=null] : (enumLiteral_0= 'always' ) ;
    public final Enumerator ruleAlwaysCondition() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9761:2: ( (enumLiteral_0= 'always' ) )
            // InternalPtl.g:9762:2: (enumLiteral_0= 'always' )
            {
            // InternalPtl.g:9762:2: (enumLiteral_0= 'always' )
            // InternalPtl.g:9763:3: enumLiteral_0= 'always'
            {
            enumLiteral_0=(Token)match(input,170,FOLLOW_2); 

            			current = grammarAccess.getAlwaysConditionAccess().getAlwaysEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getAlwaysConditionAccess().getAlwaysEnumLiteralDeclaration());
            		

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
    // $ANTLR end "ruleAlwaysCondition"


    // $ANTLR start "ruleWhenCondition"
    // InternalPtl.g:9772:1: ruleWhenCondition returns [Enumerator current=null] : (enumLiteral_0= 'when' ) ;
    public final Enumerator ruleWhenCondition() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9778:2: ( (enumLiteral_0= 'when' ) )
            // InternalPtl.g:9779:2: (enumLiteral_0= 'when' )
            {
            // InternalPtl.g:9779:2: (enumLiteral_0= 'when' )
            // InternalPtl.g:9780:3: enumLiteral_0= 'when'
            {
            enumLiteral_0=(Token)match(input,95,FOLLOW_2); 

            			current = grammarAccess.getWhenConditionAccess().getWhenEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getWhenConditionAccess().getWhenEnumLiteralDeclaration());
            		

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
    // $ANTLR end "ruleWhenCondition"


    // $ANTLR start "ruleUnlessCondition"
    // InternalPtl.g:9789:1: ruleUnlessCondition returns [Enumerator current=null] : (enumLiteral_0= 'unless' ) ;
    public final Enumerator ruleUnlessCondition() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalPtl.g:9795:2: ( (enumLiteral_0= 'unless' ) )
            // InternalPtl.g:9796:2: (enumLiteral_0= 'unless' )
            {
            // InternalPtl.g:9796:2: (enumLiteral_0= 'unless' )
            // InternalPtl.g:9797:3: enumLiteral_0= 'unless'
            {
            enumLiteral_0=(Token)match(input,171,FOLLOW_2); 

            			current = grammarAccess.getUnlessConditionAccess().getUnlessEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getUnlessConditionAccess().getUnlessEnumLiteralDeclaration());
            		

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
    // $ANTLR end "ruleUnlessCondition"


    // $ANTLR start "ruleAssignOperator"
    // InternalPtl.g:9806:1: ruleAssignOperator returns [Enumerator current=null] : ( (enumLiteral_0= '=' ) | (enumLiteral_1= '|=' ) | (enumLiteral_2= '&=' ) ) ;
    public final Enumerator ruleAssignOperator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9812:2: ( ( (enumLiteral_0= '=' ) | (enumLiteral_1= '|=' ) | (enumLiteral_2= '&=' ) ) )
            // InternalPtl.g:9813:2: ( (enumLiteral_0= '=' ) | (enumLiteral_1= '|=' ) | (enumLiteral_2= '&=' ) )
            {
            // InternalPtl.g:9813:2: ( (enumLiteral_0= '=' ) | (enumLiteral_1= '|=' ) | (enumLiteral_2= '&=' ) )
            int alt169=3;
            switch ( input.LA(1) ) {
            case 38:
                {
                alt169=1;
                }
                break;
            case 172:
                {
                alt169=2;
                }
                break;
            case 173:
                {
                alt169=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 169, 0, input);

                throw nvae;
            }

            switch (alt169) {
                case 1 :
                    // InternalPtl.g:9814:3: (enumLiteral_0= '=' )
                    {
                    // InternalPtl.g:9814:3: (enumLiteral_0= '=' )
                    // InternalPtl.g:9815:4: enumLiteral_0= '='
                    {
                    enumLiteral_0=(Token)match(input,38,FOLLOW_2); 

                    				current = grammarAccess.getAssignOperatorAccess().getAssignEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getAssignOperatorAccess().getAssignEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9822:3: (enumLiteral_1= '|=' )
                    {
                    // InternalPtl.g:9822:3: (enumLiteral_1= '|=' )
                    // InternalPtl.g:9823:4: enumLiteral_1= '|='
                    {
                    enumLiteral_1=(Token)match(input,172,FOLLOW_2); 

                    				current = grammarAccess.getAssignOperatorAccess().getOrEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getAssignOperatorAccess().getOrEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9830:3: (enumLiteral_2= '&=' )
                    {
                    // InternalPtl.g:9830:3: (enumLiteral_2= '&=' )
                    // InternalPtl.g:9831:4: enumLiteral_2= '&='
                    {
                    enumLiteral_2=(Token)match(input,173,FOLLOW_2); 

                    				current = grammarAccess.getAssignOperatorAccess().getAndEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getAssignOperatorAccess().getAndEnumLiteralDeclaration_2());
                    			

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
    // $ANTLR end "ruleAssignOperator"


    // $ANTLR start "ruleWalkAction"
    // InternalPtl.g:9841:1: ruleWalkAction returns [Enumerator current=null] : ( (enumLiteral_0= 'continue' ) | (enumLiteral_1= 'retry' ) | (enumLiteral_2= 'stop' ) | (enumLiteral_3= 'ignore' ) ) ;
    public final Enumerator ruleWalkAction() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:9847:2: ( ( (enumLiteral_0= 'continue' ) | (enumLiteral_1= 'retry' ) | (enumLiteral_2= 'stop' ) | (enumLiteral_3= 'ignore' ) ) )
            // InternalPtl.g:9848:2: ( (enumLiteral_0= 'continue' ) | (enumLiteral_1= 'retry' ) | (enumLiteral_2= 'stop' ) | (enumLiteral_3= 'ignore' ) )
            {
            // InternalPtl.g:9848:2: ( (enumLiteral_0= 'continue' ) | (enumLiteral_1= 'retry' ) | (enumLiteral_2= 'stop' ) | (enumLiteral_3= 'ignore' ) )
            int alt170=4;
            switch ( input.LA(1) ) {
            case 174:
                {
                alt170=1;
                }
                break;
            case 175:
                {
                alt170=2;
                }
                break;
            case 176:
                {
                alt170=3;
                }
                break;
            case 152:
                {
                alt170=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 170, 0, input);

                throw nvae;
            }

            switch (alt170) {
                case 1 :
                    // InternalPtl.g:9849:3: (enumLiteral_0= 'continue' )
                    {
                    // InternalPtl.g:9849:3: (enumLiteral_0= 'continue' )
                    // InternalPtl.g:9850:4: enumLiteral_0= 'continue'
                    {
                    enumLiteral_0=(Token)match(input,174,FOLLOW_2); 

                    				current = grammarAccess.getWalkActionAccess().getContinueEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getWalkActionAccess().getContinueEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9857:3: (enumLiteral_1= 'retry' )
                    {
                    // InternalPtl.g:9857:3: (enumLiteral_1= 'retry' )
                    // InternalPtl.g:9858:4: enumLiteral_1= 'retry'
                    {
                    enumLiteral_1=(Token)match(input,175,FOLLOW_2); 

                    				current = grammarAccess.getWalkActionAccess().getRetryEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getWalkActionAccess().getRetryEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9865:3: (enumLiteral_2= 'stop' )
                    {
                    // InternalPtl.g:9865:3: (enumLiteral_2= 'stop' )
                    // InternalPtl.g:9866:4: enumLiteral_2= 'stop'
                    {
                    enumLiteral_2=(Token)match(input,176,FOLLOW_2); 

                    				current = grammarAccess.getWalkActionAccess().getStopEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getWalkActionAccess().getStopEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9873:3: (enumLiteral_3= 'ignore' )
                    {
                    // InternalPtl.g:9873:3: (enumLiteral_3= 'ignore' )
                    // InternalPtl.g:9874:4: enumLiteral_3= 'ignore'
                    {
                    enumLiteral_3=(Token)match(input,152,FOLLOW_2); 

                    				current = grammarAccess.getWalkActionAccess().getIgnoreEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getWalkActionAccess().getIgnoreEnumLiteralDeclaration_3());
                    			

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
    // $ANTLR end "ruleWalkAction"


    // $ANTLR start "ruleAccessKind"
    // InternalPtl.g:9884:1: ruleAccessKind returns [Enumerator current=null] : ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'write' ) | (enumLiteral_2= 'exec' ) ) ;
    public final Enumerator ruleAccessKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPtl.g:9890:2: ( ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'write' ) | (enumLiteral_2= 'exec' ) ) )
            // InternalPtl.g:9891:2: ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'write' ) | (enumLiteral_2= 'exec' ) )
            {
            // InternalPtl.g:9891:2: ( (enumLiteral_0= 'read' ) | (enumLiteral_1= 'write' ) | (enumLiteral_2= 'exec' ) )
            int alt171=3;
            switch ( input.LA(1) ) {
            case 177:
                {
                alt171=1;
                }
                break;
            case 178:
                {
                alt171=2;
                }
                break;
            case 179:
                {
                alt171=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 171, 0, input);

                throw nvae;
            }

            switch (alt171) {
                case 1 :
                    // InternalPtl.g:9892:3: (enumLiteral_0= 'read' )
                    {
                    // InternalPtl.g:9892:3: (enumLiteral_0= 'read' )
                    // InternalPtl.g:9893:4: enumLiteral_0= 'read'
                    {
                    enumLiteral_0=(Token)match(input,177,FOLLOW_2); 

                    				current = grammarAccess.getAccessKindAccess().getReadEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getAccessKindAccess().getReadEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9900:3: (enumLiteral_1= 'write' )
                    {
                    // InternalPtl.g:9900:3: (enumLiteral_1= 'write' )
                    // InternalPtl.g:9901:4: enumLiteral_1= 'write'
                    {
                    enumLiteral_1=(Token)match(input,178,FOLLOW_2); 

                    				current = grammarAccess.getAccessKindAccess().getWriteEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getAccessKindAccess().getWriteEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9908:3: (enumLiteral_2= 'exec' )
                    {
                    // InternalPtl.g:9908:3: (enumLiteral_2= 'exec' )
                    // InternalPtl.g:9909:4: enumLiteral_2= 'exec'
                    {
                    enumLiteral_2=(Token)match(input,179,FOLLOW_2); 

                    				current = grammarAccess.getAccessKindAccess().getExecEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getAccessKindAccess().getExecEnumLiteralDeclaration_2());
                    			

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
    // $ANTLR end "ruleAccessKind"


    // $ANTLR start "ruleFaultKind"
    // InternalPtl.g:9919:1: ruleFaultKind returns [Enumerator current=null] : ( (enumLiteral_0= 'translation' ) | (enumLiteral_1= 'permission' ) | (enumLiteral_2= 'access_flag' ) | (enumLiteral_3= 'address_size' ) ) ;
    public final Enumerator ruleFaultKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPtl.g:9925:2: ( ( (enumLiteral_0= 'translation' ) | (enumLiteral_1= 'permission' ) | (enumLiteral_2= 'access_flag' ) | (enumLiteral_3= 'address_size' ) ) )
            // InternalPtl.g:9926:2: ( (enumLiteral_0= 'translation' ) | (enumLiteral_1= 'permission' ) | (enumLiteral_2= 'access_flag' ) | (enumLiteral_3= 'address_size' ) )
            {
            // InternalPtl.g:9926:2: ( (enumLiteral_0= 'translation' ) | (enumLiteral_1= 'permission' ) | (enumLiteral_2= 'access_flag' ) | (enumLiteral_3= 'address_size' ) )
            int alt172=4;
            switch ( input.LA(1) ) {
            case 180:
                {
                alt172=1;
                }
                break;
            case 181:
                {
                alt172=2;
                }
                break;
            case 182:
                {
                alt172=3;
                }
                break;
            case 183:
                {
                alt172=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 172, 0, input);

                throw nvae;
            }

            switch (alt172) {
                case 1 :
                    // InternalPtl.g:9927:3: (enumLiteral_0= 'translation' )
                    {
                    // InternalPtl.g:9927:3: (enumLiteral_0= 'translation' )
                    // InternalPtl.g:9928:4: enumLiteral_0= 'translation'
                    {
                    enumLiteral_0=(Token)match(input,180,FOLLOW_2); 

                    				current = grammarAccess.getFaultKindAccess().getTranslationEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getFaultKindAccess().getTranslationEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:9935:3: (enumLiteral_1= 'permission' )
                    {
                    // InternalPtl.g:9935:3: (enumLiteral_1= 'permission' )
                    // InternalPtl.g:9936:4: enumLiteral_1= 'permission'
                    {
                    enumLiteral_1=(Token)match(input,181,FOLLOW_2); 

                    				current = grammarAccess.getFaultKindAccess().getPermissionEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getFaultKindAccess().getPermissionEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:9943:3: (enumLiteral_2= 'access_flag' )
                    {
                    // InternalPtl.g:9943:3: (enumLiteral_2= 'access_flag' )
                    // InternalPtl.g:9944:4: enumLiteral_2= 'access_flag'
                    {
                    enumLiteral_2=(Token)match(input,182,FOLLOW_2); 

                    				current = grammarAccess.getFaultKindAccess().getAccessFlagEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getFaultKindAccess().getAccessFlagEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:9951:3: (enumLiteral_3= 'address_size' )
                    {
                    // InternalPtl.g:9951:3: (enumLiteral_3= 'address_size' )
                    // InternalPtl.g:9952:4: enumLiteral_3= 'address_size'
                    {
                    enumLiteral_3=(Token)match(input,183,FOLLOW_2); 

                    				current = grammarAccess.getFaultKindAccess().getAddressSizeEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getFaultKindAccess().getAddressSizeEnumLiteralDeclaration_3());
                    			

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
    // $ANTLR end "ruleFaultKind"

    // Delegated rules


    protected DFA20 dfa20 = new DFA20(this);
    protected DFA51 dfa51 = new DFA51(this);
    protected DFA57 dfa57 = new DFA57(this);
    protected DFA117 dfa117 = new DFA117(this);
    protected DFA119 dfa119 = new DFA119(this);
    protected DFA127 dfa127 = new DFA127(this);
    protected DFA149 dfa149 = new DFA149(this);
    static final String dfa_1s = "\14\uffff";
    static final String dfa_2s = "\1\11\2\uffff\1\12\5\13\3\uffff";
    static final String dfa_3s = "\1\4\2\uffff\6\4\3\uffff";
    static final String dfa_4s = "\1\u0099\2\uffff\6\u0093\3\uffff";
    static final String dfa_5s = "\1\uffff\1\1\1\2\6\uffff\1\5\1\3\1\4";
    static final String dfa_6s = "\14\uffff}>";
    static final String[] dfa_7s = {
            "\1\11\1\uffff\1\11\10\uffff\1\11\2\uffff\5\11\1\uffff\5\11\4\uffff\1\11\1\uffff\1\11\1\uffff\1\11\1\1\6\uffff\1\11\3\uffff\1\11\2\uffff\2\11\3\uffff\1\11\1\uffff\1\11\17\uffff\1\7\2\uffff\1\11\1\uffff\5\11\2\uffff\1\11\4\uffff\3\11\2\uffff\1\11\2\uffff\4\11\1\uffff\1\11\2\uffff\4\11\1\uffff\7\11\1\uffff\2\11\2\uffff\3\11\1\uffff\4\11\2\uffff\6\11\1\4\1\5\1\6\1\10\1\3\2\11\5\uffff\1\2",
            "",
            "",
            "\1\12\1\uffff\1\12\10\uffff\1\12\2\uffff\5\12\1\uffff\5\12\4\uffff\1\12\1\uffff\3\12\1\uffff\1\11\5\uffff\1\12\3\uffff\1\12\2\uffff\2\12\3\uffff\1\12\1\uffff\1\12\17\uffff\1\12\2\uffff\1\12\1\uffff\5\12\2\uffff\1\12\4\uffff\3\12\2\uffff\1\12\2\uffff\4\12\1\uffff\1\12\2\uffff\4\12\1\uffff\7\12\1\uffff\2\12\2\uffff\3\12\1\uffff\4\12\2\uffff\15\12",
            "\1\13\1\uffff\1\13\10\uffff\1\13\2\uffff\5\13\1\uffff\5\13\4\uffff\1\13\1\uffff\1\13\1\uffff\1\13\1\uffff\1\11\5\uffff\1\13\3\uffff\1\13\2\uffff\2\13\3\uffff\1\13\1\uffff\1\13\17\uffff\1\13\2\uffff\1\13\1\uffff\5\13\2\uffff\1\13\4\uffff\3\13\2\uffff\1\13\2\uffff\4\13\1\uffff\1\13\2\uffff\4\13\1\uffff\7\13\1\uffff\2\13\2\uffff\3\13\1\uffff\4\13\2\uffff\15\13",
            "\1\13\1\uffff\1\13\10\uffff\1\13\2\uffff\5\13\1\uffff\5\13\4\uffff\1\13\1\uffff\1\13\1\uffff\1\13\1\uffff\1\11\5\uffff\1\13\3\uffff\1\13\2\uffff\2\13\3\uffff\1\13\1\uffff\1\13\17\uffff\1\13\2\uffff\1\13\1\uffff\5\13\2\uffff\1\13\4\uffff\3\13\2\uffff\1\13\2\uffff\4\13\1\uffff\1\13\2\uffff\4\13\1\uffff\7\13\1\uffff\2\13\2\uffff\3\13\1\uffff\4\13\2\uffff\15\13",
            "\1\13\1\uffff\1\13\10\uffff\1\13\2\uffff\5\13\1\uffff\5\13\4\uffff\1\13\1\uffff\1\13\1\uffff\1\13\1\uffff\1\11\5\uffff\1\13\3\uffff\1\13\2\uffff\2\13\3\uffff\1\13\1\uffff\1\13\17\uffff\1\13\2\uffff\1\13\1\uffff\5\13\2\uffff\1\13\4\uffff\3\13\2\uffff\1\13\2\uffff\4\13\1\uffff\1\13\2\uffff\4\13\1\uffff\7\13\1\uffff\2\13\2\uffff\3\13\1\uffff\4\13\2\uffff\15\13",
            "\1\13\1\uffff\1\13\10\uffff\1\13\2\uffff\5\13\1\uffff\5\13\4\uffff\1\13\1\uffff\1\13\1\uffff\1\13\1\uffff\1\11\5\uffff\1\13\3\uffff\1\13\2\uffff\2\13\3\uffff\1\13\1\uffff\1\13\17\uffff\1\13\2\uffff\1\13\1\uffff\5\13\2\uffff\1\13\4\uffff\3\13\2\uffff\1\13\2\uffff\4\13\1\uffff\1\13\2\uffff\4\13\1\uffff\7\13\1\uffff\2\13\2\uffff\3\13\1\uffff\4\13\2\uffff\15\13",
            "\1\13\1\uffff\1\13\10\uffff\1\13\2\uffff\5\13\1\uffff\5\13\4\uffff\1\13\1\uffff\1\13\1\uffff\1\13\1\uffff\1\11\5\uffff\1\13\3\uffff\1\13\2\uffff\2\13\3\uffff\1\13\1\uffff\1\13\17\uffff\1\13\2\uffff\1\13\1\uffff\5\13\2\uffff\1\13\4\uffff\3\13\2\uffff\1\13\2\uffff\4\13\1\uffff\1\13\2\uffff\4\13\1\uffff\7\13\1\uffff\2\13\2\uffff\3\13\1\uffff\4\13\2\uffff\15\13",
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

    class DFA20 extends DFA {

        public DFA20(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 20;
            this.eot = dfa_1;
            this.eof = dfa_2;
            this.min = dfa_3;
            this.max = dfa_4;
            this.accept = dfa_5;
            this.special = dfa_6;
            this.transition = dfa_7;
        }
        public String getDescription() {
            return "918:3: ( ( ( (lv_kind_2_0= ruleFixedKind ) ) ( (lv_fixedValue_3_0= ruleNumber ) ) ) | ( ( (lv_kind_4_0= ruleEnumKind ) ) otherlv_5= '{' ( (lv_literals_6_0= ruleEnumLiteral ) ) (otherlv_7= ',' ( (lv_literals_8_0= ruleEnumLiteral ) ) )* otherlv_9= '}' ) | ( ( (lv_kind_10_0= ruleAddressKind ) ) (otherlv_11= 'holds' ( (lv_addressBits_12_0= ruleBitRange ) ) )? ) | ( (lv_kind_13_0= rulePlainKind ) ) )?";
        }
    }
    static final String dfa_8s = "\110\uffff";
    static final String dfa_9s = "\1\6\105\36\2\uffff";
    static final String dfa_10s = "\1\u0093\105\74\2\uffff";
    static final String dfa_11s = "\106\uffff\1\2\1\1";
    static final String dfa_12s = "\110\uffff}>";
    static final String[] dfa_13s = {
            "\1\1\10\uffff\1\101\2\uffff\1\55\1\15\1\103\1\16\1\23\1\uffff\1\37\1\104\1\56\1\102\1\57\6\uffff\1\22\11\uffff\1\26\3\uffff\1\14\2\uffff\1\54\1\32\3\uffff\1\77\1\uffff\1\72\17\uffff\1\11\2\uffff\1\53\1\uffff\1\50\1\25\1\46\1\24\1\64\2\uffff\1\105\4\uffff\1\52\1\47\1\100\2\uffff\1\34\2\uffff\1\40\1\45\1\2\1\44\1\uffff\1\51\2\uffff\1\36\1\4\1\66\1\30\1\uffff\1\67\1\70\1\76\1\75\1\74\1\41\1\42\1\uffff\1\73\1\71\2\uffff\1\60\1\65\1\17\1\uffff\1\35\1\43\1\27\1\33\2\uffff\1\61\1\31\1\63\1\62\1\3\1\5\1\6\1\7\1\10\1\12\1\13\1\20\1\21",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "\1\107\11\uffff\1\107\23\uffff\1\106",
            "",
            ""
    };

    static final short[] dfa_8 = DFA.unpackEncodedString(dfa_8s);
    static final char[] dfa_9 = DFA.unpackEncodedStringToUnsignedChars(dfa_9s);
    static final char[] dfa_10 = DFA.unpackEncodedStringToUnsignedChars(dfa_10s);
    static final short[] dfa_11 = DFA.unpackEncodedString(dfa_11s);
    static final short[] dfa_12 = DFA.unpackEncodedString(dfa_12s);
    static final short[][] dfa_13 = unpackEncodedStringArray(dfa_13s);

    class DFA51 extends DFA {

        public DFA51(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 51;
            this.eot = dfa_8;
            this.eof = dfa_8;
            this.min = dfa_9;
            this.max = dfa_10;
            this.accept = dfa_11;
            this.special = dfa_12;
            this.transition = dfa_13;
        }
        public String getDescription() {
            return "2318:3: ( ( ( ruleValidID ) ) (otherlv_1= ',' ( ( ruleValidID ) ) )* otherlv_3= ':' )?";
        }
    }
    static final String dfa_14s = "\113\uffff";
    static final String dfa_15s = "\1\6\2\uffff\105\103\3\uffff";
    static final String dfa_16s = "\1\u00a8\2\uffff\105\u00a1\3\uffff";
    static final String dfa_17s = "\1\uffff\1\1\1\2\105\uffff\1\5\1\4\1\3";
    static final String dfa_18s = "\113\uffff}>";
    static final String[] dfa_19s = {
            "\1\3\10\uffff\1\103\2\uffff\1\57\1\17\1\105\1\20\1\25\1\uffff\1\41\1\106\1\60\1\104\1\61\1\2\5\uffff\1\24\11\uffff\1\30\3\uffff\1\16\2\uffff\1\56\1\34\3\uffff\1\101\1\uffff\1\74\3\uffff\1\1\1\uffff\1\110\3\uffff\1\2\5\uffff\1\13\2\uffff\1\55\1\uffff\1\52\1\27\1\50\1\26\1\66\2\uffff\1\107\4\uffff\1\54\1\51\1\102\2\uffff\1\36\2\uffff\1\42\1\47\1\4\1\46\1\uffff\1\53\2\uffff\1\40\1\6\1\70\1\32\1\uffff\1\71\1\72\1\100\1\77\1\76\1\43\1\44\1\uffff\1\75\1\73\2\uffff\1\62\1\67\1\21\1\uffff\1\37\1\45\1\31\1\35\2\uffff\1\63\1\33\1\65\1\64\1\5\1\7\1\10\1\11\1\12\1\14\1\15\1\22\1\23\22\uffff\3\2",
            "",
            "",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "\2\111\127\uffff\6\112",
            "",
            "",
            ""
    };

    static final short[] dfa_14 = DFA.unpackEncodedString(dfa_14s);
    static final char[] dfa_15 = DFA.unpackEncodedStringToUnsignedChars(dfa_15s);
    static final char[] dfa_16 = DFA.unpackEncodedStringToUnsignedChars(dfa_16s);
    static final short[] dfa_17 = DFA.unpackEncodedString(dfa_17s);
    static final short[] dfa_18 = DFA.unpackEncodedString(dfa_18s);
    static final short[][] dfa_19 = unpackEncodedStringArray(dfa_19s);

    class DFA57 extends DFA {

        public DFA57(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 57;
            this.eot = dfa_14;
            this.eof = dfa_14;
            this.min = dfa_15;
            this.max = dfa_16;
            this.accept = dfa_17;
            this.special = dfa_18;
            this.transition = dfa_19;
        }
        public String getDescription() {
            return "2781:2: ( (otherlv_0= '(' this_Implication_1= ruleImplication otherlv_2= ')' ) | this_Quantified_3= ruleQuantified | this_CounterComparison_4= ruleCounterComparison | this_ComponentState_5= ruleComponentState | this_MemberCount_6= ruleMemberCount )";
        }
    }
    static final String dfa_20s = "\111\uffff";
    static final String dfa_21s = "\1\6\1\uffff\1\6\105\102\1\uffff";
    static final String dfa_22s = "\1\u0093\1\uffff\1\u0093\105\155\1\uffff";
    static final String dfa_23s = "\1\uffff\1\2\106\uffff\1\1";
    static final String dfa_24s = "\111\uffff}>";
    static final String[] dfa_25s = {
            "\1\1\10\uffff\1\1\2\uffff\5\1\1\uffff\5\1\4\uffff\1\1\1\uffff\1\1\11\uffff\1\1\2\uffff\2\1\2\uffff\2\1\3\uffff\1\1\1\uffff\1\1\17\uffff\1\1\2\uffff\1\1\1\uffff\5\1\2\uffff\1\1\4\uffff\3\1\2\uffff\2\1\1\uffff\2\1\1\2\1\1\1\uffff\1\1\2\uffff\4\1\1\uffff\12\1\2\uffff\10\1\2\uffff\15\1",
            "",
            "\1\3\10\uffff\1\103\2\uffff\1\57\1\17\1\105\1\20\1\25\1\uffff\1\41\1\106\1\60\1\104\1\61\6\uffff\1\24\3\uffff\1\1\5\uffff\1\30\3\uffff\1\16\2\uffff\1\56\1\34\3\uffff\1\101\1\uffff\1\74\17\uffff\1\13\2\uffff\1\55\1\uffff\1\52\1\27\1\50\1\26\1\66\2\uffff\1\107\4\uffff\1\54\1\51\1\102\2\uffff\1\36\2\uffff\1\42\1\47\1\4\1\46\1\uffff\1\53\2\uffff\1\40\1\6\1\70\1\32\1\uffff\1\71\1\72\1\100\1\77\1\76\1\43\1\44\1\uffff\1\75\1\73\2\uffff\1\62\1\67\1\21\1\uffff\1\37\1\45\1\31\1\35\2\uffff\1\63\1\33\1\65\1\64\1\5\1\7\1\10\1\11\1\12\1\14\1\15\1\22\1\23",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            "\1\110\52\uffff\1\1",
            ""
    };

    static final short[] dfa_20 = DFA.unpackEncodedString(dfa_20s);
    static final char[] dfa_21 = DFA.unpackEncodedStringToUnsignedChars(dfa_21s);
    static final char[] dfa_22 = DFA.unpackEncodedStringToUnsignedChars(dfa_22s);
    static final short[] dfa_23 = DFA.unpackEncodedString(dfa_23s);
    static final short[] dfa_24 = DFA.unpackEncodedString(dfa_24s);
    static final short[][] dfa_25 = unpackEncodedStringArray(dfa_25s);

    class DFA117 extends DFA {

        public DFA117(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 117;
            this.eot = dfa_20;
            this.eof = dfa_20;
            this.min = dfa_21;
            this.max = dfa_22;
            this.accept = dfa_23;
            this.special = dfa_24;
            this.transition = dfa_25;
        }
        public String getDescription() {
            return "()* loopback of 5734:3: ( (lv_tables_4_0= ruleScenarioTable ) )*";
        }
    }
    static final String dfa_26s = "\112\uffff";
    static final String dfa_27s = "\2\6\1\uffff\105\6\1\uffff\1\5";
    static final String dfa_28s = "\2\u0093\1\uffff\105\u0094\1\uffff\1\u0093";
    static final String dfa_29s = "\2\uffff\1\2\105\uffff\1\1\1\uffff";
    static final String dfa_30s = "\112\uffff}>";
    static final String[] dfa_31s = {
            "\1\2\10\uffff\1\2\2\uffff\5\2\1\uffff\5\2\4\uffff\1\2\1\uffff\1\2\11\uffff\1\2\2\uffff\2\2\2\uffff\2\2\3\uffff\1\2\1\uffff\1\2\17\uffff\1\2\2\uffff\1\2\1\uffff\5\2\2\uffff\1\2\4\uffff\1\1\2\2\2\uffff\1\2\2\uffff\4\2\1\uffff\1\2\2\uffff\4\2\1\uffff\12\2\2\uffff\10\2\2\uffff\15\2",
            "\1\3\10\uffff\1\103\2\uffff\1\57\1\17\1\105\1\20\1\25\1\uffff\1\41\1\106\1\60\1\104\1\61\6\uffff\1\24\3\uffff\1\2\5\uffff\1\30\3\uffff\1\16\2\uffff\1\56\1\34\3\uffff\1\101\1\uffff\1\74\17\uffff\1\13\2\uffff\1\55\1\uffff\1\52\1\27\1\50\1\26\1\66\2\uffff\1\107\4\uffff\1\54\1\51\1\102\2\uffff\1\36\2\uffff\1\42\1\47\1\4\1\46\1\uffff\1\53\2\uffff\1\40\1\6\1\70\1\32\1\uffff\1\71\1\72\1\100\1\77\1\76\1\43\1\44\1\uffff\1\75\1\73\2\uffff\1\62\1\67\1\21\1\uffff\1\37\1\45\1\31\1\35\2\uffff\1\63\1\33\1\65\1\64\1\5\1\7\1\10\1\11\1\12\1\14\1\15\1\22\1\23",
            "",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\4\uffff\1\110\1\uffff\1\110\11\uffff\1\110\2\uffff\2\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\1\110\1\111\2\110\1\uffff\12\110\2\uffff\10\110\2\uffff\16\110",
            "",
            "\1\2\1\110\10\uffff\1\110\2\uffff\5\110\1\uffff\5\110\6\uffff\1\110\3\uffff\1\110\5\uffff\1\110\3\uffff\1\110\2\uffff\2\110\3\uffff\1\110\1\uffff\1\110\17\uffff\1\110\2\uffff\1\110\1\uffff\5\110\2\uffff\1\110\4\uffff\3\110\2\uffff\1\110\2\uffff\4\110\1\uffff\1\110\2\uffff\4\110\1\uffff\7\110\1\uffff\2\110\2\uffff\3\110\1\uffff\4\110\2\uffff\15\110"
    };

    static final short[] dfa_26 = DFA.unpackEncodedString(dfa_26s);
    static final char[] dfa_27 = DFA.unpackEncodedStringToUnsignedChars(dfa_27s);
    static final char[] dfa_28 = DFA.unpackEncodedStringToUnsignedChars(dfa_28s);
    static final short[] dfa_29 = DFA.unpackEncodedString(dfa_29s);
    static final short[] dfa_30 = DFA.unpackEncodedString(dfa_30s);
    static final short[][] dfa_31 = unpackEncodedStringArray(dfa_31s);

    class DFA119 extends DFA {

        public DFA119(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 119;
            this.eot = dfa_26;
            this.eof = dfa_26;
            this.min = dfa_27;
            this.max = dfa_28;
            this.accept = dfa_29;
            this.special = dfa_30;
            this.transition = dfa_31;
        }
        public String getDescription() {
            return "5775:3: (otherlv_7= 'policy' ( ( ruleQualifiedName ) ) )?";
        }
    }
    static final String dfa_32s = "\32\uffff";
    static final String dfa_33s = "\27\uffff\1\30\2\uffff";
    static final String dfa_34s = "\1\6\7\5\1\uffff\3\5\13\uffff\1\6\1\uffff\1\5";
    static final String dfa_35s = "\10\u0093\1\uffff\3\u0093\13\uffff\1\u0093\1\uffff\1\u0093";
    static final String dfa_36s = "\10\uffff\1\10\3\uffff\1\14\1\15\1\1\1\2\1\3\1\4\1\5\1\6\1\7\1\11\1\12\1\uffff\1\13\1\uffff";
    static final String dfa_37s = "\32\uffff}>";
    static final String[] dfa_38s = {
            "\1\14\10\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\11\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\2\14\1\1\1\14\1\uffff\1\2\1\3\1\4\1\5\1\6\1\7\1\14\1\10\1\11\1\12\2\uffff\1\14\1\13\1\14\1\15\4\14\2\uffff\15\14",
            "\1\16\1\14\2\16\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\17\1\14\2\17\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\20\1\14\2\20\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\21\1\14\2\21\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\22\1\14\2\22\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\23\1\14\2\23\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\24\1\14\2\24\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "",
            "\1\25\1\14\2\25\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\26\1\14\2\26\6\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\3\14\1\uffff\4\14\2\uffff\15\14",
            "\1\30\1\14\10\uffff\1\14\2\uffff\5\14\1\uffff\5\14\6\uffff\1\14\3\uffff\1\14\5\uffff\1\14\3\uffff\1\14\2\uffff\2\14\3\uffff\1\14\1\uffff\1\14\17\uffff\1\14\2\uffff\1\14\1\uffff\5\14\2\uffff\1\14\4\uffff\3\14\2\uffff\1\14\2\uffff\4\14\1\uffff\1\14\2\uffff\4\14\1\uffff\7\14\1\uffff\2\14\2\uffff\2\14\1\27\1\uffff\4\14\2\uffff\15\14",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\30\10\uffff\1\30\2\uffff\5\30\1\uffff\5\30\4\uffff\1\30\1\uffff\1\30\11\uffff\1\30\3\uffff\1\30\2\uffff\2\30\3\uffff\1\30\1\uffff\1\30\17\uffff\1\30\2\uffff\1\30\1\uffff\5\30\2\uffff\1\30\4\uffff\3\30\2\uffff\1\30\2\uffff\4\30\1\uffff\1\30\2\uffff\1\30\1\31\2\30\1\uffff\12\30\2\uffff\10\30\2\uffff\15\30",
            "",
            "\1\14\1\30\10\uffff\1\30\2\uffff\5\30\1\uffff\5\30\6\uffff\1\30\3\uffff\1\30\5\uffff\1\30\3\uffff\1\30\2\uffff\2\30\3\uffff\1\30\1\uffff\1\30\17\uffff\1\30\2\uffff\1\30\1\uffff\5\30\2\uffff\1\30\4\uffff\3\30\2\uffff\1\30\2\uffff\4\30\1\uffff\1\30\2\uffff\4\30\1\uffff\7\30\1\uffff\2\30\2\uffff\3\30\1\uffff\4\30\2\uffff\15\30"
    };

    static final short[] dfa_32 = DFA.unpackEncodedString(dfa_32s);
    static final short[] dfa_33 = DFA.unpackEncodedString(dfa_33s);
    static final char[] dfa_34 = DFA.unpackEncodedStringToUnsignedChars(dfa_34s);
    static final char[] dfa_35 = DFA.unpackEncodedStringToUnsignedChars(dfa_35s);
    static final short[] dfa_36 = DFA.unpackEncodedString(dfa_36s);
    static final short[] dfa_37 = DFA.unpackEncodedString(dfa_37s);
    static final short[][] dfa_38 = unpackEncodedStringArray(dfa_38s);

    class DFA127 extends DFA {

        public DFA127(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 127;
            this.eot = dfa_32;
            this.eof = dfa_33;
            this.min = dfa_34;
            this.max = dfa_35;
            this.accept = dfa_36;
            this.special = dfa_37;
            this.transition = dfa_38;
        }
        public String getDescription() {
            return "6132:2: (this_MapStep_0= ruleMapStep | this_UnmapStep_1= ruleUnmapStep | this_RelaxStep_2= ruleRelaxStep | this_WrprotectStep_3= ruleWrprotectStep | this_MkyoungStep_4= ruleMkyoungStep | this_MkoldStep_5= ruleMkoldStep | this_SplitStep_6= ruleSplitStep | this_SetOwnerStep_7= ruleSetOwnerStep | this_TranslateStep_8= ruleTranslateStep | this_WalkStep_9= ruleWalkStep | this_MemcacheStep_10= ruleMemcacheStep | this_TransitionStep_11= ruleTransitionStep | this_Expectation_12= ruleExpectation )";
        }
    }
    static final String dfa_39s = "\22\uffff";
    static final String dfa_40s = "\1\u0080\1\6\1\5\1\47\2\5\1\uffff\1\5\1\uffff\2\5\7\uffff";
    static final String dfa_41s = "\1\u0080\1\u0093\1\155\1\u00b7\1\155\1\u0095\1\uffff\1\155\1\uffff\2\155\7\uffff";
    static final String dfa_42s = "\6\uffff\1\5\1\uffff\1\2\2\uffff\1\11\1\4\1\7\1\1\1\6\1\3\1\10";
    static final String dfa_43s = "\22\uffff}>";
    static final String[] dfa_44s = {
            "\1\1",
            "\1\10\10\uffff\1\10\2\uffff\5\10\1\uffff\5\10\6\uffff\1\10\11\uffff\1\10\3\uffff\1\10\2\uffff\2\10\3\uffff\1\10\1\uffff\1\10\17\uffff\1\10\2\uffff\1\10\1\uffff\5\10\2\uffff\1\10\4\uffff\3\10\2\uffff\1\10\2\uffff\4\10\1\uffff\1\10\2\uffff\4\10\1\uffff\7\10\1\uffff\2\10\2\uffff\1\10\1\2\1\10\1\uffff\1\5\1\11\1\10\1\3\1\6\1\uffff\1\7\1\10\1\4\1\12\11\10",
            "\1\13\41\uffff\1\10\105\uffff\1\10",
            "\1\10\105\uffff\1\10\106\uffff\4\14",
            "\1\15\41\uffff\1\10\105\uffff\1\10",
            "\4\16\36\uffff\1\10\105\uffff\1\10\47\uffff\1\16",
            "",
            "\1\17\1\uffff\2\17\36\uffff\1\10\105\uffff\1\10",
            "",
            "\1\20\1\uffff\2\20\36\uffff\1\10\105\uffff\1\10",
            "\1\21\41\uffff\1\10\105\uffff\1\10",
            "",
            "",
            "",
            "",
            "",
            "",
            ""
    };

    static final short[] dfa_39 = DFA.unpackEncodedString(dfa_39s);
    static final char[] dfa_40 = DFA.unpackEncodedStringToUnsignedChars(dfa_40s);
    static final char[] dfa_41 = DFA.unpackEncodedStringToUnsignedChars(dfa_41s);
    static final short[] dfa_42 = DFA.unpackEncodedString(dfa_42s);
    static final short[] dfa_43 = DFA.unpackEncodedString(dfa_43s);
    static final short[][] dfa_44 = unpackEncodedStringArray(dfa_44s);

    class DFA149 extends DFA {

        public DFA149(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 149;
            this.eot = dfa_39;
            this.eof = dfa_39;
            this.min = dfa_40;
            this.max = dfa_41;
            this.accept = dfa_42;
            this.special = dfa_43;
            this.transition = dfa_44;
        }
        public String getDescription() {
            return "7741:2: (this_ExpectResult_0= ruleExpectResult | this_ExpectState_1= ruleExpectState | this_ExpectPte_2= ruleExpectPte | this_ExpectFault_3= ruleExpectFault | this_ExpectInvariants_4= ruleExpectInvariants | this_ExpectLeaves_5= ruleExpectLeaves | this_ExpectTables_6= ruleExpectTables | this_ExpectVisited_7= ruleExpectVisited | this_ExpectMemcache_8= ruleExpectMemcache )";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x000084000001C002L,0x0000080408001100L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000840000018002L,0x0000080408001100L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000000L,0x0000000200000000L,0x0000000001C00000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0A3220081F7C8040L,0xE6FEF2F2709F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000020010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x00000000000002A0L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000080000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000600000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000000020L,0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x000000029D000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000002000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x000000029C000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000298000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000290000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x00000002C0000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000200000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000020020010L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000800400000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000040020010L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0A32200A1F7C8040L,0xE6FEF2F2709F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000006000000012L,0x0000000000000800L,0x000000000203E000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x00000000000001A0L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000002000000012L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000240000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000003000000012L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000040000012L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000004000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000030000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000080000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000100200000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000200000000012L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x2057000200000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x2054000200000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x2050000200000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x2040000200000000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x2000000200000000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0001008000000012L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0008000000000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0001000000000012L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0020000000000012L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0080000000000000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0B00000200000000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0A00000200000000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0800000200000000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0xCA3220083F7C8040L,0xE6FEF2F2709F4822L,0x000001C0000FFF9EL});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0400000000000002L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000004000000000L,0x0000000000000000L,0x000000000C000000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000010040000000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x1000000000000000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000010000000010L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000010000000000L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000000L,0x0000000400000000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x0000000040000000L,0x0000000000000008L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x00000003F0000000L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x0A3220081F7C8060L,0xE6FEF2F2709F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000018L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0004000000000000L,0x0000000000000084L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000008L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000208L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x4000004000000000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000400L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000000000000L,0x0000000000002000L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000000000020010L,0x0000000000004000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x00000000000C0000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000000000000L,0x0000000000008000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000240000000L,0x007C4000000B0000L,0x0000020000000000L});
    public static final BitSet FOLLOW_90 = new BitSet(new long[]{0x0000000240000000L,0x007C4000000A0000L,0x0000020000000000L});
    public static final BitSet FOLLOW_91 = new BitSet(new long[]{0x0000000000000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_92 = new BitSet(new long[]{0x0000000200000000L,0x007C400000080000L,0x0000020000000000L});
    public static final BitSet FOLLOW_93 = new BitSet(new long[]{0x0000000000000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_94 = new BitSet(new long[]{0x0020000200000000L,0x007C400000000000L,0x0000020000000000L});
    public static final BitSet FOLLOW_95 = new BitSet(new long[]{0x0000000200000000L,0x007C400000000000L,0x0000020000000000L});
    public static final BitSet FOLLOW_96 = new BitSet(new long[]{0x0000000000020010L,0x0000000000A00000L});
    public static final BitSet FOLLOW_97 = new BitSet(new long[]{0x0000000000020000L,0x0000000000A00000L});
    public static final BitSet FOLLOW_98 = new BitSet(new long[]{0x0000000000000000L,0x0000000000400000L});
    public static final BitSet FOLLOW_99 = new BitSet(new long[]{0x0000000040020000L,0x0000000000800000L});
    public static final BitSet FOLLOW_100 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_101 = new BitSet(new long[]{0x0000000040020000L});
    public static final BitSet FOLLOW_102 = new BitSet(new long[]{0x0000000200000000L,0x0000000081000000L,0x00000C0000000000L});
    public static final BitSet FOLLOW_103 = new BitSet(new long[]{0x0000000200000000L,0x0000000080000000L,0x00000C0000000000L});
    public static final BitSet FOLLOW_104 = new BitSet(new long[]{0x0A3220081F7C8040L,0xE6FEF2F2749F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_105 = new BitSet(new long[]{0x0000400040000000L});
    public static final BitSet FOLLOW_106 = new BitSet(new long[]{0x0000000000000002L,0x0000000002000000L});
    public static final BitSet FOLLOW_107 = new BitSet(new long[]{0x0000000040000002L});
    public static final BitSet FOLLOW_108 = new BitSet(new long[]{0x0000004000000000L,0x0000000000000000L,0x0000300000000000L});
    public static final BitSet FOLLOW_109 = new BitSet(new long[]{0x0A3220081F7C81E0L,0xE6FEF2F2709F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_110 = new BitSet(new long[]{0x0000000000000000L,0x0000000010000000L});
    public static final BitSet FOLLOW_111 = new BitSet(new long[]{0x0000000000000000L,0x0000000020000000L});
    public static final BitSet FOLLOW_112 = new BitSet(new long[]{0x0000080240000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_113 = new BitSet(new long[]{0x0000080240000000L});
    public static final BitSet FOLLOW_114 = new BitSet(new long[]{0x0000080200000000L});
    public static final BitSet FOLLOW_115 = new BitSet(new long[]{0x0000000000000060L,0x0000000200000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_116 = new BitSet(new long[]{0x1000000000000000L,0x0000000180000000L});
    public static final BitSet FOLLOW_117 = new BitSet(new long[]{0x0000000000000040L,0x0000000004000000L});
    public static final BitSet FOLLOW_118 = new BitSet(new long[]{0x1000000000000000L,0x0000000002000000L});
    public static final BitSet FOLLOW_119 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0001C00001000000L});
    public static final BitSet FOLLOW_120 = new BitSet(new long[]{0x0004000200000000L});
    public static final BitSet FOLLOW_121 = new BitSet(new long[]{0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_122 = new BitSet(new long[]{0x0002000000000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_123 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_124 = new BitSet(new long[]{0x0000000000000000L,0x0000004000000000L});
    public static final BitSet FOLLOW_125 = new BitSet(new long[]{0x0000000000000002L,0x0000078000088000L});
    public static final BitSet FOLLOW_126 = new BitSet(new long[]{0x0000000000000002L,0x0000078000008000L});
    public static final BitSet FOLLOW_127 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_128 = new BitSet(new long[]{0x0000000000000002L,0x0000070000008000L});
    public static final BitSet FOLLOW_129 = new BitSet(new long[]{0x0000000040000002L,0x0000060000008000L});
    public static final BitSet FOLLOW_130 = new BitSet(new long[]{0x0000000000000002L,0x0000040000008000L});
    public static final BitSet FOLLOW_131 = new BitSet(new long[]{0x0000000000000002L,0x0000000000008000L});
    public static final BitSet FOLLOW_132 = new BitSet(new long[]{0x0A33200A1F7C8040L,0xE7FEF2F6709F4800L,0x00000000000FFF9FL});
    public static final BitSet FOLLOW_133 = new BitSet(new long[]{0x0A33200A1F7C8040L,0xE7FEF2F2709F4800L,0x00000000000FFF9FL});
    public static final BitSet FOLLOW_134 = new BitSet(new long[]{0x0A33200A3F7C8040L,0xE7FEF2F2709F4800L,0x00000000000FFF9FL});
    public static final BitSet FOLLOW_135 = new BitSet(new long[]{0x0A32200A1F7C8040L,0xE7FEF2F2709F4800L,0x00000000000FFF9FL});
    public static final BitSet FOLLOW_136 = new BitSet(new long[]{0x0000008002000000L,0x0000200000000000L});
    public static final BitSet FOLLOW_137 = new BitSet(new long[]{0x0000000002000000L,0x0000200000000000L});
    public static final BitSet FOLLOW_138 = new BitSet(new long[]{0x0000000000800000L,0x0000000000000010L});
    public static final BitSet FOLLOW_139 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_140 = new BitSet(new long[]{0x0000000000000000L,0x0000800000000000L});
    public static final BitSet FOLLOW_141 = new BitSet(new long[]{0x0000000000000000L,0x0001000000000000L});
    public static final BitSet FOLLOW_142 = new BitSet(new long[]{0x0000000000000000L,0x0000000020008008L});
    public static final BitSet FOLLOW_143 = new BitSet(new long[]{0x0000000040000000L,0x0000000020000008L});
    public static final BitSet FOLLOW_144 = new BitSet(new long[]{0x0000000000000000L,0x0000000000008008L});
    public static final BitSet FOLLOW_145 = new BitSet(new long[]{0x0000000000000000L,0x0080000000000008L});
    public static final BitSet FOLLOW_146 = new BitSet(new long[]{0x0000000000000000L,0x0000000000080000L});
    public static final BitSet FOLLOW_147 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000008L,0x000E000000000000L});
    public static final BitSet FOLLOW_148 = new BitSet(new long[]{0x0000000000000000L,0x0800000000000000L});
    public static final BitSet FOLLOW_149 = new BitSet(new long[]{0x0000000040000000L,0x1000000020000008L});
    public static final BitSet FOLLOW_150 = new BitSet(new long[]{0x0000000040000000L,0x1000000000000008L});
    public static final BitSet FOLLOW_151 = new BitSet(new long[]{0x0000000020000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_152 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_153 = new BitSet(new long[]{0x0000000000000000L,0x2000000000000000L});
    public static final BitSet FOLLOW_154 = new BitSet(new long[]{0x0000000000000020L,0x8000000000000000L});
    public static final BitSet FOLLOW_155 = new BitSet(new long[]{0x0A3220881F7C8040L,0xE6FEF2F2709F4800L,0x00000000000FFF9EL});
    public static final BitSet FOLLOW_156 = new BitSet(new long[]{0x0000000000000000L,0x0000200000000000L});
    public static final BitSet FOLLOW_157 = new BitSet(new long[]{0x0000400000000002L});
    public static final BitSet FOLLOW_158 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_159 = new BitSet(new long[]{0x00000000000001E0L,0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_160 = new BitSet(new long[]{0x0000008000000000L,0x0000200000000000L});
    public static final BitSet FOLLOW_161 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_162 = new BitSet(new long[]{0x0000000020000000L,0x0000000000100018L,0x0000000000000008L});
    public static final BitSet FOLLOW_163 = new BitSet(new long[]{0x0000000020000000L,0x0000000000100010L,0x0000000000000008L});
    public static final BitSet FOLLOW_164 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_165 = new BitSet(new long[]{0x0000000000000000L,0x0000204000000000L,0x0000000000001800L});
    public static final BitSet FOLLOW_166 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_167 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x00F0000000000000L});
    public static final BitSet FOLLOW_168 = new BitSet(new long[]{0x0000000020000002L});
    public static final BitSet FOLLOW_169 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000020L});
    public static final BitSet FOLLOW_170 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_171 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000080L});
    public static final BitSet FOLLOW_172 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000008L,0x0000000000000100L});
    public static final BitSet FOLLOW_173 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000100L});
    public static final BitSet FOLLOW_174 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000200L});
    public static final BitSet FOLLOW_175 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x0000000000000400L});
    public static final BitSet FOLLOW_176 = new BitSet(new long[]{0x0000000000000000L,0x4000000000000000L});
    public static final BitSet FOLLOW_177 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000000L,0x0000000000100000L});

}