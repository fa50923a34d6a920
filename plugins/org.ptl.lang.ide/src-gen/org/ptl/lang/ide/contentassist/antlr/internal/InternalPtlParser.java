package org.ptl.lang.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.ptl.lang.services.PtlGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalPtlParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_ID", "RULE_INT", "RULE_HEX", "RULE_BIN", "RULE_SIZE", "RULE_STRING", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'='", "'enum'", "'address'", "'implies'", "'or'", "'and'", "'one'", "'level'", "'levels'", "'component'", "'components'", "'table'", "'block'", "'page'", "'invalid'", "'value'", "'flag'", "'software'", "'reserved'", "'ignored'", "'state'", "'input'", "'output'", "'error'", "'warning'", "'info'", "'ignore'", "'some'", "'all'", "'no'", "'import'", "'severity'", "'format'", "'{'", "'granule'", "'bits'", "'..'", "'}'", "'root'", "'pages'", "'stride'", "'blocks'", "'at'", "','", "'descriptor'", "'holds'", "'overlays'", "'['", "']'", "':'", "'claims'", "'on'", "'claim'", "'shared'", "'with'", "'ownership'", "'initially'", "'*'", "'transition'", "'initiator'", "'completer'", "'->'", "'invariant'", "'not'", "'('", "')'", "'in'", "'exactly'", "'most'", "'of'", "'encoding'", "'encoded'", "'.'", "'-'", "'lpa2'"
    };
    public static final int RULE_HEX=6;
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
    public static final int RULE_BIN=7;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=4;
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
    public static final int RULE_STRING=9;
    public static final int RULE_SIZE=8;
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

    	public void setGrammarAccess(PtlGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRulePtlModel"
    // InternalPtl.g:53:1: entryRulePtlModel : rulePtlModel EOF ;
    public final void entryRulePtlModel() throws RecognitionException {
        try {
            // InternalPtl.g:54:1: ( rulePtlModel EOF )
            // InternalPtl.g:55:1: rulePtlModel EOF
            {
             before(grammarAccess.getPtlModelRule()); 
            pushFollow(FOLLOW_1);
            rulePtlModel();

            state._fsp--;

             after(grammarAccess.getPtlModelRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePtlModel"


    // $ANTLR start "rulePtlModel"
    // InternalPtl.g:62:1: rulePtlModel : ( ( rule__PtlModel__Group__0 ) ) ;
    public final void rulePtlModel() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:66:2: ( ( ( rule__PtlModel__Group__0 ) ) )
            // InternalPtl.g:67:2: ( ( rule__PtlModel__Group__0 ) )
            {
            // InternalPtl.g:67:2: ( ( rule__PtlModel__Group__0 ) )
            // InternalPtl.g:68:3: ( rule__PtlModel__Group__0 )
            {
             before(grammarAccess.getPtlModelAccess().getGroup()); 
            // InternalPtl.g:69:3: ( rule__PtlModel__Group__0 )
            // InternalPtl.g:69:4: rule__PtlModel__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PtlModel__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPtlModelAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePtlModel"


    // $ANTLR start "entryRuleImport"
    // InternalPtl.g:78:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalPtl.g:79:1: ( ruleImport EOF )
            // InternalPtl.g:80:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalPtl.g:87:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:91:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalPtl.g:92:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalPtl.g:92:2: ( ( rule__Import__Group__0 ) )
            // InternalPtl.g:93:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalPtl.g:94:3: ( rule__Import__Group__0 )
            // InternalPtl.g:94:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleSeverityDirective"
    // InternalPtl.g:103:1: entryRuleSeverityDirective : ruleSeverityDirective EOF ;
    public final void entryRuleSeverityDirective() throws RecognitionException {
        try {
            // InternalPtl.g:104:1: ( ruleSeverityDirective EOF )
            // InternalPtl.g:105:1: ruleSeverityDirective EOF
            {
             before(grammarAccess.getSeverityDirectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleSeverityDirective();

            state._fsp--;

             after(grammarAccess.getSeverityDirectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSeverityDirective"


    // $ANTLR start "ruleSeverityDirective"
    // InternalPtl.g:112:1: ruleSeverityDirective : ( ( rule__SeverityDirective__Group__0 ) ) ;
    public final void ruleSeverityDirective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:116:2: ( ( ( rule__SeverityDirective__Group__0 ) ) )
            // InternalPtl.g:117:2: ( ( rule__SeverityDirective__Group__0 ) )
            {
            // InternalPtl.g:117:2: ( ( rule__SeverityDirective__Group__0 ) )
            // InternalPtl.g:118:3: ( rule__SeverityDirective__Group__0 )
            {
             before(grammarAccess.getSeverityDirectiveAccess().getGroup()); 
            // InternalPtl.g:119:3: ( rule__SeverityDirective__Group__0 )
            // InternalPtl.g:119:4: rule__SeverityDirective__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SeverityDirective__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSeverityDirectiveAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSeverityDirective"


    // $ANTLR start "entryRuleElement"
    // InternalPtl.g:128:1: entryRuleElement : ruleElement EOF ;
    public final void entryRuleElement() throws RecognitionException {
        try {
            // InternalPtl.g:129:1: ( ruleElement EOF )
            // InternalPtl.g:130:1: ruleElement EOF
            {
             before(grammarAccess.getElementRule()); 
            pushFollow(FOLLOW_1);
            ruleElement();

            state._fsp--;

             after(grammarAccess.getElementRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleElement"


    // $ANTLR start "ruleElement"
    // InternalPtl.g:137:1: ruleElement : ( ( rule__Element__Alternatives ) ) ;
    public final void ruleElement() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:141:2: ( ( ( rule__Element__Alternatives ) ) )
            // InternalPtl.g:142:2: ( ( rule__Element__Alternatives ) )
            {
            // InternalPtl.g:142:2: ( ( rule__Element__Alternatives ) )
            // InternalPtl.g:143:3: ( rule__Element__Alternatives )
            {
             before(grammarAccess.getElementAccess().getAlternatives()); 
            // InternalPtl.g:144:3: ( rule__Element__Alternatives )
            // InternalPtl.g:144:4: rule__Element__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Element__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getElementAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleElement"


    // $ANTLR start "entryRuleFormat"
    // InternalPtl.g:153:1: entryRuleFormat : ruleFormat EOF ;
    public final void entryRuleFormat() throws RecognitionException {
        try {
            // InternalPtl.g:154:1: ( ruleFormat EOF )
            // InternalPtl.g:155:1: ruleFormat EOF
            {
             before(grammarAccess.getFormatRule()); 
            pushFollow(FOLLOW_1);
            ruleFormat();

            state._fsp--;

             after(grammarAccess.getFormatRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleFormat"


    // $ANTLR start "ruleFormat"
    // InternalPtl.g:162:1: ruleFormat : ( ( rule__Format__Group__0 ) ) ;
    public final void ruleFormat() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:166:2: ( ( ( rule__Format__Group__0 ) ) )
            // InternalPtl.g:167:2: ( ( rule__Format__Group__0 ) )
            {
            // InternalPtl.g:167:2: ( ( rule__Format__Group__0 ) )
            // InternalPtl.g:168:3: ( rule__Format__Group__0 )
            {
             before(grammarAccess.getFormatAccess().getGroup()); 
            // InternalPtl.g:169:3: ( rule__Format__Group__0 )
            // InternalPtl.g:169:4: rule__Format__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFormat"


    // $ANTLR start "entryRuleDescriptor"
    // InternalPtl.g:178:1: entryRuleDescriptor : ruleDescriptor EOF ;
    public final void entryRuleDescriptor() throws RecognitionException {
        try {
            // InternalPtl.g:179:1: ( ruleDescriptor EOF )
            // InternalPtl.g:180:1: ruleDescriptor EOF
            {
             before(grammarAccess.getDescriptorRule()); 
            pushFollow(FOLLOW_1);
            ruleDescriptor();

            state._fsp--;

             after(grammarAccess.getDescriptorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDescriptor"


    // $ANTLR start "ruleDescriptor"
    // InternalPtl.g:187:1: ruleDescriptor : ( ( rule__Descriptor__Group__0 ) ) ;
    public final void ruleDescriptor() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:191:2: ( ( ( rule__Descriptor__Group__0 ) ) )
            // InternalPtl.g:192:2: ( ( rule__Descriptor__Group__0 ) )
            {
            // InternalPtl.g:192:2: ( ( rule__Descriptor__Group__0 ) )
            // InternalPtl.g:193:3: ( rule__Descriptor__Group__0 )
            {
             before(grammarAccess.getDescriptorAccess().getGroup()); 
            // InternalPtl.g:194:3: ( rule__Descriptor__Group__0 )
            // InternalPtl.g:194:4: rule__Descriptor__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDescriptor"


    // $ANTLR start "entryRuleField"
    // InternalPtl.g:203:1: entryRuleField : ruleField EOF ;
    public final void entryRuleField() throws RecognitionException {
        try {
            // InternalPtl.g:204:1: ( ruleField EOF )
            // InternalPtl.g:205:1: ruleField EOF
            {
             before(grammarAccess.getFieldRule()); 
            pushFollow(FOLLOW_1);
            ruleField();

            state._fsp--;

             after(grammarAccess.getFieldRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleField"


    // $ANTLR start "ruleField"
    // InternalPtl.g:212:1: ruleField : ( ( rule__Field__Group__0 ) ) ;
    public final void ruleField() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:216:2: ( ( ( rule__Field__Group__0 ) ) )
            // InternalPtl.g:217:2: ( ( rule__Field__Group__0 ) )
            {
            // InternalPtl.g:217:2: ( ( rule__Field__Group__0 ) )
            // InternalPtl.g:218:3: ( rule__Field__Group__0 )
            {
             before(grammarAccess.getFieldAccess().getGroup()); 
            // InternalPtl.g:219:3: ( rule__Field__Group__0 )
            // InternalPtl.g:219:4: rule__Field__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleField"


    // $ANTLR start "entryRuleEnumLiteral"
    // InternalPtl.g:228:1: entryRuleEnumLiteral : ruleEnumLiteral EOF ;
    public final void entryRuleEnumLiteral() throws RecognitionException {
        try {
            // InternalPtl.g:229:1: ( ruleEnumLiteral EOF )
            // InternalPtl.g:230:1: ruleEnumLiteral EOF
            {
             before(grammarAccess.getEnumLiteralRule()); 
            pushFollow(FOLLOW_1);
            ruleEnumLiteral();

            state._fsp--;

             after(grammarAccess.getEnumLiteralRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnumLiteral"


    // $ANTLR start "ruleEnumLiteral"
    // InternalPtl.g:237:1: ruleEnumLiteral : ( ( rule__EnumLiteral__Group__0 ) ) ;
    public final void ruleEnumLiteral() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:241:2: ( ( ( rule__EnumLiteral__Group__0 ) ) )
            // InternalPtl.g:242:2: ( ( rule__EnumLiteral__Group__0 ) )
            {
            // InternalPtl.g:242:2: ( ( rule__EnumLiteral__Group__0 ) )
            // InternalPtl.g:243:3: ( rule__EnumLiteral__Group__0 )
            {
             before(grammarAccess.getEnumLiteralAccess().getGroup()); 
            // InternalPtl.g:244:3: ( rule__EnumLiteral__Group__0 )
            // InternalPtl.g:244:4: rule__EnumLiteral__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__EnumLiteral__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnumLiteralAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnumLiteral"


    // $ANTLR start "entryRuleBitRange"
    // InternalPtl.g:253:1: entryRuleBitRange : ruleBitRange EOF ;
    public final void entryRuleBitRange() throws RecognitionException {
        try {
            // InternalPtl.g:254:1: ( ruleBitRange EOF )
            // InternalPtl.g:255:1: ruleBitRange EOF
            {
             before(grammarAccess.getBitRangeRule()); 
            pushFollow(FOLLOW_1);
            ruleBitRange();

            state._fsp--;

             after(grammarAccess.getBitRangeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBitRange"


    // $ANTLR start "ruleBitRange"
    // InternalPtl.g:262:1: ruleBitRange : ( ( rule__BitRange__Group__0 ) ) ;
    public final void ruleBitRange() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:266:2: ( ( ( rule__BitRange__Group__0 ) ) )
            // InternalPtl.g:267:2: ( ( rule__BitRange__Group__0 ) )
            {
            // InternalPtl.g:267:2: ( ( rule__BitRange__Group__0 ) )
            // InternalPtl.g:268:3: ( rule__BitRange__Group__0 )
            {
             before(grammarAccess.getBitRangeAccess().getGroup()); 
            // InternalPtl.g:269:3: ( rule__BitRange__Group__0 )
            // InternalPtl.g:269:4: rule__BitRange__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__BitRange__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBitRangeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBitRange"


    // $ANTLR start "entryRuleClaimSet"
    // InternalPtl.g:278:1: entryRuleClaimSet : ruleClaimSet EOF ;
    public final void entryRuleClaimSet() throws RecognitionException {
        try {
            // InternalPtl.g:279:1: ( ruleClaimSet EOF )
            // InternalPtl.g:280:1: ruleClaimSet EOF
            {
             before(grammarAccess.getClaimSetRule()); 
            pushFollow(FOLLOW_1);
            ruleClaimSet();

            state._fsp--;

             after(grammarAccess.getClaimSetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleClaimSet"


    // $ANTLR start "ruleClaimSet"
    // InternalPtl.g:287:1: ruleClaimSet : ( ( rule__ClaimSet__Group__0 ) ) ;
    public final void ruleClaimSet() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:291:2: ( ( ( rule__ClaimSet__Group__0 ) ) )
            // InternalPtl.g:292:2: ( ( rule__ClaimSet__Group__0 ) )
            {
            // InternalPtl.g:292:2: ( ( rule__ClaimSet__Group__0 ) )
            // InternalPtl.g:293:3: ( rule__ClaimSet__Group__0 )
            {
             before(grammarAccess.getClaimSetAccess().getGroup()); 
            // InternalPtl.g:294:3: ( rule__ClaimSet__Group__0 )
            // InternalPtl.g:294:4: rule__ClaimSet__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getClaimSetAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleClaimSet"


    // $ANTLR start "entryRuleClaim"
    // InternalPtl.g:303:1: entryRuleClaim : ruleClaim EOF ;
    public final void entryRuleClaim() throws RecognitionException {
        try {
            // InternalPtl.g:304:1: ( ruleClaim EOF )
            // InternalPtl.g:305:1: ruleClaim EOF
            {
             before(grammarAccess.getClaimRule()); 
            pushFollow(FOLLOW_1);
            ruleClaim();

            state._fsp--;

             after(grammarAccess.getClaimRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleClaim"


    // $ANTLR start "ruleClaim"
    // InternalPtl.g:312:1: ruleClaim : ( ( rule__Claim__Group__0 ) ) ;
    public final void ruleClaim() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:316:2: ( ( ( rule__Claim__Group__0 ) ) )
            // InternalPtl.g:317:2: ( ( rule__Claim__Group__0 ) )
            {
            // InternalPtl.g:317:2: ( ( rule__Claim__Group__0 ) )
            // InternalPtl.g:318:3: ( rule__Claim__Group__0 )
            {
             before(grammarAccess.getClaimAccess().getGroup()); 
            // InternalPtl.g:319:3: ( rule__Claim__Group__0 )
            // InternalPtl.g:319:4: rule__Claim__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Claim__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getClaimAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleClaim"


    // $ANTLR start "entryRuleOwnershipModel"
    // InternalPtl.g:328:1: entryRuleOwnershipModel : ruleOwnershipModel EOF ;
    public final void entryRuleOwnershipModel() throws RecognitionException {
        try {
            // InternalPtl.g:329:1: ( ruleOwnershipModel EOF )
            // InternalPtl.g:330:1: ruleOwnershipModel EOF
            {
             before(grammarAccess.getOwnershipModelRule()); 
            pushFollow(FOLLOW_1);
            ruleOwnershipModel();

            state._fsp--;

             after(grammarAccess.getOwnershipModelRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOwnershipModel"


    // $ANTLR start "ruleOwnershipModel"
    // InternalPtl.g:337:1: ruleOwnershipModel : ( ( rule__OwnershipModel__Group__0 ) ) ;
    public final void ruleOwnershipModel() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:341:2: ( ( ( rule__OwnershipModel__Group__0 ) ) )
            // InternalPtl.g:342:2: ( ( rule__OwnershipModel__Group__0 ) )
            {
            // InternalPtl.g:342:2: ( ( rule__OwnershipModel__Group__0 ) )
            // InternalPtl.g:343:3: ( rule__OwnershipModel__Group__0 )
            {
             before(grammarAccess.getOwnershipModelAccess().getGroup()); 
            // InternalPtl.g:344:3: ( rule__OwnershipModel__Group__0 )
            // InternalPtl.g:344:4: rule__OwnershipModel__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOwnershipModelAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOwnershipModel"


    // $ANTLR start "entryRuleState"
    // InternalPtl.g:353:1: entryRuleState : ruleState EOF ;
    public final void entryRuleState() throws RecognitionException {
        try {
            // InternalPtl.g:354:1: ( ruleState EOF )
            // InternalPtl.g:355:1: ruleState EOF
            {
             before(grammarAccess.getStateRule()); 
            pushFollow(FOLLOW_1);
            ruleState();

            state._fsp--;

             after(grammarAccess.getStateRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleState"


    // $ANTLR start "ruleState"
    // InternalPtl.g:362:1: ruleState : ( ( rule__State__Group__0 ) ) ;
    public final void ruleState() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:366:2: ( ( ( rule__State__Group__0 ) ) )
            // InternalPtl.g:367:2: ( ( rule__State__Group__0 ) )
            {
            // InternalPtl.g:367:2: ( ( rule__State__Group__0 ) )
            // InternalPtl.g:368:3: ( rule__State__Group__0 )
            {
             before(grammarAccess.getStateAccess().getGroup()); 
            // InternalPtl.g:369:3: ( rule__State__Group__0 )
            // InternalPtl.g:369:4: rule__State__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__State__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStateAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleState"


    // $ANTLR start "entryRuleComponent"
    // InternalPtl.g:378:1: entryRuleComponent : ruleComponent EOF ;
    public final void entryRuleComponent() throws RecognitionException {
        try {
            // InternalPtl.g:379:1: ( ruleComponent EOF )
            // InternalPtl.g:380:1: ruleComponent EOF
            {
             before(grammarAccess.getComponentRule()); 
            pushFollow(FOLLOW_1);
            ruleComponent();

            state._fsp--;

             after(grammarAccess.getComponentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleComponent"


    // $ANTLR start "ruleComponent"
    // InternalPtl.g:387:1: ruleComponent : ( ( rule__Component__Group__0 ) ) ;
    public final void ruleComponent() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:391:2: ( ( ( rule__Component__Group__0 ) ) )
            // InternalPtl.g:392:2: ( ( rule__Component__Group__0 ) )
            {
            // InternalPtl.g:392:2: ( ( rule__Component__Group__0 ) )
            // InternalPtl.g:393:3: ( rule__Component__Group__0 )
            {
             before(grammarAccess.getComponentAccess().getGroup()); 
            // InternalPtl.g:394:3: ( rule__Component__Group__0 )
            // InternalPtl.g:394:4: rule__Component__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Component__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getComponentAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleComponent"


    // $ANTLR start "entryRuleTransition"
    // InternalPtl.g:403:1: entryRuleTransition : ruleTransition EOF ;
    public final void entryRuleTransition() throws RecognitionException {
        try {
            // InternalPtl.g:404:1: ( ruleTransition EOF )
            // InternalPtl.g:405:1: ruleTransition EOF
            {
             before(grammarAccess.getTransitionRule()); 
            pushFollow(FOLLOW_1);
            ruleTransition();

            state._fsp--;

             after(grammarAccess.getTransitionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTransition"


    // $ANTLR start "ruleTransition"
    // InternalPtl.g:412:1: ruleTransition : ( ( rule__Transition__Group__0 ) ) ;
    public final void ruleTransition() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:416:2: ( ( ( rule__Transition__Group__0 ) ) )
            // InternalPtl.g:417:2: ( ( rule__Transition__Group__0 ) )
            {
            // InternalPtl.g:417:2: ( ( rule__Transition__Group__0 ) )
            // InternalPtl.g:418:3: ( rule__Transition__Group__0 )
            {
             before(grammarAccess.getTransitionAccess().getGroup()); 
            // InternalPtl.g:419:3: ( rule__Transition__Group__0 )
            // InternalPtl.g:419:4: rule__Transition__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Transition__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTransition"


    // $ANTLR start "entryRuleTransitionSide"
    // InternalPtl.g:428:1: entryRuleTransitionSide : ruleTransitionSide EOF ;
    public final void entryRuleTransitionSide() throws RecognitionException {
        try {
            // InternalPtl.g:429:1: ( ruleTransitionSide EOF )
            // InternalPtl.g:430:1: ruleTransitionSide EOF
            {
             before(grammarAccess.getTransitionSideRule()); 
            pushFollow(FOLLOW_1);
            ruleTransitionSide();

            state._fsp--;

             after(grammarAccess.getTransitionSideRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTransitionSide"


    // $ANTLR start "ruleTransitionSide"
    // InternalPtl.g:437:1: ruleTransitionSide : ( ( rule__TransitionSide__Group__0 ) ) ;
    public final void ruleTransitionSide() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:441:2: ( ( ( rule__TransitionSide__Group__0 ) ) )
            // InternalPtl.g:442:2: ( ( rule__TransitionSide__Group__0 ) )
            {
            // InternalPtl.g:442:2: ( ( rule__TransitionSide__Group__0 ) )
            // InternalPtl.g:443:3: ( rule__TransitionSide__Group__0 )
            {
             before(grammarAccess.getTransitionSideAccess().getGroup()); 
            // InternalPtl.g:444:3: ( rule__TransitionSide__Group__0 )
            // InternalPtl.g:444:4: rule__TransitionSide__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTransitionSideAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTransitionSide"


    // $ANTLR start "entryRuleInvariant"
    // InternalPtl.g:453:1: entryRuleInvariant : ruleInvariant EOF ;
    public final void entryRuleInvariant() throws RecognitionException {
        try {
            // InternalPtl.g:454:1: ( ruleInvariant EOF )
            // InternalPtl.g:455:1: ruleInvariant EOF
            {
             before(grammarAccess.getInvariantRule()); 
            pushFollow(FOLLOW_1);
            ruleInvariant();

            state._fsp--;

             after(grammarAccess.getInvariantRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleInvariant"


    // $ANTLR start "ruleInvariant"
    // InternalPtl.g:462:1: ruleInvariant : ( ( rule__Invariant__Group__0 ) ) ;
    public final void ruleInvariant() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:466:2: ( ( ( rule__Invariant__Group__0 ) ) )
            // InternalPtl.g:467:2: ( ( rule__Invariant__Group__0 ) )
            {
            // InternalPtl.g:467:2: ( ( rule__Invariant__Group__0 ) )
            // InternalPtl.g:468:3: ( rule__Invariant__Group__0 )
            {
             before(grammarAccess.getInvariantAccess().getGroup()); 
            // InternalPtl.g:469:3: ( rule__Invariant__Group__0 )
            // InternalPtl.g:469:4: rule__Invariant__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Invariant__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getInvariantAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleInvariant"


    // $ANTLR start "entryRuleImplication"
    // InternalPtl.g:478:1: entryRuleImplication : ruleImplication EOF ;
    public final void entryRuleImplication() throws RecognitionException {
        try {
            // InternalPtl.g:479:1: ( ruleImplication EOF )
            // InternalPtl.g:480:1: ruleImplication EOF
            {
             before(grammarAccess.getImplicationRule()); 
            pushFollow(FOLLOW_1);
            ruleImplication();

            state._fsp--;

             after(grammarAccess.getImplicationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImplication"


    // $ANTLR start "ruleImplication"
    // InternalPtl.g:487:1: ruleImplication : ( ( rule__Implication__Group__0 ) ) ;
    public final void ruleImplication() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:491:2: ( ( ( rule__Implication__Group__0 ) ) )
            // InternalPtl.g:492:2: ( ( rule__Implication__Group__0 ) )
            {
            // InternalPtl.g:492:2: ( ( rule__Implication__Group__0 ) )
            // InternalPtl.g:493:3: ( rule__Implication__Group__0 )
            {
             before(grammarAccess.getImplicationAccess().getGroup()); 
            // InternalPtl.g:494:3: ( rule__Implication__Group__0 )
            // InternalPtl.g:494:4: rule__Implication__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Implication__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImplicationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImplication"


    // $ANTLR start "entryRuleDisjunction"
    // InternalPtl.g:503:1: entryRuleDisjunction : ruleDisjunction EOF ;
    public final void entryRuleDisjunction() throws RecognitionException {
        try {
            // InternalPtl.g:504:1: ( ruleDisjunction EOF )
            // InternalPtl.g:505:1: ruleDisjunction EOF
            {
             before(grammarAccess.getDisjunctionRule()); 
            pushFollow(FOLLOW_1);
            ruleDisjunction();

            state._fsp--;

             after(grammarAccess.getDisjunctionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDisjunction"


    // $ANTLR start "ruleDisjunction"
    // InternalPtl.g:512:1: ruleDisjunction : ( ( rule__Disjunction__Group__0 ) ) ;
    public final void ruleDisjunction() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:516:2: ( ( ( rule__Disjunction__Group__0 ) ) )
            // InternalPtl.g:517:2: ( ( rule__Disjunction__Group__0 ) )
            {
            // InternalPtl.g:517:2: ( ( rule__Disjunction__Group__0 ) )
            // InternalPtl.g:518:3: ( rule__Disjunction__Group__0 )
            {
             before(grammarAccess.getDisjunctionAccess().getGroup()); 
            // InternalPtl.g:519:3: ( rule__Disjunction__Group__0 )
            // InternalPtl.g:519:4: rule__Disjunction__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Disjunction__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDisjunctionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDisjunction"


    // $ANTLR start "entryRuleConjunction"
    // InternalPtl.g:528:1: entryRuleConjunction : ruleConjunction EOF ;
    public final void entryRuleConjunction() throws RecognitionException {
        try {
            // InternalPtl.g:529:1: ( ruleConjunction EOF )
            // InternalPtl.g:530:1: ruleConjunction EOF
            {
             before(grammarAccess.getConjunctionRule()); 
            pushFollow(FOLLOW_1);
            ruleConjunction();

            state._fsp--;

             after(grammarAccess.getConjunctionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleConjunction"


    // $ANTLR start "ruleConjunction"
    // InternalPtl.g:537:1: ruleConjunction : ( ( rule__Conjunction__Group__0 ) ) ;
    public final void ruleConjunction() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:541:2: ( ( ( rule__Conjunction__Group__0 ) ) )
            // InternalPtl.g:542:2: ( ( rule__Conjunction__Group__0 ) )
            {
            // InternalPtl.g:542:2: ( ( rule__Conjunction__Group__0 ) )
            // InternalPtl.g:543:3: ( rule__Conjunction__Group__0 )
            {
             before(grammarAccess.getConjunctionAccess().getGroup()); 
            // InternalPtl.g:544:3: ( rule__Conjunction__Group__0 )
            // InternalPtl.g:544:4: rule__Conjunction__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Conjunction__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getConjunctionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleConjunction"


    // $ANTLR start "entryRuleNegation"
    // InternalPtl.g:553:1: entryRuleNegation : ruleNegation EOF ;
    public final void entryRuleNegation() throws RecognitionException {
        try {
            // InternalPtl.g:554:1: ( ruleNegation EOF )
            // InternalPtl.g:555:1: ruleNegation EOF
            {
             before(grammarAccess.getNegationRule()); 
            pushFollow(FOLLOW_1);
            ruleNegation();

            state._fsp--;

             after(grammarAccess.getNegationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleNegation"


    // $ANTLR start "ruleNegation"
    // InternalPtl.g:562:1: ruleNegation : ( ( rule__Negation__Alternatives ) ) ;
    public final void ruleNegation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:566:2: ( ( ( rule__Negation__Alternatives ) ) )
            // InternalPtl.g:567:2: ( ( rule__Negation__Alternatives ) )
            {
            // InternalPtl.g:567:2: ( ( rule__Negation__Alternatives ) )
            // InternalPtl.g:568:3: ( rule__Negation__Alternatives )
            {
             before(grammarAccess.getNegationAccess().getAlternatives()); 
            // InternalPtl.g:569:3: ( rule__Negation__Alternatives )
            // InternalPtl.g:569:4: rule__Negation__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Negation__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getNegationAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleNegation"


    // $ANTLR start "entryRulePrimary"
    // InternalPtl.g:578:1: entryRulePrimary : rulePrimary EOF ;
    public final void entryRulePrimary() throws RecognitionException {
        try {
            // InternalPtl.g:579:1: ( rulePrimary EOF )
            // InternalPtl.g:580:1: rulePrimary EOF
            {
             before(grammarAccess.getPrimaryRule()); 
            pushFollow(FOLLOW_1);
            rulePrimary();

            state._fsp--;

             after(grammarAccess.getPrimaryRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePrimary"


    // $ANTLR start "rulePrimary"
    // InternalPtl.g:587:1: rulePrimary : ( ( rule__Primary__Alternatives ) ) ;
    public final void rulePrimary() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:591:2: ( ( ( rule__Primary__Alternatives ) ) )
            // InternalPtl.g:592:2: ( ( rule__Primary__Alternatives ) )
            {
            // InternalPtl.g:592:2: ( ( rule__Primary__Alternatives ) )
            // InternalPtl.g:593:3: ( rule__Primary__Alternatives )
            {
             before(grammarAccess.getPrimaryAccess().getAlternatives()); 
            // InternalPtl.g:594:3: ( rule__Primary__Alternatives )
            // InternalPtl.g:594:4: rule__Primary__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Primary__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPrimaryAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePrimary"


    // $ANTLR start "entryRuleQuantified"
    // InternalPtl.g:603:1: entryRuleQuantified : ruleQuantified EOF ;
    public final void entryRuleQuantified() throws RecognitionException {
        try {
            // InternalPtl.g:604:1: ( ruleQuantified EOF )
            // InternalPtl.g:605:1: ruleQuantified EOF
            {
             before(grammarAccess.getQuantifiedRule()); 
            pushFollow(FOLLOW_1);
            ruleQuantified();

            state._fsp--;

             after(grammarAccess.getQuantifiedRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleQuantified"


    // $ANTLR start "ruleQuantified"
    // InternalPtl.g:612:1: ruleQuantified : ( ( rule__Quantified__Group__0 ) ) ;
    public final void ruleQuantified() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:616:2: ( ( ( rule__Quantified__Group__0 ) ) )
            // InternalPtl.g:617:2: ( ( rule__Quantified__Group__0 ) )
            {
            // InternalPtl.g:617:2: ( ( rule__Quantified__Group__0 ) )
            // InternalPtl.g:618:3: ( rule__Quantified__Group__0 )
            {
             before(grammarAccess.getQuantifiedAccess().getGroup()); 
            // InternalPtl.g:619:3: ( rule__Quantified__Group__0 )
            // InternalPtl.g:619:4: rule__Quantified__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQuantified"


    // $ANTLR start "entryRuleEncoding"
    // InternalPtl.g:628:1: entryRuleEncoding : ruleEncoding EOF ;
    public final void entryRuleEncoding() throws RecognitionException {
        try {
            // InternalPtl.g:629:1: ( ruleEncoding EOF )
            // InternalPtl.g:630:1: ruleEncoding EOF
            {
             before(grammarAccess.getEncodingRule()); 
            pushFollow(FOLLOW_1);
            ruleEncoding();

            state._fsp--;

             after(grammarAccess.getEncodingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEncoding"


    // $ANTLR start "ruleEncoding"
    // InternalPtl.g:637:1: ruleEncoding : ( ( rule__Encoding__Group__0 ) ) ;
    public final void ruleEncoding() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:641:2: ( ( ( rule__Encoding__Group__0 ) ) )
            // InternalPtl.g:642:2: ( ( rule__Encoding__Group__0 ) )
            {
            // InternalPtl.g:642:2: ( ( rule__Encoding__Group__0 ) )
            // InternalPtl.g:643:3: ( rule__Encoding__Group__0 )
            {
             before(grammarAccess.getEncodingAccess().getGroup()); 
            // InternalPtl.g:644:3: ( rule__Encoding__Group__0 )
            // InternalPtl.g:644:4: rule__Encoding__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Encoding__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEncodingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEncoding"


    // $ANTLR start "entryRuleStateEncoding"
    // InternalPtl.g:653:1: entryRuleStateEncoding : ruleStateEncoding EOF ;
    public final void entryRuleStateEncoding() throws RecognitionException {
        try {
            // InternalPtl.g:654:1: ( ruleStateEncoding EOF )
            // InternalPtl.g:655:1: ruleStateEncoding EOF
            {
             before(grammarAccess.getStateEncodingRule()); 
            pushFollow(FOLLOW_1);
            ruleStateEncoding();

            state._fsp--;

             after(grammarAccess.getStateEncodingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStateEncoding"


    // $ANTLR start "ruleStateEncoding"
    // InternalPtl.g:662:1: ruleStateEncoding : ( ( rule__StateEncoding__Group__0 ) ) ;
    public final void ruleStateEncoding() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:666:2: ( ( ( rule__StateEncoding__Group__0 ) ) )
            // InternalPtl.g:667:2: ( ( rule__StateEncoding__Group__0 ) )
            {
            // InternalPtl.g:667:2: ( ( rule__StateEncoding__Group__0 ) )
            // InternalPtl.g:668:3: ( rule__StateEncoding__Group__0 )
            {
             before(grammarAccess.getStateEncodingAccess().getGroup()); 
            // InternalPtl.g:669:3: ( rule__StateEncoding__Group__0 )
            // InternalPtl.g:669:4: rule__StateEncoding__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStateEncodingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStateEncoding"


    // $ANTLR start "entryRuleReservedEncoding"
    // InternalPtl.g:678:1: entryRuleReservedEncoding : ruleReservedEncoding EOF ;
    public final void entryRuleReservedEncoding() throws RecognitionException {
        try {
            // InternalPtl.g:679:1: ( ruleReservedEncoding EOF )
            // InternalPtl.g:680:1: ruleReservedEncoding EOF
            {
             before(grammarAccess.getReservedEncodingRule()); 
            pushFollow(FOLLOW_1);
            ruleReservedEncoding();

            state._fsp--;

             after(grammarAccess.getReservedEncodingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleReservedEncoding"


    // $ANTLR start "ruleReservedEncoding"
    // InternalPtl.g:687:1: ruleReservedEncoding : ( ( rule__ReservedEncoding__Group__0 ) ) ;
    public final void ruleReservedEncoding() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:691:2: ( ( ( rule__ReservedEncoding__Group__0 ) ) )
            // InternalPtl.g:692:2: ( ( rule__ReservedEncoding__Group__0 ) )
            {
            // InternalPtl.g:692:2: ( ( rule__ReservedEncoding__Group__0 ) )
            // InternalPtl.g:693:3: ( rule__ReservedEncoding__Group__0 )
            {
             before(grammarAccess.getReservedEncodingAccess().getGroup()); 
            // InternalPtl.g:694:3: ( rule__ReservedEncoding__Group__0 )
            // InternalPtl.g:694:4: rule__ReservedEncoding__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ReservedEncoding__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getReservedEncodingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleReservedEncoding"


    // $ANTLR start "entryRuleValidID"
    // InternalPtl.g:703:1: entryRuleValidID : ruleValidID EOF ;
    public final void entryRuleValidID() throws RecognitionException {
        try {
            // InternalPtl.g:704:1: ( ruleValidID EOF )
            // InternalPtl.g:705:1: ruleValidID EOF
            {
             before(grammarAccess.getValidIDRule()); 
            pushFollow(FOLLOW_1);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getValidIDRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleValidID"


    // $ANTLR start "ruleValidID"
    // InternalPtl.g:712:1: ruleValidID : ( ( rule__ValidID__Alternatives ) ) ;
    public final void ruleValidID() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:716:2: ( ( ( rule__ValidID__Alternatives ) ) )
            // InternalPtl.g:717:2: ( ( rule__ValidID__Alternatives ) )
            {
            // InternalPtl.g:717:2: ( ( rule__ValidID__Alternatives ) )
            // InternalPtl.g:718:3: ( rule__ValidID__Alternatives )
            {
             before(grammarAccess.getValidIDAccess().getAlternatives()); 
            // InternalPtl.g:719:3: ( rule__ValidID__Alternatives )
            // InternalPtl.g:719:4: rule__ValidID__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ValidID__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getValidIDAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleValidID"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalPtl.g:728:1: entryRuleQualifiedName : ruleQualifiedName EOF ;
    public final void entryRuleQualifiedName() throws RecognitionException {
        try {
            // InternalPtl.g:729:1: ( ruleQualifiedName EOF )
            // InternalPtl.g:730:1: ruleQualifiedName EOF
            {
             before(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getQualifiedNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalPtl.g:737:1: ruleQualifiedName : ( ( rule__QualifiedName__Group__0 ) ) ;
    public final void ruleQualifiedName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:741:2: ( ( ( rule__QualifiedName__Group__0 ) ) )
            // InternalPtl.g:742:2: ( ( rule__QualifiedName__Group__0 ) )
            {
            // InternalPtl.g:742:2: ( ( rule__QualifiedName__Group__0 ) )
            // InternalPtl.g:743:3: ( rule__QualifiedName__Group__0 )
            {
             before(grammarAccess.getQualifiedNameAccess().getGroup()); 
            // InternalPtl.g:744:3: ( rule__QualifiedName__Group__0 )
            // InternalPtl.g:744:4: rule__QualifiedName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getQualifiedNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "entryRuleSignedInt"
    // InternalPtl.g:753:1: entryRuleSignedInt : ruleSignedInt EOF ;
    public final void entryRuleSignedInt() throws RecognitionException {
        try {
            // InternalPtl.g:754:1: ( ruleSignedInt EOF )
            // InternalPtl.g:755:1: ruleSignedInt EOF
            {
             before(grammarAccess.getSignedIntRule()); 
            pushFollow(FOLLOW_1);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getSignedIntRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSignedInt"


    // $ANTLR start "ruleSignedInt"
    // InternalPtl.g:762:1: ruleSignedInt : ( ( rule__SignedInt__Group__0 ) ) ;
    public final void ruleSignedInt() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:766:2: ( ( ( rule__SignedInt__Group__0 ) ) )
            // InternalPtl.g:767:2: ( ( rule__SignedInt__Group__0 ) )
            {
            // InternalPtl.g:767:2: ( ( rule__SignedInt__Group__0 ) )
            // InternalPtl.g:768:3: ( rule__SignedInt__Group__0 )
            {
             before(grammarAccess.getSignedIntAccess().getGroup()); 
            // InternalPtl.g:769:3: ( rule__SignedInt__Group__0 )
            // InternalPtl.g:769:4: rule__SignedInt__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SignedInt__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSignedIntAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSignedInt"


    // $ANTLR start "entryRuleNumber"
    // InternalPtl.g:778:1: entryRuleNumber : ruleNumber EOF ;
    public final void entryRuleNumber() throws RecognitionException {
        try {
            // InternalPtl.g:779:1: ( ruleNumber EOF )
            // InternalPtl.g:780:1: ruleNumber EOF
            {
             before(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getNumberRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalPtl.g:787:1: ruleNumber : ( ( rule__Number__Alternatives ) ) ;
    public final void ruleNumber() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:791:2: ( ( ( rule__Number__Alternatives ) ) )
            // InternalPtl.g:792:2: ( ( rule__Number__Alternatives ) )
            {
            // InternalPtl.g:792:2: ( ( rule__Number__Alternatives ) )
            // InternalPtl.g:793:3: ( rule__Number__Alternatives )
            {
             before(grammarAccess.getNumberAccess().getAlternatives()); 
            // InternalPtl.g:794:3: ( rule__Number__Alternatives )
            // InternalPtl.g:794:4: rule__Number__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Number__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getNumberAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleByteSize"
    // InternalPtl.g:803:1: entryRuleByteSize : ruleByteSize EOF ;
    public final void entryRuleByteSize() throws RecognitionException {
        try {
            // InternalPtl.g:804:1: ( ruleByteSize EOF )
            // InternalPtl.g:805:1: ruleByteSize EOF
            {
             before(grammarAccess.getByteSizeRule()); 
            pushFollow(FOLLOW_1);
            ruleByteSize();

            state._fsp--;

             after(grammarAccess.getByteSizeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleByteSize"


    // $ANTLR start "ruleByteSize"
    // InternalPtl.g:812:1: ruleByteSize : ( ( rule__ByteSize__Alternatives ) ) ;
    public final void ruleByteSize() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:816:2: ( ( ( rule__ByteSize__Alternatives ) ) )
            // InternalPtl.g:817:2: ( ( rule__ByteSize__Alternatives ) )
            {
            // InternalPtl.g:817:2: ( ( rule__ByteSize__Alternatives ) )
            // InternalPtl.g:818:3: ( rule__ByteSize__Alternatives )
            {
             before(grammarAccess.getByteSizeAccess().getAlternatives()); 
            // InternalPtl.g:819:3: ( rule__ByteSize__Alternatives )
            // InternalPtl.g:819:4: rule__ByteSize__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ByteSize__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getByteSizeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleByteSize"


    // $ANTLR start "ruleSeverityLevel"
    // InternalPtl.g:828:1: ruleSeverityLevel : ( ( rule__SeverityLevel__Alternatives ) ) ;
    public final void ruleSeverityLevel() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:832:1: ( ( ( rule__SeverityLevel__Alternatives ) ) )
            // InternalPtl.g:833:2: ( ( rule__SeverityLevel__Alternatives ) )
            {
            // InternalPtl.g:833:2: ( ( rule__SeverityLevel__Alternatives ) )
            // InternalPtl.g:834:3: ( rule__SeverityLevel__Alternatives )
            {
             before(grammarAccess.getSeverityLevelAccess().getAlternatives()); 
            // InternalPtl.g:835:3: ( rule__SeverityLevel__Alternatives )
            // InternalPtl.g:835:4: rule__SeverityLevel__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SeverityLevel__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSeverityLevelAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSeverityLevel"


    // $ANTLR start "ruleDescriptorKind"
    // InternalPtl.g:844:1: ruleDescriptorKind : ( ( rule__DescriptorKind__Alternatives ) ) ;
    public final void ruleDescriptorKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:848:1: ( ( ( rule__DescriptorKind__Alternatives ) ) )
            // InternalPtl.g:849:2: ( ( rule__DescriptorKind__Alternatives ) )
            {
            // InternalPtl.g:849:2: ( ( rule__DescriptorKind__Alternatives ) )
            // InternalPtl.g:850:3: ( rule__DescriptorKind__Alternatives )
            {
             before(grammarAccess.getDescriptorKindAccess().getAlternatives()); 
            // InternalPtl.g:851:3: ( rule__DescriptorKind__Alternatives )
            // InternalPtl.g:851:4: rule__DescriptorKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__DescriptorKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDescriptorKind"


    // $ANTLR start "ruleFixedKind"
    // InternalPtl.g:860:1: ruleFixedKind : ( ( '=' ) ) ;
    public final void ruleFixedKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:864:1: ( ( ( '=' ) ) )
            // InternalPtl.g:865:2: ( ( '=' ) )
            {
            // InternalPtl.g:865:2: ( ( '=' ) )
            // InternalPtl.g:866:3: ( '=' )
            {
             before(grammarAccess.getFixedKindAccess().getFixedEnumLiteralDeclaration()); 
            // InternalPtl.g:867:3: ( '=' )
            // InternalPtl.g:867:4: '='
            {
            match(input,14,FOLLOW_2); 

            }

             after(grammarAccess.getFixedKindAccess().getFixedEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFixedKind"


    // $ANTLR start "ruleEnumKind"
    // InternalPtl.g:876:1: ruleEnumKind : ( ( 'enum' ) ) ;
    public final void ruleEnumKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:880:1: ( ( ( 'enum' ) ) )
            // InternalPtl.g:881:2: ( ( 'enum' ) )
            {
            // InternalPtl.g:881:2: ( ( 'enum' ) )
            // InternalPtl.g:882:3: ( 'enum' )
            {
             before(grammarAccess.getEnumKindAccess().getEnumEnumLiteralDeclaration()); 
            // InternalPtl.g:883:3: ( 'enum' )
            // InternalPtl.g:883:4: 'enum'
            {
            match(input,15,FOLLOW_2); 

            }

             after(grammarAccess.getEnumKindAccess().getEnumEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnumKind"


    // $ANTLR start "ruleAddressKind"
    // InternalPtl.g:892:1: ruleAddressKind : ( ( 'address' ) ) ;
    public final void ruleAddressKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:896:1: ( ( ( 'address' ) ) )
            // InternalPtl.g:897:2: ( ( 'address' ) )
            {
            // InternalPtl.g:897:2: ( ( 'address' ) )
            // InternalPtl.g:898:3: ( 'address' )
            {
             before(grammarAccess.getAddressKindAccess().getAddressEnumLiteralDeclaration()); 
            // InternalPtl.g:899:3: ( 'address' )
            // InternalPtl.g:899:4: 'address'
            {
            match(input,16,FOLLOW_2); 

            }

             after(grammarAccess.getAddressKindAccess().getAddressEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAddressKind"


    // $ANTLR start "rulePlainKind"
    // InternalPtl.g:908:1: rulePlainKind : ( ( rule__PlainKind__Alternatives ) ) ;
    public final void rulePlainKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:912:1: ( ( ( rule__PlainKind__Alternatives ) ) )
            // InternalPtl.g:913:2: ( ( rule__PlainKind__Alternatives ) )
            {
            // InternalPtl.g:913:2: ( ( rule__PlainKind__Alternatives ) )
            // InternalPtl.g:914:3: ( rule__PlainKind__Alternatives )
            {
             before(grammarAccess.getPlainKindAccess().getAlternatives()); 
            // InternalPtl.g:915:3: ( rule__PlainKind__Alternatives )
            // InternalPtl.g:915:4: rule__PlainKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__PlainKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPlainKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlainKind"


    // $ANTLR start "ruleImpliesOperator"
    // InternalPtl.g:924:1: ruleImpliesOperator : ( ( 'implies' ) ) ;
    public final void ruleImpliesOperator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:928:1: ( ( ( 'implies' ) ) )
            // InternalPtl.g:929:2: ( ( 'implies' ) )
            {
            // InternalPtl.g:929:2: ( ( 'implies' ) )
            // InternalPtl.g:930:3: ( 'implies' )
            {
             before(grammarAccess.getImpliesOperatorAccess().getImpliesEnumLiteralDeclaration()); 
            // InternalPtl.g:931:3: ( 'implies' )
            // InternalPtl.g:931:4: 'implies'
            {
            match(input,17,FOLLOW_2); 

            }

             after(grammarAccess.getImpliesOperatorAccess().getImpliesEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImpliesOperator"


    // $ANTLR start "ruleOrOperator"
    // InternalPtl.g:940:1: ruleOrOperator : ( ( 'or' ) ) ;
    public final void ruleOrOperator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:944:1: ( ( ( 'or' ) ) )
            // InternalPtl.g:945:2: ( ( 'or' ) )
            {
            // InternalPtl.g:945:2: ( ( 'or' ) )
            // InternalPtl.g:946:3: ( 'or' )
            {
             before(grammarAccess.getOrOperatorAccess().getOrEnumLiteralDeclaration()); 
            // InternalPtl.g:947:3: ( 'or' )
            // InternalPtl.g:947:4: 'or'
            {
            match(input,18,FOLLOW_2); 

            }

             after(grammarAccess.getOrOperatorAccess().getOrEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOrOperator"


    // $ANTLR start "ruleAndOperator"
    // InternalPtl.g:956:1: ruleAndOperator : ( ( 'and' ) ) ;
    public final void ruleAndOperator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:960:1: ( ( ( 'and' ) ) )
            // InternalPtl.g:961:2: ( ( 'and' ) )
            {
            // InternalPtl.g:961:2: ( ( 'and' ) )
            // InternalPtl.g:962:3: ( 'and' )
            {
             before(grammarAccess.getAndOperatorAccess().getAndEnumLiteralDeclaration()); 
            // InternalPtl.g:963:3: ( 'and' )
            // InternalPtl.g:963:4: 'and'
            {
            match(input,19,FOLLOW_2); 

            }

             after(grammarAccess.getAndOperatorAccess().getAndEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAndOperator"


    // $ANTLR start "ruleExactlyOne"
    // InternalPtl.g:972:1: ruleExactlyOne : ( ( 'one' ) ) ;
    public final void ruleExactlyOne() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:976:1: ( ( ( 'one' ) ) )
            // InternalPtl.g:977:2: ( ( 'one' ) )
            {
            // InternalPtl.g:977:2: ( ( 'one' ) )
            // InternalPtl.g:978:3: ( 'one' )
            {
             before(grammarAccess.getExactlyOneAccess().getExactlyOneEnumLiteralDeclaration()); 
            // InternalPtl.g:979:3: ( 'one' )
            // InternalPtl.g:979:4: 'one'
            {
            match(input,20,FOLLOW_2); 

            }

             after(grammarAccess.getExactlyOneAccess().getExactlyOneEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleExactlyOne"


    // $ANTLR start "ruleAtMostOne"
    // InternalPtl.g:988:1: ruleAtMostOne : ( ( 'one' ) ) ;
    public final void ruleAtMostOne() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:992:1: ( ( ( 'one' ) ) )
            // InternalPtl.g:993:2: ( ( 'one' ) )
            {
            // InternalPtl.g:993:2: ( ( 'one' ) )
            // InternalPtl.g:994:3: ( 'one' )
            {
             before(grammarAccess.getAtMostOneAccess().getAtMostOneEnumLiteralDeclaration()); 
            // InternalPtl.g:995:3: ( 'one' )
            // InternalPtl.g:995:4: 'one'
            {
            match(input,20,FOLLOW_2); 

            }

             after(grammarAccess.getAtMostOneAccess().getAtMostOneEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAtMostOne"


    // $ANTLR start "ruleSimpleQuantifier"
    // InternalPtl.g:1004:1: ruleSimpleQuantifier : ( ( rule__SimpleQuantifier__Alternatives ) ) ;
    public final void ruleSimpleQuantifier() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1008:1: ( ( ( rule__SimpleQuantifier__Alternatives ) ) )
            // InternalPtl.g:1009:2: ( ( rule__SimpleQuantifier__Alternatives ) )
            {
            // InternalPtl.g:1009:2: ( ( rule__SimpleQuantifier__Alternatives ) )
            // InternalPtl.g:1010:3: ( rule__SimpleQuantifier__Alternatives )
            {
             before(grammarAccess.getSimpleQuantifierAccess().getAlternatives()); 
            // InternalPtl.g:1011:3: ( rule__SimpleQuantifier__Alternatives )
            // InternalPtl.g:1011:4: rule__SimpleQuantifier__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SimpleQuantifier__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSimpleQuantifierAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSimpleQuantifier"


    // $ANTLR start "rule__PtlModel__Alternatives_2"
    // InternalPtl.g:1019:1: rule__PtlModel__Alternatives_2 : ( ( ( rule__PtlModel__SeveritiesAssignment_2_0 ) ) | ( ( rule__PtlModel__ElementsAssignment_2_1 ) ) );
    public final void rule__PtlModel__Alternatives_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1023:1: ( ( ( rule__PtlModel__SeveritiesAssignment_2_0 ) ) | ( ( rule__PtlModel__ElementsAssignment_2_1 ) ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==45) ) {
                alt1=1;
            }
            else if ( (LA1_0==46||LA1_0==64||LA1_0==69||LA1_0==84) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalPtl.g:1024:2: ( ( rule__PtlModel__SeveritiesAssignment_2_0 ) )
                    {
                    // InternalPtl.g:1024:2: ( ( rule__PtlModel__SeveritiesAssignment_2_0 ) )
                    // InternalPtl.g:1025:3: ( rule__PtlModel__SeveritiesAssignment_2_0 )
                    {
                     before(grammarAccess.getPtlModelAccess().getSeveritiesAssignment_2_0()); 
                    // InternalPtl.g:1026:3: ( rule__PtlModel__SeveritiesAssignment_2_0 )
                    // InternalPtl.g:1026:4: rule__PtlModel__SeveritiesAssignment_2_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PtlModel__SeveritiesAssignment_2_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPtlModelAccess().getSeveritiesAssignment_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1030:2: ( ( rule__PtlModel__ElementsAssignment_2_1 ) )
                    {
                    // InternalPtl.g:1030:2: ( ( rule__PtlModel__ElementsAssignment_2_1 ) )
                    // InternalPtl.g:1031:3: ( rule__PtlModel__ElementsAssignment_2_1 )
                    {
                     before(grammarAccess.getPtlModelAccess().getElementsAssignment_2_1()); 
                    // InternalPtl.g:1032:3: ( rule__PtlModel__ElementsAssignment_2_1 )
                    // InternalPtl.g:1032:4: rule__PtlModel__ElementsAssignment_2_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PtlModel__ElementsAssignment_2_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPtlModelAccess().getElementsAssignment_2_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Alternatives_2"


    // $ANTLR start "rule__Element__Alternatives"
    // InternalPtl.g:1040:1: rule__Element__Alternatives : ( ( ruleFormat ) | ( ruleClaimSet ) | ( ruleOwnershipModel ) | ( ruleEncoding ) );
    public final void rule__Element__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1044:1: ( ( ruleFormat ) | ( ruleClaimSet ) | ( ruleOwnershipModel ) | ( ruleEncoding ) )
            int alt2=4;
            switch ( input.LA(1) ) {
            case 46:
                {
                alt2=1;
                }
                break;
            case 64:
                {
                alt2=2;
                }
                break;
            case 69:
                {
                alt2=3;
                }
                break;
            case 84:
                {
                alt2=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }

            switch (alt2) {
                case 1 :
                    // InternalPtl.g:1045:2: ( ruleFormat )
                    {
                    // InternalPtl.g:1045:2: ( ruleFormat )
                    // InternalPtl.g:1046:3: ruleFormat
                    {
                     before(grammarAccess.getElementAccess().getFormatParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleFormat();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getFormatParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1051:2: ( ruleClaimSet )
                    {
                    // InternalPtl.g:1051:2: ( ruleClaimSet )
                    // InternalPtl.g:1052:3: ruleClaimSet
                    {
                     before(grammarAccess.getElementAccess().getClaimSetParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleClaimSet();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getClaimSetParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1057:2: ( ruleOwnershipModel )
                    {
                    // InternalPtl.g:1057:2: ( ruleOwnershipModel )
                    // InternalPtl.g:1058:3: ruleOwnershipModel
                    {
                     before(grammarAccess.getElementAccess().getOwnershipModelParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleOwnershipModel();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getOwnershipModelParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1063:2: ( ruleEncoding )
                    {
                    // InternalPtl.g:1063:2: ( ruleEncoding )
                    // InternalPtl.g:1064:3: ruleEncoding
                    {
                     before(grammarAccess.getElementAccess().getEncodingParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleEncoding();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getEncodingParserRuleCall_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Element__Alternatives"


    // $ANTLR start "rule__Descriptor__Alternatives_3_1"
    // InternalPtl.g:1073:1: rule__Descriptor__Alternatives_3_1 : ( ( 'level' ) | ( 'levels' ) );
    public final void rule__Descriptor__Alternatives_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1077:1: ( ( 'level' ) | ( 'levels' ) )
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==21) ) {
                alt3=1;
            }
            else if ( (LA3_0==22) ) {
                alt3=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }
            switch (alt3) {
                case 1 :
                    // InternalPtl.g:1078:2: ( 'level' )
                    {
                    // InternalPtl.g:1078:2: ( 'level' )
                    // InternalPtl.g:1079:3: 'level'
                    {
                     before(grammarAccess.getDescriptorAccess().getLevelKeyword_3_1_0()); 
                    match(input,21,FOLLOW_2); 
                     after(grammarAccess.getDescriptorAccess().getLevelKeyword_3_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1084:2: ( 'levels' )
                    {
                    // InternalPtl.g:1084:2: ( 'levels' )
                    // InternalPtl.g:1085:3: 'levels'
                    {
                     before(grammarAccess.getDescriptorAccess().getLevelsKeyword_3_1_1()); 
                    match(input,22,FOLLOW_2); 
                     after(grammarAccess.getDescriptorAccess().getLevelsKeyword_3_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Alternatives_3_1"


    // $ANTLR start "rule__Field__Alternatives_2"
    // InternalPtl.g:1094:1: rule__Field__Alternatives_2 : ( ( ( rule__Field__Group_2_0__0 ) ) | ( ( rule__Field__Group_2_1__0 ) ) | ( ( rule__Field__Group_2_2__0 ) ) | ( ( rule__Field__KindAssignment_2_3 ) ) );
    public final void rule__Field__Alternatives_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1098:1: ( ( ( rule__Field__Group_2_0__0 ) ) | ( ( rule__Field__Group_2_1__0 ) ) | ( ( rule__Field__Group_2_2__0 ) ) | ( ( rule__Field__KindAssignment_2_3 ) ) )
            int alt4=4;
            switch ( input.LA(1) ) {
            case 14:
                {
                alt4=1;
                }
                break;
            case 15:
                {
                alt4=2;
                }
                break;
            case 16:
                {
                alt4=3;
                }
                break;
            case 29:
            case 30:
            case 31:
            case 32:
            case 33:
                {
                alt4=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalPtl.g:1099:2: ( ( rule__Field__Group_2_0__0 ) )
                    {
                    // InternalPtl.g:1099:2: ( ( rule__Field__Group_2_0__0 ) )
                    // InternalPtl.g:1100:3: ( rule__Field__Group_2_0__0 )
                    {
                     before(grammarAccess.getFieldAccess().getGroup_2_0()); 
                    // InternalPtl.g:1101:3: ( rule__Field__Group_2_0__0 )
                    // InternalPtl.g:1101:4: rule__Field__Group_2_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Group_2_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getFieldAccess().getGroup_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1105:2: ( ( rule__Field__Group_2_1__0 ) )
                    {
                    // InternalPtl.g:1105:2: ( ( rule__Field__Group_2_1__0 ) )
                    // InternalPtl.g:1106:3: ( rule__Field__Group_2_1__0 )
                    {
                     before(grammarAccess.getFieldAccess().getGroup_2_1()); 
                    // InternalPtl.g:1107:3: ( rule__Field__Group_2_1__0 )
                    // InternalPtl.g:1107:4: rule__Field__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Group_2_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getFieldAccess().getGroup_2_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1111:2: ( ( rule__Field__Group_2_2__0 ) )
                    {
                    // InternalPtl.g:1111:2: ( ( rule__Field__Group_2_2__0 ) )
                    // InternalPtl.g:1112:3: ( rule__Field__Group_2_2__0 )
                    {
                     before(grammarAccess.getFieldAccess().getGroup_2_2()); 
                    // InternalPtl.g:1113:3: ( rule__Field__Group_2_2__0 )
                    // InternalPtl.g:1113:4: rule__Field__Group_2_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Group_2_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getFieldAccess().getGroup_2_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1117:2: ( ( rule__Field__KindAssignment_2_3 ) )
                    {
                    // InternalPtl.g:1117:2: ( ( rule__Field__KindAssignment_2_3 ) )
                    // InternalPtl.g:1118:3: ( rule__Field__KindAssignment_2_3 )
                    {
                     before(grammarAccess.getFieldAccess().getKindAssignment_2_3()); 
                    // InternalPtl.g:1119:3: ( rule__Field__KindAssignment_2_3 )
                    // InternalPtl.g:1119:4: rule__Field__KindAssignment_2_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__KindAssignment_2_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getFieldAccess().getKindAssignment_2_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Alternatives_2"


    // $ANTLR start "rule__Negation__Alternatives"
    // InternalPtl.g:1127:1: rule__Negation__Alternatives : ( ( ( rule__Negation__Group_0__0 ) ) | ( rulePrimary ) );
    public final void rule__Negation__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1131:1: ( ( ( rule__Negation__Group_0__0 ) ) | ( rulePrimary ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==77) ) {
                alt5=1;
            }
            else if ( ((LA5_0>=41 && LA5_0<=43)||LA5_0==56||LA5_0==78||LA5_0==81) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalPtl.g:1132:2: ( ( rule__Negation__Group_0__0 ) )
                    {
                    // InternalPtl.g:1132:2: ( ( rule__Negation__Group_0__0 ) )
                    // InternalPtl.g:1133:3: ( rule__Negation__Group_0__0 )
                    {
                     before(grammarAccess.getNegationAccess().getGroup_0()); 
                    // InternalPtl.g:1134:3: ( rule__Negation__Group_0__0 )
                    // InternalPtl.g:1134:4: rule__Negation__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Negation__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getNegationAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1138:2: ( rulePrimary )
                    {
                    // InternalPtl.g:1138:2: ( rulePrimary )
                    // InternalPtl.g:1139:3: rulePrimary
                    {
                     before(grammarAccess.getNegationAccess().getPrimaryParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    rulePrimary();

                    state._fsp--;

                     after(grammarAccess.getNegationAccess().getPrimaryParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Alternatives"


    // $ANTLR start "rule__Primary__Alternatives"
    // InternalPtl.g:1148:1: rule__Primary__Alternatives : ( ( ( rule__Primary__Group_0__0 ) ) | ( ruleQuantified ) );
    public final void rule__Primary__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1152:1: ( ( ( rule__Primary__Group_0__0 ) ) | ( ruleQuantified ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==78) ) {
                alt6=1;
            }
            else if ( ((LA6_0>=41 && LA6_0<=43)||LA6_0==56||LA6_0==81) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalPtl.g:1153:2: ( ( rule__Primary__Group_0__0 ) )
                    {
                    // InternalPtl.g:1153:2: ( ( rule__Primary__Group_0__0 ) )
                    // InternalPtl.g:1154:3: ( rule__Primary__Group_0__0 )
                    {
                     before(grammarAccess.getPrimaryAccess().getGroup_0()); 
                    // InternalPtl.g:1155:3: ( rule__Primary__Group_0__0 )
                    // InternalPtl.g:1155:4: rule__Primary__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Primary__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPrimaryAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1159:2: ( ruleQuantified )
                    {
                    // InternalPtl.g:1159:2: ( ruleQuantified )
                    // InternalPtl.g:1160:3: ruleQuantified
                    {
                     before(grammarAccess.getPrimaryAccess().getQuantifiedParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleQuantified();

                    state._fsp--;

                     after(grammarAccess.getPrimaryAccess().getQuantifiedParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Alternatives"


    // $ANTLR start "rule__Quantified__Alternatives_0"
    // InternalPtl.g:1169:1: rule__Quantified__Alternatives_0 : ( ( ( rule__Quantified__Group_0_0__0 ) ) | ( ( rule__Quantified__Group_0_1__0 ) ) | ( ( rule__Quantified__QuantifierAssignment_0_2 ) ) );
    public final void rule__Quantified__Alternatives_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1173:1: ( ( ( rule__Quantified__Group_0_0__0 ) ) | ( ( rule__Quantified__Group_0_1__0 ) ) | ( ( rule__Quantified__QuantifierAssignment_0_2 ) ) )
            int alt7=3;
            switch ( input.LA(1) ) {
            case 81:
                {
                alt7=1;
                }
                break;
            case 56:
                {
                alt7=2;
                }
                break;
            case 41:
            case 42:
            case 43:
                {
                alt7=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }

            switch (alt7) {
                case 1 :
                    // InternalPtl.g:1174:2: ( ( rule__Quantified__Group_0_0__0 ) )
                    {
                    // InternalPtl.g:1174:2: ( ( rule__Quantified__Group_0_0__0 ) )
                    // InternalPtl.g:1175:3: ( rule__Quantified__Group_0_0__0 )
                    {
                     before(grammarAccess.getQuantifiedAccess().getGroup_0_0()); 
                    // InternalPtl.g:1176:3: ( rule__Quantified__Group_0_0__0 )
                    // InternalPtl.g:1176:4: rule__Quantified__Group_0_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Quantified__Group_0_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getQuantifiedAccess().getGroup_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1180:2: ( ( rule__Quantified__Group_0_1__0 ) )
                    {
                    // InternalPtl.g:1180:2: ( ( rule__Quantified__Group_0_1__0 ) )
                    // InternalPtl.g:1181:3: ( rule__Quantified__Group_0_1__0 )
                    {
                     before(grammarAccess.getQuantifiedAccess().getGroup_0_1()); 
                    // InternalPtl.g:1182:3: ( rule__Quantified__Group_0_1__0 )
                    // InternalPtl.g:1182:4: rule__Quantified__Group_0_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Quantified__Group_0_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getQuantifiedAccess().getGroup_0_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1186:2: ( ( rule__Quantified__QuantifierAssignment_0_2 ) )
                    {
                    // InternalPtl.g:1186:2: ( ( rule__Quantified__QuantifierAssignment_0_2 ) )
                    // InternalPtl.g:1187:3: ( rule__Quantified__QuantifierAssignment_0_2 )
                    {
                     before(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_2()); 
                    // InternalPtl.g:1188:3: ( rule__Quantified__QuantifierAssignment_0_2 )
                    // InternalPtl.g:1188:4: rule__Quantified__QuantifierAssignment_0_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Quantified__QuantifierAssignment_0_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Alternatives_0"


    // $ANTLR start "rule__Quantified__Alternatives_1"
    // InternalPtl.g:1196:1: rule__Quantified__Alternatives_1 : ( ( ( rule__Quantified__Alternatives_1_0 ) ) | ( ( rule__Quantified__Group_1_1__0 ) ) );
    public final void rule__Quantified__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1200:1: ( ( ( rule__Quantified__Alternatives_1_0 ) ) | ( ( rule__Quantified__Group_1_1__0 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( ((LA8_0>=23 && LA8_0<=24)) ) {
                alt8=1;
            }
            else if ( (LA8_0==83) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalPtl.g:1201:2: ( ( rule__Quantified__Alternatives_1_0 ) )
                    {
                    // InternalPtl.g:1201:2: ( ( rule__Quantified__Alternatives_1_0 ) )
                    // InternalPtl.g:1202:3: ( rule__Quantified__Alternatives_1_0 )
                    {
                     before(grammarAccess.getQuantifiedAccess().getAlternatives_1_0()); 
                    // InternalPtl.g:1203:3: ( rule__Quantified__Alternatives_1_0 )
                    // InternalPtl.g:1203:4: rule__Quantified__Alternatives_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Quantified__Alternatives_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getQuantifiedAccess().getAlternatives_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1207:2: ( ( rule__Quantified__Group_1_1__0 ) )
                    {
                    // InternalPtl.g:1207:2: ( ( rule__Quantified__Group_1_1__0 ) )
                    // InternalPtl.g:1208:3: ( rule__Quantified__Group_1_1__0 )
                    {
                     before(grammarAccess.getQuantifiedAccess().getGroup_1_1()); 
                    // InternalPtl.g:1209:3: ( rule__Quantified__Group_1_1__0 )
                    // InternalPtl.g:1209:4: rule__Quantified__Group_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Quantified__Group_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getQuantifiedAccess().getGroup_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Alternatives_1"


    // $ANTLR start "rule__Quantified__Alternatives_1_0"
    // InternalPtl.g:1217:1: rule__Quantified__Alternatives_1_0 : ( ( 'component' ) | ( 'components' ) );
    public final void rule__Quantified__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1221:1: ( ( 'component' ) | ( 'components' ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==23) ) {
                alt9=1;
            }
            else if ( (LA9_0==24) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalPtl.g:1222:2: ( 'component' )
                    {
                    // InternalPtl.g:1222:2: ( 'component' )
                    // InternalPtl.g:1223:3: 'component'
                    {
                     before(grammarAccess.getQuantifiedAccess().getComponentKeyword_1_0_0()); 
                    match(input,23,FOLLOW_2); 
                     after(grammarAccess.getQuantifiedAccess().getComponentKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1228:2: ( 'components' )
                    {
                    // InternalPtl.g:1228:2: ( 'components' )
                    // InternalPtl.g:1229:3: 'components'
                    {
                     before(grammarAccess.getQuantifiedAccess().getComponentsKeyword_1_0_1()); 
                    match(input,24,FOLLOW_2); 
                     after(grammarAccess.getQuantifiedAccess().getComponentsKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Alternatives_1_0"


    // $ANTLR start "rule__Encoding__Alternatives_8"
    // InternalPtl.g:1238:1: rule__Encoding__Alternatives_8 : ( ( ( rule__Encoding__EntriesAssignment_8_0 ) ) | ( ( rule__Encoding__ReservedAssignment_8_1 ) ) );
    public final void rule__Encoding__Alternatives_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1242:1: ( ( ( rule__Encoding__EntriesAssignment_8_0 ) ) | ( ( rule__Encoding__ReservedAssignment_8_1 ) ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==RULE_ID||LA10_0==16||(LA10_0>=25 && LA10_0<=31)||(LA10_0>=33 && LA10_0<=36)) ) {
                alt10=1;
            }
            else if ( (LA10_0==32) ) {
                int LA10_2 = input.LA(2);

                if ( (LA10_2==14||LA10_2==77) ) {
                    alt10=1;
                }
                else if ( ((LA10_2>=RULE_INT && LA10_2<=RULE_BIN)) ) {
                    alt10=2;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 10, 2, input);

                    throw nvae;
                }
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }
            switch (alt10) {
                case 1 :
                    // InternalPtl.g:1243:2: ( ( rule__Encoding__EntriesAssignment_8_0 ) )
                    {
                    // InternalPtl.g:1243:2: ( ( rule__Encoding__EntriesAssignment_8_0 ) )
                    // InternalPtl.g:1244:3: ( rule__Encoding__EntriesAssignment_8_0 )
                    {
                     before(grammarAccess.getEncodingAccess().getEntriesAssignment_8_0()); 
                    // InternalPtl.g:1245:3: ( rule__Encoding__EntriesAssignment_8_0 )
                    // InternalPtl.g:1245:4: rule__Encoding__EntriesAssignment_8_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Encoding__EntriesAssignment_8_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEncodingAccess().getEntriesAssignment_8_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1249:2: ( ( rule__Encoding__ReservedAssignment_8_1 ) )
                    {
                    // InternalPtl.g:1249:2: ( ( rule__Encoding__ReservedAssignment_8_1 ) )
                    // InternalPtl.g:1250:3: ( rule__Encoding__ReservedAssignment_8_1 )
                    {
                     before(grammarAccess.getEncodingAccess().getReservedAssignment_8_1()); 
                    // InternalPtl.g:1251:3: ( rule__Encoding__ReservedAssignment_8_1 )
                    // InternalPtl.g:1251:4: rule__Encoding__ReservedAssignment_8_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Encoding__ReservedAssignment_8_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getEncodingAccess().getReservedAssignment_8_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Alternatives_8"


    // $ANTLR start "rule__StateEncoding__Alternatives_1"
    // InternalPtl.g:1259:1: rule__StateEncoding__Alternatives_1 : ( ( ( rule__StateEncoding__Group_1_0__0 ) ) | ( ( rule__StateEncoding__Group_1_1__0 ) ) );
    public final void rule__StateEncoding__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1263:1: ( ( ( rule__StateEncoding__Group_1_0__0 ) ) | ( ( rule__StateEncoding__Group_1_1__0 ) ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==14) ) {
                alt11=1;
            }
            else if ( (LA11_0==77) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalPtl.g:1264:2: ( ( rule__StateEncoding__Group_1_0__0 ) )
                    {
                    // InternalPtl.g:1264:2: ( ( rule__StateEncoding__Group_1_0__0 ) )
                    // InternalPtl.g:1265:3: ( rule__StateEncoding__Group_1_0__0 )
                    {
                     before(grammarAccess.getStateEncodingAccess().getGroup_1_0()); 
                    // InternalPtl.g:1266:3: ( rule__StateEncoding__Group_1_0__0 )
                    // InternalPtl.g:1266:4: rule__StateEncoding__Group_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__StateEncoding__Group_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getStateEncodingAccess().getGroup_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1270:2: ( ( rule__StateEncoding__Group_1_1__0 ) )
                    {
                    // InternalPtl.g:1270:2: ( ( rule__StateEncoding__Group_1_1__0 ) )
                    // InternalPtl.g:1271:3: ( rule__StateEncoding__Group_1_1__0 )
                    {
                     before(grammarAccess.getStateEncodingAccess().getGroup_1_1()); 
                    // InternalPtl.g:1272:3: ( rule__StateEncoding__Group_1_1__0 )
                    // InternalPtl.g:1272:4: rule__StateEncoding__Group_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__StateEncoding__Group_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getStateEncodingAccess().getGroup_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Alternatives_1"


    // $ANTLR start "rule__ValidID__Alternatives"
    // InternalPtl.g:1280:1: rule__ValidID__Alternatives : ( ( RULE_ID ) | ( 'table' ) | ( 'block' ) | ( 'page' ) | ( 'invalid' ) | ( 'value' ) | ( 'flag' ) | ( 'software' ) | ( 'reserved' ) | ( 'ignored' ) | ( 'address' ) | ( 'state' ) | ( 'input' ) | ( 'output' ) );
    public final void rule__ValidID__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1284:1: ( ( RULE_ID ) | ( 'table' ) | ( 'block' ) | ( 'page' ) | ( 'invalid' ) | ( 'value' ) | ( 'flag' ) | ( 'software' ) | ( 'reserved' ) | ( 'ignored' ) | ( 'address' ) | ( 'state' ) | ( 'input' ) | ( 'output' ) )
            int alt12=14;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt12=1;
                }
                break;
            case 25:
                {
                alt12=2;
                }
                break;
            case 26:
                {
                alt12=3;
                }
                break;
            case 27:
                {
                alt12=4;
                }
                break;
            case 28:
                {
                alt12=5;
                }
                break;
            case 29:
                {
                alt12=6;
                }
                break;
            case 30:
                {
                alt12=7;
                }
                break;
            case 31:
                {
                alt12=8;
                }
                break;
            case 32:
                {
                alt12=9;
                }
                break;
            case 33:
                {
                alt12=10;
                }
                break;
            case 16:
                {
                alt12=11;
                }
                break;
            case 34:
                {
                alt12=12;
                }
                break;
            case 35:
                {
                alt12=13;
                }
                break;
            case 36:
                {
                alt12=14;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }

            switch (alt12) {
                case 1 :
                    // InternalPtl.g:1285:2: ( RULE_ID )
                    {
                    // InternalPtl.g:1285:2: ( RULE_ID )
                    // InternalPtl.g:1286:3: RULE_ID
                    {
                     before(grammarAccess.getValidIDAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1291:2: ( 'table' )
                    {
                    // InternalPtl.g:1291:2: ( 'table' )
                    // InternalPtl.g:1292:3: 'table'
                    {
                     before(grammarAccess.getValidIDAccess().getTableKeyword_1()); 
                    match(input,25,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getTableKeyword_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1297:2: ( 'block' )
                    {
                    // InternalPtl.g:1297:2: ( 'block' )
                    // InternalPtl.g:1298:3: 'block'
                    {
                     before(grammarAccess.getValidIDAccess().getBlockKeyword_2()); 
                    match(input,26,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getBlockKeyword_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1303:2: ( 'page' )
                    {
                    // InternalPtl.g:1303:2: ( 'page' )
                    // InternalPtl.g:1304:3: 'page'
                    {
                     before(grammarAccess.getValidIDAccess().getPageKeyword_3()); 
                    match(input,27,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getPageKeyword_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:1309:2: ( 'invalid' )
                    {
                    // InternalPtl.g:1309:2: ( 'invalid' )
                    // InternalPtl.g:1310:3: 'invalid'
                    {
                     before(grammarAccess.getValidIDAccess().getInvalidKeyword_4()); 
                    match(input,28,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getInvalidKeyword_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalPtl.g:1315:2: ( 'value' )
                    {
                    // InternalPtl.g:1315:2: ( 'value' )
                    // InternalPtl.g:1316:3: 'value'
                    {
                     before(grammarAccess.getValidIDAccess().getValueKeyword_5()); 
                    match(input,29,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getValueKeyword_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalPtl.g:1321:2: ( 'flag' )
                    {
                    // InternalPtl.g:1321:2: ( 'flag' )
                    // InternalPtl.g:1322:3: 'flag'
                    {
                     before(grammarAccess.getValidIDAccess().getFlagKeyword_6()); 
                    match(input,30,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getFlagKeyword_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalPtl.g:1327:2: ( 'software' )
                    {
                    // InternalPtl.g:1327:2: ( 'software' )
                    // InternalPtl.g:1328:3: 'software'
                    {
                     before(grammarAccess.getValidIDAccess().getSoftwareKeyword_7()); 
                    match(input,31,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getSoftwareKeyword_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalPtl.g:1333:2: ( 'reserved' )
                    {
                    // InternalPtl.g:1333:2: ( 'reserved' )
                    // InternalPtl.g:1334:3: 'reserved'
                    {
                     before(grammarAccess.getValidIDAccess().getReservedKeyword_8()); 
                    match(input,32,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getReservedKeyword_8()); 

                    }


                    }
                    break;
                case 10 :
                    // InternalPtl.g:1339:2: ( 'ignored' )
                    {
                    // InternalPtl.g:1339:2: ( 'ignored' )
                    // InternalPtl.g:1340:3: 'ignored'
                    {
                     before(grammarAccess.getValidIDAccess().getIgnoredKeyword_9()); 
                    match(input,33,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getIgnoredKeyword_9()); 

                    }


                    }
                    break;
                case 11 :
                    // InternalPtl.g:1345:2: ( 'address' )
                    {
                    // InternalPtl.g:1345:2: ( 'address' )
                    // InternalPtl.g:1346:3: 'address'
                    {
                     before(grammarAccess.getValidIDAccess().getAddressKeyword_10()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getAddressKeyword_10()); 

                    }


                    }
                    break;
                case 12 :
                    // InternalPtl.g:1351:2: ( 'state' )
                    {
                    // InternalPtl.g:1351:2: ( 'state' )
                    // InternalPtl.g:1352:3: 'state'
                    {
                     before(grammarAccess.getValidIDAccess().getStateKeyword_11()); 
                    match(input,34,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getStateKeyword_11()); 

                    }


                    }
                    break;
                case 13 :
                    // InternalPtl.g:1357:2: ( 'input' )
                    {
                    // InternalPtl.g:1357:2: ( 'input' )
                    // InternalPtl.g:1358:3: 'input'
                    {
                     before(grammarAccess.getValidIDAccess().getInputKeyword_12()); 
                    match(input,35,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getInputKeyword_12()); 

                    }


                    }
                    break;
                case 14 :
                    // InternalPtl.g:1363:2: ( 'output' )
                    {
                    // InternalPtl.g:1363:2: ( 'output' )
                    // InternalPtl.g:1364:3: 'output'
                    {
                     before(grammarAccess.getValidIDAccess().getOutputKeyword_13()); 
                    match(input,36,FOLLOW_2); 
                     after(grammarAccess.getValidIDAccess().getOutputKeyword_13()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidID__Alternatives"


    // $ANTLR start "rule__Number__Alternatives"
    // InternalPtl.g:1373:1: rule__Number__Alternatives : ( ( RULE_INT ) | ( RULE_HEX ) | ( RULE_BIN ) );
    public final void rule__Number__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1377:1: ( ( RULE_INT ) | ( RULE_HEX ) | ( RULE_BIN ) )
            int alt13=3;
            switch ( input.LA(1) ) {
            case RULE_INT:
                {
                alt13=1;
                }
                break;
            case RULE_HEX:
                {
                alt13=2;
                }
                break;
            case RULE_BIN:
                {
                alt13=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }

            switch (alt13) {
                case 1 :
                    // InternalPtl.g:1378:2: ( RULE_INT )
                    {
                    // InternalPtl.g:1378:2: ( RULE_INT )
                    // InternalPtl.g:1379:3: RULE_INT
                    {
                     before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1384:2: ( RULE_HEX )
                    {
                    // InternalPtl.g:1384:2: ( RULE_HEX )
                    // InternalPtl.g:1385:3: RULE_HEX
                    {
                     before(grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1()); 
                    match(input,RULE_HEX,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getHEXTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1390:2: ( RULE_BIN )
                    {
                    // InternalPtl.g:1390:2: ( RULE_BIN )
                    // InternalPtl.g:1391:3: RULE_BIN
                    {
                     before(grammarAccess.getNumberAccess().getBINTerminalRuleCall_2()); 
                    match(input,RULE_BIN,FOLLOW_2); 
                     after(grammarAccess.getNumberAccess().getBINTerminalRuleCall_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Alternatives"


    // $ANTLR start "rule__ByteSize__Alternatives"
    // InternalPtl.g:1400:1: rule__ByteSize__Alternatives : ( ( RULE_INT ) | ( RULE_SIZE ) );
    public final void rule__ByteSize__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1404:1: ( ( RULE_INT ) | ( RULE_SIZE ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_INT) ) {
                alt14=1;
            }
            else if ( (LA14_0==RULE_SIZE) ) {
                alt14=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }
            switch (alt14) {
                case 1 :
                    // InternalPtl.g:1405:2: ( RULE_INT )
                    {
                    // InternalPtl.g:1405:2: ( RULE_INT )
                    // InternalPtl.g:1406:3: RULE_INT
                    {
                     before(grammarAccess.getByteSizeAccess().getINTTerminalRuleCall_0()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getByteSizeAccess().getINTTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1411:2: ( RULE_SIZE )
                    {
                    // InternalPtl.g:1411:2: ( RULE_SIZE )
                    // InternalPtl.g:1412:3: RULE_SIZE
                    {
                     before(grammarAccess.getByteSizeAccess().getSIZETerminalRuleCall_1()); 
                    match(input,RULE_SIZE,FOLLOW_2); 
                     after(grammarAccess.getByteSizeAccess().getSIZETerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteSize__Alternatives"


    // $ANTLR start "rule__SeverityLevel__Alternatives"
    // InternalPtl.g:1421:1: rule__SeverityLevel__Alternatives : ( ( ( 'error' ) ) | ( ( 'warning' ) ) | ( ( 'info' ) ) | ( ( 'ignore' ) ) );
    public final void rule__SeverityLevel__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1425:1: ( ( ( 'error' ) ) | ( ( 'warning' ) ) | ( ( 'info' ) ) | ( ( 'ignore' ) ) )
            int alt15=4;
            switch ( input.LA(1) ) {
            case 37:
                {
                alt15=1;
                }
                break;
            case 38:
                {
                alt15=2;
                }
                break;
            case 39:
                {
                alt15=3;
                }
                break;
            case 40:
                {
                alt15=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }

            switch (alt15) {
                case 1 :
                    // InternalPtl.g:1426:2: ( ( 'error' ) )
                    {
                    // InternalPtl.g:1426:2: ( ( 'error' ) )
                    // InternalPtl.g:1427:3: ( 'error' )
                    {
                     before(grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0()); 
                    // InternalPtl.g:1428:3: ( 'error' )
                    // InternalPtl.g:1428:4: 'error'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getSeverityLevelAccess().getErrorEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1432:2: ( ( 'warning' ) )
                    {
                    // InternalPtl.g:1432:2: ( ( 'warning' ) )
                    // InternalPtl.g:1433:3: ( 'warning' )
                    {
                     before(grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1()); 
                    // InternalPtl.g:1434:3: ( 'warning' )
                    // InternalPtl.g:1434:4: 'warning'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getSeverityLevelAccess().getWarningEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1438:2: ( ( 'info' ) )
                    {
                    // InternalPtl.g:1438:2: ( ( 'info' ) )
                    // InternalPtl.g:1439:3: ( 'info' )
                    {
                     before(grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2()); 
                    // InternalPtl.g:1440:3: ( 'info' )
                    // InternalPtl.g:1440:4: 'info'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getSeverityLevelAccess().getInfoEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1444:2: ( ( 'ignore' ) )
                    {
                    // InternalPtl.g:1444:2: ( ( 'ignore' ) )
                    // InternalPtl.g:1445:3: ( 'ignore' )
                    {
                     before(grammarAccess.getSeverityLevelAccess().getIgnoreEnumLiteralDeclaration_3()); 
                    // InternalPtl.g:1446:3: ( 'ignore' )
                    // InternalPtl.g:1446:4: 'ignore'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getSeverityLevelAccess().getIgnoreEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityLevel__Alternatives"


    // $ANTLR start "rule__DescriptorKind__Alternatives"
    // InternalPtl.g:1454:1: rule__DescriptorKind__Alternatives : ( ( ( 'table' ) ) | ( ( 'block' ) ) | ( ( 'page' ) ) | ( ( 'invalid' ) ) );
    public final void rule__DescriptorKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1458:1: ( ( ( 'table' ) ) | ( ( 'block' ) ) | ( ( 'page' ) ) | ( ( 'invalid' ) ) )
            int alt16=4;
            switch ( input.LA(1) ) {
            case 25:
                {
                alt16=1;
                }
                break;
            case 26:
                {
                alt16=2;
                }
                break;
            case 27:
                {
                alt16=3;
                }
                break;
            case 28:
                {
                alt16=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }

            switch (alt16) {
                case 1 :
                    // InternalPtl.g:1459:2: ( ( 'table' ) )
                    {
                    // InternalPtl.g:1459:2: ( ( 'table' ) )
                    // InternalPtl.g:1460:3: ( 'table' )
                    {
                     before(grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0()); 
                    // InternalPtl.g:1461:3: ( 'table' )
                    // InternalPtl.g:1461:4: 'table'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getDescriptorKindAccess().getTableEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1465:2: ( ( 'block' ) )
                    {
                    // InternalPtl.g:1465:2: ( ( 'block' ) )
                    // InternalPtl.g:1466:3: ( 'block' )
                    {
                     before(grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1()); 
                    // InternalPtl.g:1467:3: ( 'block' )
                    // InternalPtl.g:1467:4: 'block'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getDescriptorKindAccess().getBlockEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1471:2: ( ( 'page' ) )
                    {
                    // InternalPtl.g:1471:2: ( ( 'page' ) )
                    // InternalPtl.g:1472:3: ( 'page' )
                    {
                     before(grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2()); 
                    // InternalPtl.g:1473:3: ( 'page' )
                    // InternalPtl.g:1473:4: 'page'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getDescriptorKindAccess().getPageEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1477:2: ( ( 'invalid' ) )
                    {
                    // InternalPtl.g:1477:2: ( ( 'invalid' ) )
                    // InternalPtl.g:1478:3: ( 'invalid' )
                    {
                     before(grammarAccess.getDescriptorKindAccess().getInvalidEnumLiteralDeclaration_3()); 
                    // InternalPtl.g:1479:3: ( 'invalid' )
                    // InternalPtl.g:1479:4: 'invalid'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getDescriptorKindAccess().getInvalidEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DescriptorKind__Alternatives"


    // $ANTLR start "rule__PlainKind__Alternatives"
    // InternalPtl.g:1487:1: rule__PlainKind__Alternatives : ( ( ( 'value' ) ) | ( ( 'flag' ) ) | ( ( 'software' ) ) | ( ( 'reserved' ) ) | ( ( 'ignored' ) ) );
    public final void rule__PlainKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1491:1: ( ( ( 'value' ) ) | ( ( 'flag' ) ) | ( ( 'software' ) ) | ( ( 'reserved' ) ) | ( ( 'ignored' ) ) )
            int alt17=5;
            switch ( input.LA(1) ) {
            case 29:
                {
                alt17=1;
                }
                break;
            case 30:
                {
                alt17=2;
                }
                break;
            case 31:
                {
                alt17=3;
                }
                break;
            case 32:
                {
                alt17=4;
                }
                break;
            case 33:
                {
                alt17=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }

            switch (alt17) {
                case 1 :
                    // InternalPtl.g:1492:2: ( ( 'value' ) )
                    {
                    // InternalPtl.g:1492:2: ( ( 'value' ) )
                    // InternalPtl.g:1493:3: ( 'value' )
                    {
                     before(grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0()); 
                    // InternalPtl.g:1494:3: ( 'value' )
                    // InternalPtl.g:1494:4: 'value'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlainKindAccess().getValueEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1498:2: ( ( 'flag' ) )
                    {
                    // InternalPtl.g:1498:2: ( ( 'flag' ) )
                    // InternalPtl.g:1499:3: ( 'flag' )
                    {
                     before(grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1()); 
                    // InternalPtl.g:1500:3: ( 'flag' )
                    // InternalPtl.g:1500:4: 'flag'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlainKindAccess().getFlagEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1504:2: ( ( 'software' ) )
                    {
                    // InternalPtl.g:1504:2: ( ( 'software' ) )
                    // InternalPtl.g:1505:3: ( 'software' )
                    {
                     before(grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2()); 
                    // InternalPtl.g:1506:3: ( 'software' )
                    // InternalPtl.g:1506:4: 'software'
                    {
                    match(input,31,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlainKindAccess().getSoftwareEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalPtl.g:1510:2: ( ( 'reserved' ) )
                    {
                    // InternalPtl.g:1510:2: ( ( 'reserved' ) )
                    // InternalPtl.g:1511:3: ( 'reserved' )
                    {
                     before(grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3()); 
                    // InternalPtl.g:1512:3: ( 'reserved' )
                    // InternalPtl.g:1512:4: 'reserved'
                    {
                    match(input,32,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlainKindAccess().getReservedEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalPtl.g:1516:2: ( ( 'ignored' ) )
                    {
                    // InternalPtl.g:1516:2: ( ( 'ignored' ) )
                    // InternalPtl.g:1517:3: ( 'ignored' )
                    {
                     before(grammarAccess.getPlainKindAccess().getIgnoredEnumLiteralDeclaration_4()); 
                    // InternalPtl.g:1518:3: ( 'ignored' )
                    // InternalPtl.g:1518:4: 'ignored'
                    {
                    match(input,33,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlainKindAccess().getIgnoredEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlainKind__Alternatives"


    // $ANTLR start "rule__SimpleQuantifier__Alternatives"
    // InternalPtl.g:1526:1: rule__SimpleQuantifier__Alternatives : ( ( ( 'some' ) ) | ( ( 'all' ) ) | ( ( 'no' ) ) );
    public final void rule__SimpleQuantifier__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1530:1: ( ( ( 'some' ) ) | ( ( 'all' ) ) | ( ( 'no' ) ) )
            int alt18=3;
            switch ( input.LA(1) ) {
            case 41:
                {
                alt18=1;
                }
                break;
            case 42:
                {
                alt18=2;
                }
                break;
            case 43:
                {
                alt18=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalPtl.g:1531:2: ( ( 'some' ) )
                    {
                    // InternalPtl.g:1531:2: ( ( 'some' ) )
                    // InternalPtl.g:1532:3: ( 'some' )
                    {
                     before(grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0()); 
                    // InternalPtl.g:1533:3: ( 'some' )
                    // InternalPtl.g:1533:4: 'some'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getSimpleQuantifierAccess().getSomeEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalPtl.g:1537:2: ( ( 'all' ) )
                    {
                    // InternalPtl.g:1537:2: ( ( 'all' ) )
                    // InternalPtl.g:1538:3: ( 'all' )
                    {
                     before(grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1()); 
                    // InternalPtl.g:1539:3: ( 'all' )
                    // InternalPtl.g:1539:4: 'all'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getSimpleQuantifierAccess().getAllEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalPtl.g:1543:2: ( ( 'no' ) )
                    {
                    // InternalPtl.g:1543:2: ( ( 'no' ) )
                    // InternalPtl.g:1544:3: ( 'no' )
                    {
                     before(grammarAccess.getSimpleQuantifierAccess().getNoneEnumLiteralDeclaration_2()); 
                    // InternalPtl.g:1545:3: ( 'no' )
                    // InternalPtl.g:1545:4: 'no'
                    {
                    match(input,43,FOLLOW_2); 

                    }

                     after(grammarAccess.getSimpleQuantifierAccess().getNoneEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SimpleQuantifier__Alternatives"


    // $ANTLR start "rule__PtlModel__Group__0"
    // InternalPtl.g:1553:1: rule__PtlModel__Group__0 : rule__PtlModel__Group__0__Impl rule__PtlModel__Group__1 ;
    public final void rule__PtlModel__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1557:1: ( rule__PtlModel__Group__0__Impl rule__PtlModel__Group__1 )
            // InternalPtl.g:1558:2: rule__PtlModel__Group__0__Impl rule__PtlModel__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__PtlModel__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PtlModel__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__0"


    // $ANTLR start "rule__PtlModel__Group__0__Impl"
    // InternalPtl.g:1565:1: rule__PtlModel__Group__0__Impl : ( () ) ;
    public final void rule__PtlModel__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1569:1: ( ( () ) )
            // InternalPtl.g:1570:1: ( () )
            {
            // InternalPtl.g:1570:1: ( () )
            // InternalPtl.g:1571:2: ()
            {
             before(grammarAccess.getPtlModelAccess().getPtlModelAction_0()); 
            // InternalPtl.g:1572:2: ()
            // InternalPtl.g:1572:3: 
            {
            }

             after(grammarAccess.getPtlModelAccess().getPtlModelAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__0__Impl"


    // $ANTLR start "rule__PtlModel__Group__1"
    // InternalPtl.g:1580:1: rule__PtlModel__Group__1 : rule__PtlModel__Group__1__Impl rule__PtlModel__Group__2 ;
    public final void rule__PtlModel__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1584:1: ( rule__PtlModel__Group__1__Impl rule__PtlModel__Group__2 )
            // InternalPtl.g:1585:2: rule__PtlModel__Group__1__Impl rule__PtlModel__Group__2
            {
            pushFollow(FOLLOW_3);
            rule__PtlModel__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PtlModel__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__1"


    // $ANTLR start "rule__PtlModel__Group__1__Impl"
    // InternalPtl.g:1592:1: rule__PtlModel__Group__1__Impl : ( ( rule__PtlModel__ImportsAssignment_1 )* ) ;
    public final void rule__PtlModel__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1596:1: ( ( ( rule__PtlModel__ImportsAssignment_1 )* ) )
            // InternalPtl.g:1597:1: ( ( rule__PtlModel__ImportsAssignment_1 )* )
            {
            // InternalPtl.g:1597:1: ( ( rule__PtlModel__ImportsAssignment_1 )* )
            // InternalPtl.g:1598:2: ( rule__PtlModel__ImportsAssignment_1 )*
            {
             before(grammarAccess.getPtlModelAccess().getImportsAssignment_1()); 
            // InternalPtl.g:1599:2: ( rule__PtlModel__ImportsAssignment_1 )*
            loop19:
            do {
                int alt19=2;
                int LA19_0 = input.LA(1);

                if ( (LA19_0==44) ) {
                    alt19=1;
                }


                switch (alt19) {
            	case 1 :
            	    // InternalPtl.g:1599:3: rule__PtlModel__ImportsAssignment_1
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__PtlModel__ImportsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop19;
                }
            } while (true);

             after(grammarAccess.getPtlModelAccess().getImportsAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__1__Impl"


    // $ANTLR start "rule__PtlModel__Group__2"
    // InternalPtl.g:1607:1: rule__PtlModel__Group__2 : rule__PtlModel__Group__2__Impl ;
    public final void rule__PtlModel__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1611:1: ( rule__PtlModel__Group__2__Impl )
            // InternalPtl.g:1612:2: rule__PtlModel__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PtlModel__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__2"


    // $ANTLR start "rule__PtlModel__Group__2__Impl"
    // InternalPtl.g:1618:1: rule__PtlModel__Group__2__Impl : ( ( rule__PtlModel__Alternatives_2 )* ) ;
    public final void rule__PtlModel__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1622:1: ( ( ( rule__PtlModel__Alternatives_2 )* ) )
            // InternalPtl.g:1623:1: ( ( rule__PtlModel__Alternatives_2 )* )
            {
            // InternalPtl.g:1623:1: ( ( rule__PtlModel__Alternatives_2 )* )
            // InternalPtl.g:1624:2: ( rule__PtlModel__Alternatives_2 )*
            {
             before(grammarAccess.getPtlModelAccess().getAlternatives_2()); 
            // InternalPtl.g:1625:2: ( rule__PtlModel__Alternatives_2 )*
            loop20:
            do {
                int alt20=2;
                int LA20_0 = input.LA(1);

                if ( ((LA20_0>=45 && LA20_0<=46)||LA20_0==64||LA20_0==69||LA20_0==84) ) {
                    alt20=1;
                }


                switch (alt20) {
            	case 1 :
            	    // InternalPtl.g:1625:3: rule__PtlModel__Alternatives_2
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__PtlModel__Alternatives_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop20;
                }
            } while (true);

             after(grammarAccess.getPtlModelAccess().getAlternatives_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__Group__2__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalPtl.g:1634:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1638:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalPtl.g:1639:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalPtl.g:1646:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1650:1: ( ( 'import' ) )
            // InternalPtl.g:1651:1: ( 'import' )
            {
            // InternalPtl.g:1651:1: ( 'import' )
            // InternalPtl.g:1652:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalPtl.g:1661:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1665:1: ( rule__Import__Group__1__Impl )
            // InternalPtl.g:1666:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalPtl.g:1672:1: rule__Import__Group__1__Impl : ( ( rule__Import__ImportURIAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1676:1: ( ( ( rule__Import__ImportURIAssignment_1 ) ) )
            // InternalPtl.g:1677:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            {
            // InternalPtl.g:1677:1: ( ( rule__Import__ImportURIAssignment_1 ) )
            // InternalPtl.g:1678:2: ( rule__Import__ImportURIAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getImportURIAssignment_1()); 
            // InternalPtl.g:1679:2: ( rule__Import__ImportURIAssignment_1 )
            // InternalPtl.g:1679:3: rule__Import__ImportURIAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__ImportURIAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getImportURIAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__SeverityDirective__Group__0"
    // InternalPtl.g:1688:1: rule__SeverityDirective__Group__0 : rule__SeverityDirective__Group__0__Impl rule__SeverityDirective__Group__1 ;
    public final void rule__SeverityDirective__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1692:1: ( rule__SeverityDirective__Group__0__Impl rule__SeverityDirective__Group__1 )
            // InternalPtl.g:1693:2: rule__SeverityDirective__Group__0__Impl rule__SeverityDirective__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__SeverityDirective__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SeverityDirective__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__0"


    // $ANTLR start "rule__SeverityDirective__Group__0__Impl"
    // InternalPtl.g:1700:1: rule__SeverityDirective__Group__0__Impl : ( 'severity' ) ;
    public final void rule__SeverityDirective__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1704:1: ( ( 'severity' ) )
            // InternalPtl.g:1705:1: ( 'severity' )
            {
            // InternalPtl.g:1705:1: ( 'severity' )
            // InternalPtl.g:1706:2: 'severity'
            {
             before(grammarAccess.getSeverityDirectiveAccess().getSeverityKeyword_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getSeverityDirectiveAccess().getSeverityKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__0__Impl"


    // $ANTLR start "rule__SeverityDirective__Group__1"
    // InternalPtl.g:1715:1: rule__SeverityDirective__Group__1 : rule__SeverityDirective__Group__1__Impl rule__SeverityDirective__Group__2 ;
    public final void rule__SeverityDirective__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1719:1: ( rule__SeverityDirective__Group__1__Impl rule__SeverityDirective__Group__2 )
            // InternalPtl.g:1720:2: rule__SeverityDirective__Group__1__Impl rule__SeverityDirective__Group__2
            {
            pushFollow(FOLLOW_7);
            rule__SeverityDirective__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SeverityDirective__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__1"


    // $ANTLR start "rule__SeverityDirective__Group__1__Impl"
    // InternalPtl.g:1727:1: rule__SeverityDirective__Group__1__Impl : ( ( rule__SeverityDirective__CheckIdAssignment_1 ) ) ;
    public final void rule__SeverityDirective__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1731:1: ( ( ( rule__SeverityDirective__CheckIdAssignment_1 ) ) )
            // InternalPtl.g:1732:1: ( ( rule__SeverityDirective__CheckIdAssignment_1 ) )
            {
            // InternalPtl.g:1732:1: ( ( rule__SeverityDirective__CheckIdAssignment_1 ) )
            // InternalPtl.g:1733:2: ( rule__SeverityDirective__CheckIdAssignment_1 )
            {
             before(grammarAccess.getSeverityDirectiveAccess().getCheckIdAssignment_1()); 
            // InternalPtl.g:1734:2: ( rule__SeverityDirective__CheckIdAssignment_1 )
            // InternalPtl.g:1734:3: rule__SeverityDirective__CheckIdAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SeverityDirective__CheckIdAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSeverityDirectiveAccess().getCheckIdAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__1__Impl"


    // $ANTLR start "rule__SeverityDirective__Group__2"
    // InternalPtl.g:1742:1: rule__SeverityDirective__Group__2 : rule__SeverityDirective__Group__2__Impl ;
    public final void rule__SeverityDirective__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1746:1: ( rule__SeverityDirective__Group__2__Impl )
            // InternalPtl.g:1747:2: rule__SeverityDirective__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SeverityDirective__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__2"


    // $ANTLR start "rule__SeverityDirective__Group__2__Impl"
    // InternalPtl.g:1753:1: rule__SeverityDirective__Group__2__Impl : ( ( rule__SeverityDirective__LevelAssignment_2 ) ) ;
    public final void rule__SeverityDirective__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1757:1: ( ( ( rule__SeverityDirective__LevelAssignment_2 ) ) )
            // InternalPtl.g:1758:1: ( ( rule__SeverityDirective__LevelAssignment_2 ) )
            {
            // InternalPtl.g:1758:1: ( ( rule__SeverityDirective__LevelAssignment_2 ) )
            // InternalPtl.g:1759:2: ( rule__SeverityDirective__LevelAssignment_2 )
            {
             before(grammarAccess.getSeverityDirectiveAccess().getLevelAssignment_2()); 
            // InternalPtl.g:1760:2: ( rule__SeverityDirective__LevelAssignment_2 )
            // InternalPtl.g:1760:3: rule__SeverityDirective__LevelAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__SeverityDirective__LevelAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getSeverityDirectiveAccess().getLevelAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__Group__2__Impl"


    // $ANTLR start "rule__Format__Group__0"
    // InternalPtl.g:1769:1: rule__Format__Group__0 : rule__Format__Group__0__Impl rule__Format__Group__1 ;
    public final void rule__Format__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1773:1: ( rule__Format__Group__0__Impl rule__Format__Group__1 )
            // InternalPtl.g:1774:2: rule__Format__Group__0__Impl rule__Format__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Format__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__0"


    // $ANTLR start "rule__Format__Group__0__Impl"
    // InternalPtl.g:1781:1: rule__Format__Group__0__Impl : ( 'format' ) ;
    public final void rule__Format__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1785:1: ( ( 'format' ) )
            // InternalPtl.g:1786:1: ( 'format' )
            {
            // InternalPtl.g:1786:1: ( 'format' )
            // InternalPtl.g:1787:2: 'format'
            {
             before(grammarAccess.getFormatAccess().getFormatKeyword_0()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getFormatKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__0__Impl"


    // $ANTLR start "rule__Format__Group__1"
    // InternalPtl.g:1796:1: rule__Format__Group__1 : rule__Format__Group__1__Impl rule__Format__Group__2 ;
    public final void rule__Format__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1800:1: ( rule__Format__Group__1__Impl rule__Format__Group__2 )
            // InternalPtl.g:1801:2: rule__Format__Group__1__Impl rule__Format__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__Format__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__1"


    // $ANTLR start "rule__Format__Group__1__Impl"
    // InternalPtl.g:1808:1: rule__Format__Group__1__Impl : ( ( rule__Format__NameAssignment_1 ) ) ;
    public final void rule__Format__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1812:1: ( ( ( rule__Format__NameAssignment_1 ) ) )
            // InternalPtl.g:1813:1: ( ( rule__Format__NameAssignment_1 ) )
            {
            // InternalPtl.g:1813:1: ( ( rule__Format__NameAssignment_1 ) )
            // InternalPtl.g:1814:2: ( rule__Format__NameAssignment_1 )
            {
             before(grammarAccess.getFormatAccess().getNameAssignment_1()); 
            // InternalPtl.g:1815:2: ( rule__Format__NameAssignment_1 )
            // InternalPtl.g:1815:3: rule__Format__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Format__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__1__Impl"


    // $ANTLR start "rule__Format__Group__2"
    // InternalPtl.g:1823:1: rule__Format__Group__2 : rule__Format__Group__2__Impl rule__Format__Group__3 ;
    public final void rule__Format__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1827:1: ( rule__Format__Group__2__Impl rule__Format__Group__3 )
            // InternalPtl.g:1828:2: rule__Format__Group__2__Impl rule__Format__Group__3
            {
            pushFollow(FOLLOW_9);
            rule__Format__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__2"


    // $ANTLR start "rule__Format__Group__2__Impl"
    // InternalPtl.g:1835:1: rule__Format__Group__2__Impl : ( ( rule__Format__DescriptionAssignment_2 )? ) ;
    public final void rule__Format__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1839:1: ( ( ( rule__Format__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:1840:1: ( ( rule__Format__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:1840:1: ( ( rule__Format__DescriptionAssignment_2 )? )
            // InternalPtl.g:1841:2: ( rule__Format__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getFormatAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:1842:2: ( rule__Format__DescriptionAssignment_2 )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==RULE_STRING) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalPtl.g:1842:3: rule__Format__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__2__Impl"


    // $ANTLR start "rule__Format__Group__3"
    // InternalPtl.g:1850:1: rule__Format__Group__3 : rule__Format__Group__3__Impl rule__Format__Group__4 ;
    public final void rule__Format__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1854:1: ( rule__Format__Group__3__Impl rule__Format__Group__4 )
            // InternalPtl.g:1855:2: rule__Format__Group__3__Impl rule__Format__Group__4
            {
            pushFollow(FOLLOW_10);
            rule__Format__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__3"


    // $ANTLR start "rule__Format__Group__3__Impl"
    // InternalPtl.g:1862:1: rule__Format__Group__3__Impl : ( '{' ) ;
    public final void rule__Format__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1866:1: ( ( '{' ) )
            // InternalPtl.g:1867:1: ( '{' )
            {
            // InternalPtl.g:1867:1: ( '{' )
            // InternalPtl.g:1868:2: '{'
            {
             before(grammarAccess.getFormatAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__3__Impl"


    // $ANTLR start "rule__Format__Group__4"
    // InternalPtl.g:1877:1: rule__Format__Group__4 : rule__Format__Group__4__Impl rule__Format__Group__5 ;
    public final void rule__Format__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1881:1: ( rule__Format__Group__4__Impl rule__Format__Group__5 )
            // InternalPtl.g:1882:2: rule__Format__Group__4__Impl rule__Format__Group__5
            {
            pushFollow(FOLLOW_11);
            rule__Format__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__4"


    // $ANTLR start "rule__Format__Group__4__Impl"
    // InternalPtl.g:1889:1: rule__Format__Group__4__Impl : ( 'granule' ) ;
    public final void rule__Format__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1893:1: ( ( 'granule' ) )
            // InternalPtl.g:1894:1: ( 'granule' )
            {
            // InternalPtl.g:1894:1: ( 'granule' )
            // InternalPtl.g:1895:2: 'granule'
            {
             before(grammarAccess.getFormatAccess().getGranuleKeyword_4()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getGranuleKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__4__Impl"


    // $ANTLR start "rule__Format__Group__5"
    // InternalPtl.g:1904:1: rule__Format__Group__5 : rule__Format__Group__5__Impl rule__Format__Group__6 ;
    public final void rule__Format__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1908:1: ( rule__Format__Group__5__Impl rule__Format__Group__6 )
            // InternalPtl.g:1909:2: rule__Format__Group__5__Impl rule__Format__Group__6
            {
            pushFollow(FOLLOW_12);
            rule__Format__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__5"


    // $ANTLR start "rule__Format__Group__5__Impl"
    // InternalPtl.g:1916:1: rule__Format__Group__5__Impl : ( ( rule__Format__GranuleAssignment_5 ) ) ;
    public final void rule__Format__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1920:1: ( ( ( rule__Format__GranuleAssignment_5 ) ) )
            // InternalPtl.g:1921:1: ( ( rule__Format__GranuleAssignment_5 ) )
            {
            // InternalPtl.g:1921:1: ( ( rule__Format__GranuleAssignment_5 ) )
            // InternalPtl.g:1922:2: ( rule__Format__GranuleAssignment_5 )
            {
             before(grammarAccess.getFormatAccess().getGranuleAssignment_5()); 
            // InternalPtl.g:1923:2: ( rule__Format__GranuleAssignment_5 )
            // InternalPtl.g:1923:3: rule__Format__GranuleAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Format__GranuleAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getGranuleAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__5__Impl"


    // $ANTLR start "rule__Format__Group__6"
    // InternalPtl.g:1931:1: rule__Format__Group__6 : rule__Format__Group__6__Impl rule__Format__Group__7 ;
    public final void rule__Format__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1935:1: ( rule__Format__Group__6__Impl rule__Format__Group__7 )
            // InternalPtl.g:1936:2: rule__Format__Group__6__Impl rule__Format__Group__7
            {
            pushFollow(FOLLOW_13);
            rule__Format__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__6"


    // $ANTLR start "rule__Format__Group__6__Impl"
    // InternalPtl.g:1943:1: rule__Format__Group__6__Impl : ( 'input' ) ;
    public final void rule__Format__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1947:1: ( ( 'input' ) )
            // InternalPtl.g:1948:1: ( 'input' )
            {
            // InternalPtl.g:1948:1: ( 'input' )
            // InternalPtl.g:1949:2: 'input'
            {
             before(grammarAccess.getFormatAccess().getInputKeyword_6()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getInputKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__6__Impl"


    // $ANTLR start "rule__Format__Group__7"
    // InternalPtl.g:1958:1: rule__Format__Group__7 : rule__Format__Group__7__Impl rule__Format__Group__8 ;
    public final void rule__Format__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1962:1: ( rule__Format__Group__7__Impl rule__Format__Group__8 )
            // InternalPtl.g:1963:2: rule__Format__Group__7__Impl rule__Format__Group__8
            {
            pushFollow(FOLLOW_14);
            rule__Format__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__7"


    // $ANTLR start "rule__Format__Group__7__Impl"
    // InternalPtl.g:1970:1: rule__Format__Group__7__Impl : ( ( rule__Format__InputBitsAssignment_7 ) ) ;
    public final void rule__Format__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1974:1: ( ( ( rule__Format__InputBitsAssignment_7 ) ) )
            // InternalPtl.g:1975:1: ( ( rule__Format__InputBitsAssignment_7 ) )
            {
            // InternalPtl.g:1975:1: ( ( rule__Format__InputBitsAssignment_7 ) )
            // InternalPtl.g:1976:2: ( rule__Format__InputBitsAssignment_7 )
            {
             before(grammarAccess.getFormatAccess().getInputBitsAssignment_7()); 
            // InternalPtl.g:1977:2: ( rule__Format__InputBitsAssignment_7 )
            // InternalPtl.g:1977:3: rule__Format__InputBitsAssignment_7
            {
            pushFollow(FOLLOW_2);
            rule__Format__InputBitsAssignment_7();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getInputBitsAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__7__Impl"


    // $ANTLR start "rule__Format__Group__8"
    // InternalPtl.g:1985:1: rule__Format__Group__8 : rule__Format__Group__8__Impl rule__Format__Group__9 ;
    public final void rule__Format__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:1989:1: ( rule__Format__Group__8__Impl rule__Format__Group__9 )
            // InternalPtl.g:1990:2: rule__Format__Group__8__Impl rule__Format__Group__9
            {
            pushFollow(FOLLOW_15);
            rule__Format__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__8"


    // $ANTLR start "rule__Format__Group__8__Impl"
    // InternalPtl.g:1997:1: rule__Format__Group__8__Impl : ( 'bits' ) ;
    public final void rule__Format__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2001:1: ( ( 'bits' ) )
            // InternalPtl.g:2002:1: ( 'bits' )
            {
            // InternalPtl.g:2002:1: ( 'bits' )
            // InternalPtl.g:2003:2: 'bits'
            {
             before(grammarAccess.getFormatAccess().getBitsKeyword_8()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getBitsKeyword_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__8__Impl"


    // $ANTLR start "rule__Format__Group__9"
    // InternalPtl.g:2012:1: rule__Format__Group__9 : rule__Format__Group__9__Impl rule__Format__Group__10 ;
    public final void rule__Format__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2016:1: ( rule__Format__Group__9__Impl rule__Format__Group__10 )
            // InternalPtl.g:2017:2: rule__Format__Group__9__Impl rule__Format__Group__10
            {
            pushFollow(FOLLOW_15);
            rule__Format__Group__9__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__10();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__9"


    // $ANTLR start "rule__Format__Group__9__Impl"
    // InternalPtl.g:2024:1: rule__Format__Group__9__Impl : ( ( rule__Format__Group_9__0 )? ) ;
    public final void rule__Format__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2028:1: ( ( ( rule__Format__Group_9__0 )? ) )
            // InternalPtl.g:2029:1: ( ( rule__Format__Group_9__0 )? )
            {
            // InternalPtl.g:2029:1: ( ( rule__Format__Group_9__0 )? )
            // InternalPtl.g:2030:2: ( rule__Format__Group_9__0 )?
            {
             before(grammarAccess.getFormatAccess().getGroup_9()); 
            // InternalPtl.g:2031:2: ( rule__Format__Group_9__0 )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==36) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalPtl.g:2031:3: rule__Format__Group_9__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__Group_9__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getGroup_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__9__Impl"


    // $ANTLR start "rule__Format__Group__10"
    // InternalPtl.g:2039:1: rule__Format__Group__10 : rule__Format__Group__10__Impl rule__Format__Group__11 ;
    public final void rule__Format__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2043:1: ( rule__Format__Group__10__Impl rule__Format__Group__11 )
            // InternalPtl.g:2044:2: rule__Format__Group__10__Impl rule__Format__Group__11
            {
            pushFollow(FOLLOW_16);
            rule__Format__Group__10__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__11();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__10"


    // $ANTLR start "rule__Format__Group__10__Impl"
    // InternalPtl.g:2051:1: rule__Format__Group__10__Impl : ( 'levels' ) ;
    public final void rule__Format__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2055:1: ( ( 'levels' ) )
            // InternalPtl.g:2056:1: ( 'levels' )
            {
            // InternalPtl.g:2056:1: ( 'levels' )
            // InternalPtl.g:2057:2: 'levels'
            {
             before(grammarAccess.getFormatAccess().getLevelsKeyword_10()); 
            match(input,22,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getLevelsKeyword_10()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__10__Impl"


    // $ANTLR start "rule__Format__Group__11"
    // InternalPtl.g:2066:1: rule__Format__Group__11 : rule__Format__Group__11__Impl rule__Format__Group__12 ;
    public final void rule__Format__Group__11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2070:1: ( rule__Format__Group__11__Impl rule__Format__Group__12 )
            // InternalPtl.g:2071:2: rule__Format__Group__11__Impl rule__Format__Group__12
            {
            pushFollow(FOLLOW_17);
            rule__Format__Group__11__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__12();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__11"


    // $ANTLR start "rule__Format__Group__11__Impl"
    // InternalPtl.g:2078:1: rule__Format__Group__11__Impl : ( ( rule__Format__FirstLevelAssignment_11 ) ) ;
    public final void rule__Format__Group__11__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2082:1: ( ( ( rule__Format__FirstLevelAssignment_11 ) ) )
            // InternalPtl.g:2083:1: ( ( rule__Format__FirstLevelAssignment_11 ) )
            {
            // InternalPtl.g:2083:1: ( ( rule__Format__FirstLevelAssignment_11 ) )
            // InternalPtl.g:2084:2: ( rule__Format__FirstLevelAssignment_11 )
            {
             before(grammarAccess.getFormatAccess().getFirstLevelAssignment_11()); 
            // InternalPtl.g:2085:2: ( rule__Format__FirstLevelAssignment_11 )
            // InternalPtl.g:2085:3: rule__Format__FirstLevelAssignment_11
            {
            pushFollow(FOLLOW_2);
            rule__Format__FirstLevelAssignment_11();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getFirstLevelAssignment_11()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__11__Impl"


    // $ANTLR start "rule__Format__Group__12"
    // InternalPtl.g:2093:1: rule__Format__Group__12 : rule__Format__Group__12__Impl rule__Format__Group__13 ;
    public final void rule__Format__Group__12() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2097:1: ( rule__Format__Group__12__Impl rule__Format__Group__13 )
            // InternalPtl.g:2098:2: rule__Format__Group__12__Impl rule__Format__Group__13
            {
            pushFollow(FOLLOW_16);
            rule__Format__Group__12__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__13();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__12"


    // $ANTLR start "rule__Format__Group__12__Impl"
    // InternalPtl.g:2105:1: rule__Format__Group__12__Impl : ( '..' ) ;
    public final void rule__Format__Group__12__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2109:1: ( ( '..' ) )
            // InternalPtl.g:2110:1: ( '..' )
            {
            // InternalPtl.g:2110:1: ( '..' )
            // InternalPtl.g:2111:2: '..'
            {
             before(grammarAccess.getFormatAccess().getFullStopFullStopKeyword_12()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getFullStopFullStopKeyword_12()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__12__Impl"


    // $ANTLR start "rule__Format__Group__13"
    // InternalPtl.g:2120:1: rule__Format__Group__13 : rule__Format__Group__13__Impl rule__Format__Group__14 ;
    public final void rule__Format__Group__13() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2124:1: ( rule__Format__Group__13__Impl rule__Format__Group__14 )
            // InternalPtl.g:2125:2: rule__Format__Group__13__Impl rule__Format__Group__14
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__13__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__14();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__13"


    // $ANTLR start "rule__Format__Group__13__Impl"
    // InternalPtl.g:2132:1: rule__Format__Group__13__Impl : ( ( rule__Format__LastLevelAssignment_13 ) ) ;
    public final void rule__Format__Group__13__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2136:1: ( ( ( rule__Format__LastLevelAssignment_13 ) ) )
            // InternalPtl.g:2137:1: ( ( rule__Format__LastLevelAssignment_13 ) )
            {
            // InternalPtl.g:2137:1: ( ( rule__Format__LastLevelAssignment_13 ) )
            // InternalPtl.g:2138:2: ( rule__Format__LastLevelAssignment_13 )
            {
             before(grammarAccess.getFormatAccess().getLastLevelAssignment_13()); 
            // InternalPtl.g:2139:2: ( rule__Format__LastLevelAssignment_13 )
            // InternalPtl.g:2139:3: rule__Format__LastLevelAssignment_13
            {
            pushFollow(FOLLOW_2);
            rule__Format__LastLevelAssignment_13();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getLastLevelAssignment_13()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__13__Impl"


    // $ANTLR start "rule__Format__Group__14"
    // InternalPtl.g:2147:1: rule__Format__Group__14 : rule__Format__Group__14__Impl rule__Format__Group__15 ;
    public final void rule__Format__Group__14() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2151:1: ( rule__Format__Group__14__Impl rule__Format__Group__15 )
            // InternalPtl.g:2152:2: rule__Format__Group__14__Impl rule__Format__Group__15
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__14__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__15();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__14"


    // $ANTLR start "rule__Format__Group__14__Impl"
    // InternalPtl.g:2159:1: rule__Format__Group__14__Impl : ( ( rule__Format__Group_14__0 )? ) ;
    public final void rule__Format__Group__14__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2163:1: ( ( ( rule__Format__Group_14__0 )? ) )
            // InternalPtl.g:2164:1: ( ( rule__Format__Group_14__0 )? )
            {
            // InternalPtl.g:2164:1: ( ( rule__Format__Group_14__0 )? )
            // InternalPtl.g:2165:2: ( rule__Format__Group_14__0 )?
            {
             before(grammarAccess.getFormatAccess().getGroup_14()); 
            // InternalPtl.g:2166:2: ( rule__Format__Group_14__0 )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==52) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalPtl.g:2166:3: rule__Format__Group_14__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__Group_14__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getGroup_14()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__14__Impl"


    // $ANTLR start "rule__Format__Group__15"
    // InternalPtl.g:2174:1: rule__Format__Group__15 : rule__Format__Group__15__Impl rule__Format__Group__16 ;
    public final void rule__Format__Group__15() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2178:1: ( rule__Format__Group__15__Impl rule__Format__Group__16 )
            // InternalPtl.g:2179:2: rule__Format__Group__15__Impl rule__Format__Group__16
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__15__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__16();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__15"


    // $ANTLR start "rule__Format__Group__15__Impl"
    // InternalPtl.g:2186:1: rule__Format__Group__15__Impl : ( ( rule__Format__Group_15__0 )? ) ;
    public final void rule__Format__Group__15__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2190:1: ( ( ( rule__Format__Group_15__0 )? ) )
            // InternalPtl.g:2191:1: ( ( rule__Format__Group_15__0 )? )
            {
            // InternalPtl.g:2191:1: ( ( rule__Format__Group_15__0 )? )
            // InternalPtl.g:2192:2: ( rule__Format__Group_15__0 )?
            {
             before(grammarAccess.getFormatAccess().getGroup_15()); 
            // InternalPtl.g:2193:2: ( rule__Format__Group_15__0 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==54) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalPtl.g:2193:3: rule__Format__Group_15__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__Group_15__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getGroup_15()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__15__Impl"


    // $ANTLR start "rule__Format__Group__16"
    // InternalPtl.g:2201:1: rule__Format__Group__16 : rule__Format__Group__16__Impl rule__Format__Group__17 ;
    public final void rule__Format__Group__16() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2205:1: ( rule__Format__Group__16__Impl rule__Format__Group__17 )
            // InternalPtl.g:2206:2: rule__Format__Group__16__Impl rule__Format__Group__17
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__16__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__17();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__16"


    // $ANTLR start "rule__Format__Group__16__Impl"
    // InternalPtl.g:2213:1: rule__Format__Group__16__Impl : ( ( rule__Format__Lpa2Assignment_16 )? ) ;
    public final void rule__Format__Group__16__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2217:1: ( ( ( rule__Format__Lpa2Assignment_16 )? ) )
            // InternalPtl.g:2218:1: ( ( rule__Format__Lpa2Assignment_16 )? )
            {
            // InternalPtl.g:2218:1: ( ( rule__Format__Lpa2Assignment_16 )? )
            // InternalPtl.g:2219:2: ( rule__Format__Lpa2Assignment_16 )?
            {
             before(grammarAccess.getFormatAccess().getLpa2Assignment_16()); 
            // InternalPtl.g:2220:2: ( rule__Format__Lpa2Assignment_16 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==88) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalPtl.g:2220:3: rule__Format__Lpa2Assignment_16
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__Lpa2Assignment_16();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getLpa2Assignment_16()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__16__Impl"


    // $ANTLR start "rule__Format__Group__17"
    // InternalPtl.g:2228:1: rule__Format__Group__17 : rule__Format__Group__17__Impl rule__Format__Group__18 ;
    public final void rule__Format__Group__17() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2232:1: ( rule__Format__Group__17__Impl rule__Format__Group__18 )
            // InternalPtl.g:2233:2: rule__Format__Group__17__Impl rule__Format__Group__18
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__17__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__18();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__17"


    // $ANTLR start "rule__Format__Group__17__Impl"
    // InternalPtl.g:2240:1: rule__Format__Group__17__Impl : ( ( rule__Format__Group_17__0 )? ) ;
    public final void rule__Format__Group__17__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2244:1: ( ( ( rule__Format__Group_17__0 )? ) )
            // InternalPtl.g:2245:1: ( ( rule__Format__Group_17__0 )? )
            {
            // InternalPtl.g:2245:1: ( ( rule__Format__Group_17__0 )? )
            // InternalPtl.g:2246:2: ( rule__Format__Group_17__0 )?
            {
             before(grammarAccess.getFormatAccess().getGroup_17()); 
            // InternalPtl.g:2247:2: ( rule__Format__Group_17__0 )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==55) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalPtl.g:2247:3: rule__Format__Group_17__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Format__Group_17__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFormatAccess().getGroup_17()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__17__Impl"


    // $ANTLR start "rule__Format__Group__18"
    // InternalPtl.g:2255:1: rule__Format__Group__18 : rule__Format__Group__18__Impl rule__Format__Group__19 ;
    public final void rule__Format__Group__18() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2259:1: ( rule__Format__Group__18__Impl rule__Format__Group__19 )
            // InternalPtl.g:2260:2: rule__Format__Group__18__Impl rule__Format__Group__19
            {
            pushFollow(FOLLOW_18);
            rule__Format__Group__18__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group__19();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__18"


    // $ANTLR start "rule__Format__Group__18__Impl"
    // InternalPtl.g:2267:1: rule__Format__Group__18__Impl : ( ( rule__Format__DescriptorsAssignment_18 )* ) ;
    public final void rule__Format__Group__18__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2271:1: ( ( ( rule__Format__DescriptorsAssignment_18 )* ) )
            // InternalPtl.g:2272:1: ( ( rule__Format__DescriptorsAssignment_18 )* )
            {
            // InternalPtl.g:2272:1: ( ( rule__Format__DescriptorsAssignment_18 )* )
            // InternalPtl.g:2273:2: ( rule__Format__DescriptorsAssignment_18 )*
            {
             before(grammarAccess.getFormatAccess().getDescriptorsAssignment_18()); 
            // InternalPtl.g:2274:2: ( rule__Format__DescriptorsAssignment_18 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( ((LA27_0>=25 && LA27_0<=28)) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalPtl.g:2274:3: rule__Format__DescriptorsAssignment_18
            	    {
            	    pushFollow(FOLLOW_19);
            	    rule__Format__DescriptorsAssignment_18();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getFormatAccess().getDescriptorsAssignment_18()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__18__Impl"


    // $ANTLR start "rule__Format__Group__19"
    // InternalPtl.g:2282:1: rule__Format__Group__19 : rule__Format__Group__19__Impl ;
    public final void rule__Format__Group__19() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2286:1: ( rule__Format__Group__19__Impl )
            // InternalPtl.g:2287:2: rule__Format__Group__19__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group__19__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__19"


    // $ANTLR start "rule__Format__Group__19__Impl"
    // InternalPtl.g:2293:1: rule__Format__Group__19__Impl : ( '}' ) ;
    public final void rule__Format__Group__19__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2297:1: ( ( '}' ) )
            // InternalPtl.g:2298:1: ( '}' )
            {
            // InternalPtl.g:2298:1: ( '}' )
            // InternalPtl.g:2299:2: '}'
            {
             before(grammarAccess.getFormatAccess().getRightCurlyBracketKeyword_19()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getRightCurlyBracketKeyword_19()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group__19__Impl"


    // $ANTLR start "rule__Format__Group_9__0"
    // InternalPtl.g:2309:1: rule__Format__Group_9__0 : rule__Format__Group_9__0__Impl rule__Format__Group_9__1 ;
    public final void rule__Format__Group_9__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2313:1: ( rule__Format__Group_9__0__Impl rule__Format__Group_9__1 )
            // InternalPtl.g:2314:2: rule__Format__Group_9__0__Impl rule__Format__Group_9__1
            {
            pushFollow(FOLLOW_13);
            rule__Format__Group_9__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_9__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__0"


    // $ANTLR start "rule__Format__Group_9__0__Impl"
    // InternalPtl.g:2321:1: rule__Format__Group_9__0__Impl : ( 'output' ) ;
    public final void rule__Format__Group_9__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2325:1: ( ( 'output' ) )
            // InternalPtl.g:2326:1: ( 'output' )
            {
            // InternalPtl.g:2326:1: ( 'output' )
            // InternalPtl.g:2327:2: 'output'
            {
             before(grammarAccess.getFormatAccess().getOutputKeyword_9_0()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getOutputKeyword_9_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__0__Impl"


    // $ANTLR start "rule__Format__Group_9__1"
    // InternalPtl.g:2336:1: rule__Format__Group_9__1 : rule__Format__Group_9__1__Impl rule__Format__Group_9__2 ;
    public final void rule__Format__Group_9__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2340:1: ( rule__Format__Group_9__1__Impl rule__Format__Group_9__2 )
            // InternalPtl.g:2341:2: rule__Format__Group_9__1__Impl rule__Format__Group_9__2
            {
            pushFollow(FOLLOW_14);
            rule__Format__Group_9__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_9__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__1"


    // $ANTLR start "rule__Format__Group_9__1__Impl"
    // InternalPtl.g:2348:1: rule__Format__Group_9__1__Impl : ( ( rule__Format__OutputBitsAssignment_9_1 ) ) ;
    public final void rule__Format__Group_9__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2352:1: ( ( ( rule__Format__OutputBitsAssignment_9_1 ) ) )
            // InternalPtl.g:2353:1: ( ( rule__Format__OutputBitsAssignment_9_1 ) )
            {
            // InternalPtl.g:2353:1: ( ( rule__Format__OutputBitsAssignment_9_1 ) )
            // InternalPtl.g:2354:2: ( rule__Format__OutputBitsAssignment_9_1 )
            {
             before(grammarAccess.getFormatAccess().getOutputBitsAssignment_9_1()); 
            // InternalPtl.g:2355:2: ( rule__Format__OutputBitsAssignment_9_1 )
            // InternalPtl.g:2355:3: rule__Format__OutputBitsAssignment_9_1
            {
            pushFollow(FOLLOW_2);
            rule__Format__OutputBitsAssignment_9_1();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getOutputBitsAssignment_9_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__1__Impl"


    // $ANTLR start "rule__Format__Group_9__2"
    // InternalPtl.g:2363:1: rule__Format__Group_9__2 : rule__Format__Group_9__2__Impl ;
    public final void rule__Format__Group_9__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2367:1: ( rule__Format__Group_9__2__Impl )
            // InternalPtl.g:2368:2: rule__Format__Group_9__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group_9__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__2"


    // $ANTLR start "rule__Format__Group_9__2__Impl"
    // InternalPtl.g:2374:1: rule__Format__Group_9__2__Impl : ( 'bits' ) ;
    public final void rule__Format__Group_9__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2378:1: ( ( 'bits' ) )
            // InternalPtl.g:2379:1: ( 'bits' )
            {
            // InternalPtl.g:2379:1: ( 'bits' )
            // InternalPtl.g:2380:2: 'bits'
            {
             before(grammarAccess.getFormatAccess().getBitsKeyword_9_2()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getBitsKeyword_9_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_9__2__Impl"


    // $ANTLR start "rule__Format__Group_14__0"
    // InternalPtl.g:2390:1: rule__Format__Group_14__0 : rule__Format__Group_14__0__Impl rule__Format__Group_14__1 ;
    public final void rule__Format__Group_14__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2394:1: ( rule__Format__Group_14__0__Impl rule__Format__Group_14__1 )
            // InternalPtl.g:2395:2: rule__Format__Group_14__0__Impl rule__Format__Group_14__1
            {
            pushFollow(FOLLOW_13);
            rule__Format__Group_14__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_14__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__0"


    // $ANTLR start "rule__Format__Group_14__0__Impl"
    // InternalPtl.g:2402:1: rule__Format__Group_14__0__Impl : ( 'root' ) ;
    public final void rule__Format__Group_14__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2406:1: ( ( 'root' ) )
            // InternalPtl.g:2407:1: ( 'root' )
            {
            // InternalPtl.g:2407:1: ( 'root' )
            // InternalPtl.g:2408:2: 'root'
            {
             before(grammarAccess.getFormatAccess().getRootKeyword_14_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getRootKeyword_14_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__0__Impl"


    // $ANTLR start "rule__Format__Group_14__1"
    // InternalPtl.g:2417:1: rule__Format__Group_14__1 : rule__Format__Group_14__1__Impl rule__Format__Group_14__2 ;
    public final void rule__Format__Group_14__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2421:1: ( rule__Format__Group_14__1__Impl rule__Format__Group_14__2 )
            // InternalPtl.g:2422:2: rule__Format__Group_14__1__Impl rule__Format__Group_14__2
            {
            pushFollow(FOLLOW_20);
            rule__Format__Group_14__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_14__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__1"


    // $ANTLR start "rule__Format__Group_14__1__Impl"
    // InternalPtl.g:2429:1: rule__Format__Group_14__1__Impl : ( ( rule__Format__RootPagesAssignment_14_1 ) ) ;
    public final void rule__Format__Group_14__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2433:1: ( ( ( rule__Format__RootPagesAssignment_14_1 ) ) )
            // InternalPtl.g:2434:1: ( ( rule__Format__RootPagesAssignment_14_1 ) )
            {
            // InternalPtl.g:2434:1: ( ( rule__Format__RootPagesAssignment_14_1 ) )
            // InternalPtl.g:2435:2: ( rule__Format__RootPagesAssignment_14_1 )
            {
             before(grammarAccess.getFormatAccess().getRootPagesAssignment_14_1()); 
            // InternalPtl.g:2436:2: ( rule__Format__RootPagesAssignment_14_1 )
            // InternalPtl.g:2436:3: rule__Format__RootPagesAssignment_14_1
            {
            pushFollow(FOLLOW_2);
            rule__Format__RootPagesAssignment_14_1();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getRootPagesAssignment_14_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__1__Impl"


    // $ANTLR start "rule__Format__Group_14__2"
    // InternalPtl.g:2444:1: rule__Format__Group_14__2 : rule__Format__Group_14__2__Impl ;
    public final void rule__Format__Group_14__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2448:1: ( rule__Format__Group_14__2__Impl )
            // InternalPtl.g:2449:2: rule__Format__Group_14__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group_14__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__2"


    // $ANTLR start "rule__Format__Group_14__2__Impl"
    // InternalPtl.g:2455:1: rule__Format__Group_14__2__Impl : ( 'pages' ) ;
    public final void rule__Format__Group_14__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2459:1: ( ( 'pages' ) )
            // InternalPtl.g:2460:1: ( 'pages' )
            {
            // InternalPtl.g:2460:1: ( 'pages' )
            // InternalPtl.g:2461:2: 'pages'
            {
             before(grammarAccess.getFormatAccess().getPagesKeyword_14_2()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getPagesKeyword_14_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_14__2__Impl"


    // $ANTLR start "rule__Format__Group_15__0"
    // InternalPtl.g:2471:1: rule__Format__Group_15__0 : rule__Format__Group_15__0__Impl rule__Format__Group_15__1 ;
    public final void rule__Format__Group_15__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2475:1: ( rule__Format__Group_15__0__Impl rule__Format__Group_15__1 )
            // InternalPtl.g:2476:2: rule__Format__Group_15__0__Impl rule__Format__Group_15__1
            {
            pushFollow(FOLLOW_13);
            rule__Format__Group_15__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_15__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_15__0"


    // $ANTLR start "rule__Format__Group_15__0__Impl"
    // InternalPtl.g:2483:1: rule__Format__Group_15__0__Impl : ( 'stride' ) ;
    public final void rule__Format__Group_15__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2487:1: ( ( 'stride' ) )
            // InternalPtl.g:2488:1: ( 'stride' )
            {
            // InternalPtl.g:2488:1: ( 'stride' )
            // InternalPtl.g:2489:2: 'stride'
            {
             before(grammarAccess.getFormatAccess().getStrideKeyword_15_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getStrideKeyword_15_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_15__0__Impl"


    // $ANTLR start "rule__Format__Group_15__1"
    // InternalPtl.g:2498:1: rule__Format__Group_15__1 : rule__Format__Group_15__1__Impl ;
    public final void rule__Format__Group_15__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2502:1: ( rule__Format__Group_15__1__Impl )
            // InternalPtl.g:2503:2: rule__Format__Group_15__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group_15__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_15__1"


    // $ANTLR start "rule__Format__Group_15__1__Impl"
    // InternalPtl.g:2509:1: rule__Format__Group_15__1__Impl : ( ( rule__Format__StrideAssignment_15_1 ) ) ;
    public final void rule__Format__Group_15__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2513:1: ( ( ( rule__Format__StrideAssignment_15_1 ) ) )
            // InternalPtl.g:2514:1: ( ( rule__Format__StrideAssignment_15_1 ) )
            {
            // InternalPtl.g:2514:1: ( ( rule__Format__StrideAssignment_15_1 ) )
            // InternalPtl.g:2515:2: ( rule__Format__StrideAssignment_15_1 )
            {
             before(grammarAccess.getFormatAccess().getStrideAssignment_15_1()); 
            // InternalPtl.g:2516:2: ( rule__Format__StrideAssignment_15_1 )
            // InternalPtl.g:2516:3: rule__Format__StrideAssignment_15_1
            {
            pushFollow(FOLLOW_2);
            rule__Format__StrideAssignment_15_1();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getStrideAssignment_15_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_15__1__Impl"


    // $ANTLR start "rule__Format__Group_17__0"
    // InternalPtl.g:2525:1: rule__Format__Group_17__0 : rule__Format__Group_17__0__Impl rule__Format__Group_17__1 ;
    public final void rule__Format__Group_17__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2529:1: ( rule__Format__Group_17__0__Impl rule__Format__Group_17__1 )
            // InternalPtl.g:2530:2: rule__Format__Group_17__0__Impl rule__Format__Group_17__1
            {
            pushFollow(FOLLOW_21);
            rule__Format__Group_17__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_17__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__0"


    // $ANTLR start "rule__Format__Group_17__0__Impl"
    // InternalPtl.g:2537:1: rule__Format__Group_17__0__Impl : ( 'blocks' ) ;
    public final void rule__Format__Group_17__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2541:1: ( ( 'blocks' ) )
            // InternalPtl.g:2542:1: ( 'blocks' )
            {
            // InternalPtl.g:2542:1: ( 'blocks' )
            // InternalPtl.g:2543:2: 'blocks'
            {
             before(grammarAccess.getFormatAccess().getBlocksKeyword_17_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getBlocksKeyword_17_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__0__Impl"


    // $ANTLR start "rule__Format__Group_17__1"
    // InternalPtl.g:2552:1: rule__Format__Group_17__1 : rule__Format__Group_17__1__Impl rule__Format__Group_17__2 ;
    public final void rule__Format__Group_17__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2556:1: ( rule__Format__Group_17__1__Impl rule__Format__Group_17__2 )
            // InternalPtl.g:2557:2: rule__Format__Group_17__1__Impl rule__Format__Group_17__2
            {
            pushFollow(FOLLOW_16);
            rule__Format__Group_17__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_17__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__1"


    // $ANTLR start "rule__Format__Group_17__1__Impl"
    // InternalPtl.g:2564:1: rule__Format__Group_17__1__Impl : ( 'at' ) ;
    public final void rule__Format__Group_17__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2568:1: ( ( 'at' ) )
            // InternalPtl.g:2569:1: ( 'at' )
            {
            // InternalPtl.g:2569:1: ( 'at' )
            // InternalPtl.g:2570:2: 'at'
            {
             before(grammarAccess.getFormatAccess().getAtKeyword_17_1()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getAtKeyword_17_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__1__Impl"


    // $ANTLR start "rule__Format__Group_17__2"
    // InternalPtl.g:2579:1: rule__Format__Group_17__2 : rule__Format__Group_17__2__Impl rule__Format__Group_17__3 ;
    public final void rule__Format__Group_17__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2583:1: ( rule__Format__Group_17__2__Impl rule__Format__Group_17__3 )
            // InternalPtl.g:2584:2: rule__Format__Group_17__2__Impl rule__Format__Group_17__3
            {
            pushFollow(FOLLOW_22);
            rule__Format__Group_17__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_17__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__2"


    // $ANTLR start "rule__Format__Group_17__2__Impl"
    // InternalPtl.g:2591:1: rule__Format__Group_17__2__Impl : ( ( rule__Format__BlockLevelsAssignment_17_2 ) ) ;
    public final void rule__Format__Group_17__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2595:1: ( ( ( rule__Format__BlockLevelsAssignment_17_2 ) ) )
            // InternalPtl.g:2596:1: ( ( rule__Format__BlockLevelsAssignment_17_2 ) )
            {
            // InternalPtl.g:2596:1: ( ( rule__Format__BlockLevelsAssignment_17_2 ) )
            // InternalPtl.g:2597:2: ( rule__Format__BlockLevelsAssignment_17_2 )
            {
             before(grammarAccess.getFormatAccess().getBlockLevelsAssignment_17_2()); 
            // InternalPtl.g:2598:2: ( rule__Format__BlockLevelsAssignment_17_2 )
            // InternalPtl.g:2598:3: rule__Format__BlockLevelsAssignment_17_2
            {
            pushFollow(FOLLOW_2);
            rule__Format__BlockLevelsAssignment_17_2();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getBlockLevelsAssignment_17_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__2__Impl"


    // $ANTLR start "rule__Format__Group_17__3"
    // InternalPtl.g:2606:1: rule__Format__Group_17__3 : rule__Format__Group_17__3__Impl ;
    public final void rule__Format__Group_17__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2610:1: ( rule__Format__Group_17__3__Impl )
            // InternalPtl.g:2611:2: rule__Format__Group_17__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group_17__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__3"


    // $ANTLR start "rule__Format__Group_17__3__Impl"
    // InternalPtl.g:2617:1: rule__Format__Group_17__3__Impl : ( ( rule__Format__Group_17_3__0 )* ) ;
    public final void rule__Format__Group_17__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2621:1: ( ( ( rule__Format__Group_17_3__0 )* ) )
            // InternalPtl.g:2622:1: ( ( rule__Format__Group_17_3__0 )* )
            {
            // InternalPtl.g:2622:1: ( ( rule__Format__Group_17_3__0 )* )
            // InternalPtl.g:2623:2: ( rule__Format__Group_17_3__0 )*
            {
             before(grammarAccess.getFormatAccess().getGroup_17_3()); 
            // InternalPtl.g:2624:2: ( rule__Format__Group_17_3__0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==57) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalPtl.g:2624:3: rule__Format__Group_17_3__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Format__Group_17_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop28;
                }
            } while (true);

             after(grammarAccess.getFormatAccess().getGroup_17_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17__3__Impl"


    // $ANTLR start "rule__Format__Group_17_3__0"
    // InternalPtl.g:2633:1: rule__Format__Group_17_3__0 : rule__Format__Group_17_3__0__Impl rule__Format__Group_17_3__1 ;
    public final void rule__Format__Group_17_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2637:1: ( rule__Format__Group_17_3__0__Impl rule__Format__Group_17_3__1 )
            // InternalPtl.g:2638:2: rule__Format__Group_17_3__0__Impl rule__Format__Group_17_3__1
            {
            pushFollow(FOLLOW_16);
            rule__Format__Group_17_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Format__Group_17_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17_3__0"


    // $ANTLR start "rule__Format__Group_17_3__0__Impl"
    // InternalPtl.g:2645:1: rule__Format__Group_17_3__0__Impl : ( ',' ) ;
    public final void rule__Format__Group_17_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2649:1: ( ( ',' ) )
            // InternalPtl.g:2650:1: ( ',' )
            {
            // InternalPtl.g:2650:1: ( ',' )
            // InternalPtl.g:2651:2: ','
            {
             before(grammarAccess.getFormatAccess().getCommaKeyword_17_3_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getCommaKeyword_17_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17_3__0__Impl"


    // $ANTLR start "rule__Format__Group_17_3__1"
    // InternalPtl.g:2660:1: rule__Format__Group_17_3__1 : rule__Format__Group_17_3__1__Impl ;
    public final void rule__Format__Group_17_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2664:1: ( rule__Format__Group_17_3__1__Impl )
            // InternalPtl.g:2665:2: rule__Format__Group_17_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Format__Group_17_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17_3__1"


    // $ANTLR start "rule__Format__Group_17_3__1__Impl"
    // InternalPtl.g:2671:1: rule__Format__Group_17_3__1__Impl : ( ( rule__Format__BlockLevelsAssignment_17_3_1 ) ) ;
    public final void rule__Format__Group_17_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2675:1: ( ( ( rule__Format__BlockLevelsAssignment_17_3_1 ) ) )
            // InternalPtl.g:2676:1: ( ( rule__Format__BlockLevelsAssignment_17_3_1 ) )
            {
            // InternalPtl.g:2676:1: ( ( rule__Format__BlockLevelsAssignment_17_3_1 ) )
            // InternalPtl.g:2677:2: ( rule__Format__BlockLevelsAssignment_17_3_1 )
            {
             before(grammarAccess.getFormatAccess().getBlockLevelsAssignment_17_3_1()); 
            // InternalPtl.g:2678:2: ( rule__Format__BlockLevelsAssignment_17_3_1 )
            // InternalPtl.g:2678:3: rule__Format__BlockLevelsAssignment_17_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Format__BlockLevelsAssignment_17_3_1();

            state._fsp--;


            }

             after(grammarAccess.getFormatAccess().getBlockLevelsAssignment_17_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Group_17_3__1__Impl"


    // $ANTLR start "rule__Descriptor__Group__0"
    // InternalPtl.g:2687:1: rule__Descriptor__Group__0 : rule__Descriptor__Group__0__Impl rule__Descriptor__Group__1 ;
    public final void rule__Descriptor__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2691:1: ( rule__Descriptor__Group__0__Impl rule__Descriptor__Group__1 )
            // InternalPtl.g:2692:2: rule__Descriptor__Group__0__Impl rule__Descriptor__Group__1
            {
            pushFollow(FOLLOW_24);
            rule__Descriptor__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__0"


    // $ANTLR start "rule__Descriptor__Group__0__Impl"
    // InternalPtl.g:2699:1: rule__Descriptor__Group__0__Impl : ( ( rule__Descriptor__KindAssignment_0 ) ) ;
    public final void rule__Descriptor__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2703:1: ( ( ( rule__Descriptor__KindAssignment_0 ) ) )
            // InternalPtl.g:2704:1: ( ( rule__Descriptor__KindAssignment_0 ) )
            {
            // InternalPtl.g:2704:1: ( ( rule__Descriptor__KindAssignment_0 ) )
            // InternalPtl.g:2705:2: ( rule__Descriptor__KindAssignment_0 )
            {
             before(grammarAccess.getDescriptorAccess().getKindAssignment_0()); 
            // InternalPtl.g:2706:2: ( rule__Descriptor__KindAssignment_0 )
            // InternalPtl.g:2706:3: rule__Descriptor__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__0__Impl"


    // $ANTLR start "rule__Descriptor__Group__1"
    // InternalPtl.g:2714:1: rule__Descriptor__Group__1 : rule__Descriptor__Group__1__Impl rule__Descriptor__Group__2 ;
    public final void rule__Descriptor__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2718:1: ( rule__Descriptor__Group__1__Impl rule__Descriptor__Group__2 )
            // InternalPtl.g:2719:2: rule__Descriptor__Group__1__Impl rule__Descriptor__Group__2
            {
            pushFollow(FOLLOW_8);
            rule__Descriptor__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__1"


    // $ANTLR start "rule__Descriptor__Group__1__Impl"
    // InternalPtl.g:2726:1: rule__Descriptor__Group__1__Impl : ( 'descriptor' ) ;
    public final void rule__Descriptor__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2730:1: ( ( 'descriptor' ) )
            // InternalPtl.g:2731:1: ( 'descriptor' )
            {
            // InternalPtl.g:2731:1: ( 'descriptor' )
            // InternalPtl.g:2732:2: 'descriptor'
            {
             before(grammarAccess.getDescriptorAccess().getDescriptorKeyword_1()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getDescriptorKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__1__Impl"


    // $ANTLR start "rule__Descriptor__Group__2"
    // InternalPtl.g:2741:1: rule__Descriptor__Group__2 : rule__Descriptor__Group__2__Impl rule__Descriptor__Group__3 ;
    public final void rule__Descriptor__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2745:1: ( rule__Descriptor__Group__2__Impl rule__Descriptor__Group__3 )
            // InternalPtl.g:2746:2: rule__Descriptor__Group__2__Impl rule__Descriptor__Group__3
            {
            pushFollow(FOLLOW_25);
            rule__Descriptor__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__2"


    // $ANTLR start "rule__Descriptor__Group__2__Impl"
    // InternalPtl.g:2753:1: rule__Descriptor__Group__2__Impl : ( ( rule__Descriptor__NameAssignment_2 ) ) ;
    public final void rule__Descriptor__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2757:1: ( ( ( rule__Descriptor__NameAssignment_2 ) ) )
            // InternalPtl.g:2758:1: ( ( rule__Descriptor__NameAssignment_2 ) )
            {
            // InternalPtl.g:2758:1: ( ( rule__Descriptor__NameAssignment_2 ) )
            // InternalPtl.g:2759:2: ( rule__Descriptor__NameAssignment_2 )
            {
             before(grammarAccess.getDescriptorAccess().getNameAssignment_2()); 
            // InternalPtl.g:2760:2: ( rule__Descriptor__NameAssignment_2 )
            // InternalPtl.g:2760:3: rule__Descriptor__NameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__NameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__2__Impl"


    // $ANTLR start "rule__Descriptor__Group__3"
    // InternalPtl.g:2768:1: rule__Descriptor__Group__3 : rule__Descriptor__Group__3__Impl rule__Descriptor__Group__4 ;
    public final void rule__Descriptor__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2772:1: ( rule__Descriptor__Group__3__Impl rule__Descriptor__Group__4 )
            // InternalPtl.g:2773:2: rule__Descriptor__Group__3__Impl rule__Descriptor__Group__4
            {
            pushFollow(FOLLOW_25);
            rule__Descriptor__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__3"


    // $ANTLR start "rule__Descriptor__Group__3__Impl"
    // InternalPtl.g:2780:1: rule__Descriptor__Group__3__Impl : ( ( rule__Descriptor__Group_3__0 )? ) ;
    public final void rule__Descriptor__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2784:1: ( ( ( rule__Descriptor__Group_3__0 )? ) )
            // InternalPtl.g:2785:1: ( ( rule__Descriptor__Group_3__0 )? )
            {
            // InternalPtl.g:2785:1: ( ( rule__Descriptor__Group_3__0 )? )
            // InternalPtl.g:2786:2: ( rule__Descriptor__Group_3__0 )?
            {
             before(grammarAccess.getDescriptorAccess().getGroup_3()); 
            // InternalPtl.g:2787:2: ( rule__Descriptor__Group_3__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==56) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalPtl.g:2787:3: rule__Descriptor__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Descriptor__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDescriptorAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__3__Impl"


    // $ANTLR start "rule__Descriptor__Group__4"
    // InternalPtl.g:2795:1: rule__Descriptor__Group__4 : rule__Descriptor__Group__4__Impl rule__Descriptor__Group__5 ;
    public final void rule__Descriptor__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2799:1: ( rule__Descriptor__Group__4__Impl rule__Descriptor__Group__5 )
            // InternalPtl.g:2800:2: rule__Descriptor__Group__4__Impl rule__Descriptor__Group__5
            {
            pushFollow(FOLLOW_25);
            rule__Descriptor__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__4"


    // $ANTLR start "rule__Descriptor__Group__4__Impl"
    // InternalPtl.g:2807:1: rule__Descriptor__Group__4__Impl : ( ( rule__Descriptor__DescriptionAssignment_4 )? ) ;
    public final void rule__Descriptor__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2811:1: ( ( ( rule__Descriptor__DescriptionAssignment_4 )? ) )
            // InternalPtl.g:2812:1: ( ( rule__Descriptor__DescriptionAssignment_4 )? )
            {
            // InternalPtl.g:2812:1: ( ( rule__Descriptor__DescriptionAssignment_4 )? )
            // InternalPtl.g:2813:2: ( rule__Descriptor__DescriptionAssignment_4 )?
            {
             before(grammarAccess.getDescriptorAccess().getDescriptionAssignment_4()); 
            // InternalPtl.g:2814:2: ( rule__Descriptor__DescriptionAssignment_4 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalPtl.g:2814:3: rule__Descriptor__DescriptionAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Descriptor__DescriptionAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDescriptorAccess().getDescriptionAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__4__Impl"


    // $ANTLR start "rule__Descriptor__Group__5"
    // InternalPtl.g:2822:1: rule__Descriptor__Group__5 : rule__Descriptor__Group__5__Impl rule__Descriptor__Group__6 ;
    public final void rule__Descriptor__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2826:1: ( rule__Descriptor__Group__5__Impl rule__Descriptor__Group__6 )
            // InternalPtl.g:2827:2: rule__Descriptor__Group__5__Impl rule__Descriptor__Group__6
            {
            pushFollow(FOLLOW_26);
            rule__Descriptor__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__5"


    // $ANTLR start "rule__Descriptor__Group__5__Impl"
    // InternalPtl.g:2834:1: rule__Descriptor__Group__5__Impl : ( '{' ) ;
    public final void rule__Descriptor__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2838:1: ( ( '{' ) )
            // InternalPtl.g:2839:1: ( '{' )
            {
            // InternalPtl.g:2839:1: ( '{' )
            // InternalPtl.g:2840:2: '{'
            {
             before(grammarAccess.getDescriptorAccess().getLeftCurlyBracketKeyword_5()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getLeftCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__5__Impl"


    // $ANTLR start "rule__Descriptor__Group__6"
    // InternalPtl.g:2849:1: rule__Descriptor__Group__6 : rule__Descriptor__Group__6__Impl rule__Descriptor__Group__7 ;
    public final void rule__Descriptor__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2853:1: ( rule__Descriptor__Group__6__Impl rule__Descriptor__Group__7 )
            // InternalPtl.g:2854:2: rule__Descriptor__Group__6__Impl rule__Descriptor__Group__7
            {
            pushFollow(FOLLOW_26);
            rule__Descriptor__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__6"


    // $ANTLR start "rule__Descriptor__Group__6__Impl"
    // InternalPtl.g:2861:1: rule__Descriptor__Group__6__Impl : ( ( rule__Descriptor__FieldsAssignment_6 )* ) ;
    public final void rule__Descriptor__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2865:1: ( ( ( rule__Descriptor__FieldsAssignment_6 )* ) )
            // InternalPtl.g:2866:1: ( ( rule__Descriptor__FieldsAssignment_6 )* )
            {
            // InternalPtl.g:2866:1: ( ( rule__Descriptor__FieldsAssignment_6 )* )
            // InternalPtl.g:2867:2: ( rule__Descriptor__FieldsAssignment_6 )*
            {
             before(grammarAccess.getDescriptorAccess().getFieldsAssignment_6()); 
            // InternalPtl.g:2868:2: ( rule__Descriptor__FieldsAssignment_6 )*
            loop31:
            do {
                int alt31=2;
                int LA31_0 = input.LA(1);

                if ( (LA31_0==RULE_ID||LA31_0==16||(LA31_0>=25 && LA31_0<=36)) ) {
                    alt31=1;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalPtl.g:2868:3: rule__Descriptor__FieldsAssignment_6
            	    {
            	    pushFollow(FOLLOW_27);
            	    rule__Descriptor__FieldsAssignment_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop31;
                }
            } while (true);

             after(grammarAccess.getDescriptorAccess().getFieldsAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__6__Impl"


    // $ANTLR start "rule__Descriptor__Group__7"
    // InternalPtl.g:2876:1: rule__Descriptor__Group__7 : rule__Descriptor__Group__7__Impl ;
    public final void rule__Descriptor__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2880:1: ( rule__Descriptor__Group__7__Impl )
            // InternalPtl.g:2881:2: rule__Descriptor__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__7"


    // $ANTLR start "rule__Descriptor__Group__7__Impl"
    // InternalPtl.g:2887:1: rule__Descriptor__Group__7__Impl : ( '}' ) ;
    public final void rule__Descriptor__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2891:1: ( ( '}' ) )
            // InternalPtl.g:2892:1: ( '}' )
            {
            // InternalPtl.g:2892:1: ( '}' )
            // InternalPtl.g:2893:2: '}'
            {
             before(grammarAccess.getDescriptorAccess().getRightCurlyBracketKeyword_7()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group__7__Impl"


    // $ANTLR start "rule__Descriptor__Group_3__0"
    // InternalPtl.g:2903:1: rule__Descriptor__Group_3__0 : rule__Descriptor__Group_3__0__Impl rule__Descriptor__Group_3__1 ;
    public final void rule__Descriptor__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2907:1: ( rule__Descriptor__Group_3__0__Impl rule__Descriptor__Group_3__1 )
            // InternalPtl.g:2908:2: rule__Descriptor__Group_3__0__Impl rule__Descriptor__Group_3__1
            {
            pushFollow(FOLLOW_28);
            rule__Descriptor__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__0"


    // $ANTLR start "rule__Descriptor__Group_3__0__Impl"
    // InternalPtl.g:2915:1: rule__Descriptor__Group_3__0__Impl : ( 'at' ) ;
    public final void rule__Descriptor__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2919:1: ( ( 'at' ) )
            // InternalPtl.g:2920:1: ( 'at' )
            {
            // InternalPtl.g:2920:1: ( 'at' )
            // InternalPtl.g:2921:2: 'at'
            {
             before(grammarAccess.getDescriptorAccess().getAtKeyword_3_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getAtKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__0__Impl"


    // $ANTLR start "rule__Descriptor__Group_3__1"
    // InternalPtl.g:2930:1: rule__Descriptor__Group_3__1 : rule__Descriptor__Group_3__1__Impl rule__Descriptor__Group_3__2 ;
    public final void rule__Descriptor__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2934:1: ( rule__Descriptor__Group_3__1__Impl rule__Descriptor__Group_3__2 )
            // InternalPtl.g:2935:2: rule__Descriptor__Group_3__1__Impl rule__Descriptor__Group_3__2
            {
            pushFollow(FOLLOW_16);
            rule__Descriptor__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__1"


    // $ANTLR start "rule__Descriptor__Group_3__1__Impl"
    // InternalPtl.g:2942:1: rule__Descriptor__Group_3__1__Impl : ( ( rule__Descriptor__Alternatives_3_1 ) ) ;
    public final void rule__Descriptor__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2946:1: ( ( ( rule__Descriptor__Alternatives_3_1 ) ) )
            // InternalPtl.g:2947:1: ( ( rule__Descriptor__Alternatives_3_1 ) )
            {
            // InternalPtl.g:2947:1: ( ( rule__Descriptor__Alternatives_3_1 ) )
            // InternalPtl.g:2948:2: ( rule__Descriptor__Alternatives_3_1 )
            {
             before(grammarAccess.getDescriptorAccess().getAlternatives_3_1()); 
            // InternalPtl.g:2949:2: ( rule__Descriptor__Alternatives_3_1 )
            // InternalPtl.g:2949:3: rule__Descriptor__Alternatives_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__Alternatives_3_1();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getAlternatives_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__1__Impl"


    // $ANTLR start "rule__Descriptor__Group_3__2"
    // InternalPtl.g:2957:1: rule__Descriptor__Group_3__2 : rule__Descriptor__Group_3__2__Impl rule__Descriptor__Group_3__3 ;
    public final void rule__Descriptor__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2961:1: ( rule__Descriptor__Group_3__2__Impl rule__Descriptor__Group_3__3 )
            // InternalPtl.g:2962:2: rule__Descriptor__Group_3__2__Impl rule__Descriptor__Group_3__3
            {
            pushFollow(FOLLOW_22);
            rule__Descriptor__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__2"


    // $ANTLR start "rule__Descriptor__Group_3__2__Impl"
    // InternalPtl.g:2969:1: rule__Descriptor__Group_3__2__Impl : ( ( rule__Descriptor__LevelsAssignment_3_2 ) ) ;
    public final void rule__Descriptor__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2973:1: ( ( ( rule__Descriptor__LevelsAssignment_3_2 ) ) )
            // InternalPtl.g:2974:1: ( ( rule__Descriptor__LevelsAssignment_3_2 ) )
            {
            // InternalPtl.g:2974:1: ( ( rule__Descriptor__LevelsAssignment_3_2 ) )
            // InternalPtl.g:2975:2: ( rule__Descriptor__LevelsAssignment_3_2 )
            {
             before(grammarAccess.getDescriptorAccess().getLevelsAssignment_3_2()); 
            // InternalPtl.g:2976:2: ( rule__Descriptor__LevelsAssignment_3_2 )
            // InternalPtl.g:2976:3: rule__Descriptor__LevelsAssignment_3_2
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__LevelsAssignment_3_2();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getLevelsAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__2__Impl"


    // $ANTLR start "rule__Descriptor__Group_3__3"
    // InternalPtl.g:2984:1: rule__Descriptor__Group_3__3 : rule__Descriptor__Group_3__3__Impl ;
    public final void rule__Descriptor__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2988:1: ( rule__Descriptor__Group_3__3__Impl )
            // InternalPtl.g:2989:2: rule__Descriptor__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__3"


    // $ANTLR start "rule__Descriptor__Group_3__3__Impl"
    // InternalPtl.g:2995:1: rule__Descriptor__Group_3__3__Impl : ( ( rule__Descriptor__Group_3_3__0 )* ) ;
    public final void rule__Descriptor__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:2999:1: ( ( ( rule__Descriptor__Group_3_3__0 )* ) )
            // InternalPtl.g:3000:1: ( ( rule__Descriptor__Group_3_3__0 )* )
            {
            // InternalPtl.g:3000:1: ( ( rule__Descriptor__Group_3_3__0 )* )
            // InternalPtl.g:3001:2: ( rule__Descriptor__Group_3_3__0 )*
            {
             before(grammarAccess.getDescriptorAccess().getGroup_3_3()); 
            // InternalPtl.g:3002:2: ( rule__Descriptor__Group_3_3__0 )*
            loop32:
            do {
                int alt32=2;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==57) ) {
                    alt32=1;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalPtl.g:3002:3: rule__Descriptor__Group_3_3__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Descriptor__Group_3_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

             after(grammarAccess.getDescriptorAccess().getGroup_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3__3__Impl"


    // $ANTLR start "rule__Descriptor__Group_3_3__0"
    // InternalPtl.g:3011:1: rule__Descriptor__Group_3_3__0 : rule__Descriptor__Group_3_3__0__Impl rule__Descriptor__Group_3_3__1 ;
    public final void rule__Descriptor__Group_3_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3015:1: ( rule__Descriptor__Group_3_3__0__Impl rule__Descriptor__Group_3_3__1 )
            // InternalPtl.g:3016:2: rule__Descriptor__Group_3_3__0__Impl rule__Descriptor__Group_3_3__1
            {
            pushFollow(FOLLOW_16);
            rule__Descriptor__Group_3_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3_3__0"


    // $ANTLR start "rule__Descriptor__Group_3_3__0__Impl"
    // InternalPtl.g:3023:1: rule__Descriptor__Group_3_3__0__Impl : ( ',' ) ;
    public final void rule__Descriptor__Group_3_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3027:1: ( ( ',' ) )
            // InternalPtl.g:3028:1: ( ',' )
            {
            // InternalPtl.g:3028:1: ( ',' )
            // InternalPtl.g:3029:2: ','
            {
             before(grammarAccess.getDescriptorAccess().getCommaKeyword_3_3_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getCommaKeyword_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3_3__0__Impl"


    // $ANTLR start "rule__Descriptor__Group_3_3__1"
    // InternalPtl.g:3038:1: rule__Descriptor__Group_3_3__1 : rule__Descriptor__Group_3_3__1__Impl ;
    public final void rule__Descriptor__Group_3_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3042:1: ( rule__Descriptor__Group_3_3__1__Impl )
            // InternalPtl.g:3043:2: rule__Descriptor__Group_3_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__Group_3_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3_3__1"


    // $ANTLR start "rule__Descriptor__Group_3_3__1__Impl"
    // InternalPtl.g:3049:1: rule__Descriptor__Group_3_3__1__Impl : ( ( rule__Descriptor__LevelsAssignment_3_3_1 ) ) ;
    public final void rule__Descriptor__Group_3_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3053:1: ( ( ( rule__Descriptor__LevelsAssignment_3_3_1 ) ) )
            // InternalPtl.g:3054:1: ( ( rule__Descriptor__LevelsAssignment_3_3_1 ) )
            {
            // InternalPtl.g:3054:1: ( ( rule__Descriptor__LevelsAssignment_3_3_1 ) )
            // InternalPtl.g:3055:2: ( rule__Descriptor__LevelsAssignment_3_3_1 )
            {
             before(grammarAccess.getDescriptorAccess().getLevelsAssignment_3_3_1()); 
            // InternalPtl.g:3056:2: ( rule__Descriptor__LevelsAssignment_3_3_1 )
            // InternalPtl.g:3056:3: rule__Descriptor__LevelsAssignment_3_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Descriptor__LevelsAssignment_3_3_1();

            state._fsp--;


            }

             after(grammarAccess.getDescriptorAccess().getLevelsAssignment_3_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__Group_3_3__1__Impl"


    // $ANTLR start "rule__Field__Group__0"
    // InternalPtl.g:3065:1: rule__Field__Group__0 : rule__Field__Group__0__Impl rule__Field__Group__1 ;
    public final void rule__Field__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3069:1: ( rule__Field__Group__0__Impl rule__Field__Group__1 )
            // InternalPtl.g:3070:2: rule__Field__Group__0__Impl rule__Field__Group__1
            {
            pushFollow(FOLLOW_29);
            rule__Field__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__0"


    // $ANTLR start "rule__Field__Group__0__Impl"
    // InternalPtl.g:3077:1: rule__Field__Group__0__Impl : ( ( rule__Field__NameAssignment_0 ) ) ;
    public final void rule__Field__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3081:1: ( ( ( rule__Field__NameAssignment_0 ) ) )
            // InternalPtl.g:3082:1: ( ( rule__Field__NameAssignment_0 ) )
            {
            // InternalPtl.g:3082:1: ( ( rule__Field__NameAssignment_0 ) )
            // InternalPtl.g:3083:2: ( rule__Field__NameAssignment_0 )
            {
             before(grammarAccess.getFieldAccess().getNameAssignment_0()); 
            // InternalPtl.g:3084:2: ( rule__Field__NameAssignment_0 )
            // InternalPtl.g:3084:3: rule__Field__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Field__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__0__Impl"


    // $ANTLR start "rule__Field__Group__1"
    // InternalPtl.g:3092:1: rule__Field__Group__1 : rule__Field__Group__1__Impl rule__Field__Group__2 ;
    public final void rule__Field__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3096:1: ( rule__Field__Group__1__Impl rule__Field__Group__2 )
            // InternalPtl.g:3097:2: rule__Field__Group__1__Impl rule__Field__Group__2
            {
            pushFollow(FOLLOW_30);
            rule__Field__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__1"


    // $ANTLR start "rule__Field__Group__1__Impl"
    // InternalPtl.g:3104:1: rule__Field__Group__1__Impl : ( ( rule__Field__BitsAssignment_1 ) ) ;
    public final void rule__Field__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3108:1: ( ( ( rule__Field__BitsAssignment_1 ) ) )
            // InternalPtl.g:3109:1: ( ( rule__Field__BitsAssignment_1 ) )
            {
            // InternalPtl.g:3109:1: ( ( rule__Field__BitsAssignment_1 ) )
            // InternalPtl.g:3110:2: ( rule__Field__BitsAssignment_1 )
            {
             before(grammarAccess.getFieldAccess().getBitsAssignment_1()); 
            // InternalPtl.g:3111:2: ( rule__Field__BitsAssignment_1 )
            // InternalPtl.g:3111:3: rule__Field__BitsAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__BitsAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getBitsAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__1__Impl"


    // $ANTLR start "rule__Field__Group__2"
    // InternalPtl.g:3119:1: rule__Field__Group__2 : rule__Field__Group__2__Impl rule__Field__Group__3 ;
    public final void rule__Field__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3123:1: ( rule__Field__Group__2__Impl rule__Field__Group__3 )
            // InternalPtl.g:3124:2: rule__Field__Group__2__Impl rule__Field__Group__3
            {
            pushFollow(FOLLOW_30);
            rule__Field__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__2"


    // $ANTLR start "rule__Field__Group__2__Impl"
    // InternalPtl.g:3131:1: rule__Field__Group__2__Impl : ( ( rule__Field__Alternatives_2 )? ) ;
    public final void rule__Field__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3135:1: ( ( ( rule__Field__Alternatives_2 )? ) )
            // InternalPtl.g:3136:1: ( ( rule__Field__Alternatives_2 )? )
            {
            // InternalPtl.g:3136:1: ( ( rule__Field__Alternatives_2 )? )
            // InternalPtl.g:3137:2: ( rule__Field__Alternatives_2 )?
            {
             before(grammarAccess.getFieldAccess().getAlternatives_2()); 
            // InternalPtl.g:3138:2: ( rule__Field__Alternatives_2 )?
            int alt33=2;
            switch ( input.LA(1) ) {
                case 14:
                case 15:
                    {
                    alt33=1;
                    }
                    break;
                case 16:
                    {
                    int LA33_2 = input.LA(2);

                    if ( (LA33_2==EOF||LA33_2==RULE_ID||LA33_2==RULE_STRING||LA33_2==16||(LA33_2>=25 && LA33_2<=36)||LA33_2==51||(LA33_2>=59 && LA33_2<=60)) ) {
                        alt33=1;
                    }
                    }
                    break;
                case 29:
                    {
                    int LA33_3 = input.LA(2);

                    if ( (LA33_3==EOF||LA33_3==RULE_ID||LA33_3==RULE_STRING||LA33_3==16||(LA33_3>=25 && LA33_3<=36)||LA33_3==51||LA33_3==60) ) {
                        alt33=1;
                    }
                    }
                    break;
                case 30:
                    {
                    int LA33_4 = input.LA(2);

                    if ( (LA33_4==EOF||LA33_4==RULE_ID||LA33_4==RULE_STRING||LA33_4==16||(LA33_4>=25 && LA33_4<=36)||LA33_4==51||LA33_4==60) ) {
                        alt33=1;
                    }
                    }
                    break;
                case 31:
                    {
                    int LA33_5 = input.LA(2);

                    if ( (LA33_5==EOF||LA33_5==RULE_ID||LA33_5==RULE_STRING||LA33_5==16||(LA33_5>=25 && LA33_5<=36)||LA33_5==51||LA33_5==60) ) {
                        alt33=1;
                    }
                    }
                    break;
                case 32:
                    {
                    int LA33_6 = input.LA(2);

                    if ( (LA33_6==EOF||LA33_6==RULE_ID||LA33_6==RULE_STRING||LA33_6==16||(LA33_6>=25 && LA33_6<=36)||LA33_6==51||LA33_6==60) ) {
                        alt33=1;
                    }
                    }
                    break;
                case 33:
                    {
                    int LA33_7 = input.LA(2);

                    if ( (LA33_7==EOF||LA33_7==RULE_ID||LA33_7==RULE_STRING||LA33_7==16||(LA33_7>=25 && LA33_7<=36)||LA33_7==51||LA33_7==60) ) {
                        alt33=1;
                    }
                    }
                    break;
            }

            switch (alt33) {
                case 1 :
                    // InternalPtl.g:3138:3: rule__Field__Alternatives_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Alternatives_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFieldAccess().getAlternatives_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__2__Impl"


    // $ANTLR start "rule__Field__Group__3"
    // InternalPtl.g:3146:1: rule__Field__Group__3 : rule__Field__Group__3__Impl rule__Field__Group__4 ;
    public final void rule__Field__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3150:1: ( rule__Field__Group__3__Impl rule__Field__Group__4 )
            // InternalPtl.g:3151:2: rule__Field__Group__3__Impl rule__Field__Group__4
            {
            pushFollow(FOLLOW_30);
            rule__Field__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__3"


    // $ANTLR start "rule__Field__Group__3__Impl"
    // InternalPtl.g:3158:1: rule__Field__Group__3__Impl : ( ( rule__Field__Group_3__0 )? ) ;
    public final void rule__Field__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3162:1: ( ( ( rule__Field__Group_3__0 )? ) )
            // InternalPtl.g:3163:1: ( ( rule__Field__Group_3__0 )? )
            {
            // InternalPtl.g:3163:1: ( ( rule__Field__Group_3__0 )? )
            // InternalPtl.g:3164:2: ( rule__Field__Group_3__0 )?
            {
             before(grammarAccess.getFieldAccess().getGroup_3()); 
            // InternalPtl.g:3165:2: ( rule__Field__Group_3__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==60) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalPtl.g:3165:3: rule__Field__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFieldAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__3__Impl"


    // $ANTLR start "rule__Field__Group__4"
    // InternalPtl.g:3173:1: rule__Field__Group__4 : rule__Field__Group__4__Impl ;
    public final void rule__Field__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3177:1: ( rule__Field__Group__4__Impl )
            // InternalPtl.g:3178:2: rule__Field__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__4"


    // $ANTLR start "rule__Field__Group__4__Impl"
    // InternalPtl.g:3184:1: rule__Field__Group__4__Impl : ( ( rule__Field__DescriptionAssignment_4 )? ) ;
    public final void rule__Field__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3188:1: ( ( ( rule__Field__DescriptionAssignment_4 )? ) )
            // InternalPtl.g:3189:1: ( ( rule__Field__DescriptionAssignment_4 )? )
            {
            // InternalPtl.g:3189:1: ( ( rule__Field__DescriptionAssignment_4 )? )
            // InternalPtl.g:3190:2: ( rule__Field__DescriptionAssignment_4 )?
            {
             before(grammarAccess.getFieldAccess().getDescriptionAssignment_4()); 
            // InternalPtl.g:3191:2: ( rule__Field__DescriptionAssignment_4 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==RULE_STRING) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalPtl.g:3191:3: rule__Field__DescriptionAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__DescriptionAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFieldAccess().getDescriptionAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group__4__Impl"


    // $ANTLR start "rule__Field__Group_2_0__0"
    // InternalPtl.g:3200:1: rule__Field__Group_2_0__0 : rule__Field__Group_2_0__0__Impl rule__Field__Group_2_0__1 ;
    public final void rule__Field__Group_2_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3204:1: ( rule__Field__Group_2_0__0__Impl rule__Field__Group_2_0__1 )
            // InternalPtl.g:3205:2: rule__Field__Group_2_0__0__Impl rule__Field__Group_2_0__1
            {
            pushFollow(FOLLOW_31);
            rule__Field__Group_2_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_0__0"


    // $ANTLR start "rule__Field__Group_2_0__0__Impl"
    // InternalPtl.g:3212:1: rule__Field__Group_2_0__0__Impl : ( ( rule__Field__KindAssignment_2_0_0 ) ) ;
    public final void rule__Field__Group_2_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3216:1: ( ( ( rule__Field__KindAssignment_2_0_0 ) ) )
            // InternalPtl.g:3217:1: ( ( rule__Field__KindAssignment_2_0_0 ) )
            {
            // InternalPtl.g:3217:1: ( ( rule__Field__KindAssignment_2_0_0 ) )
            // InternalPtl.g:3218:2: ( rule__Field__KindAssignment_2_0_0 )
            {
             before(grammarAccess.getFieldAccess().getKindAssignment_2_0_0()); 
            // InternalPtl.g:3219:2: ( rule__Field__KindAssignment_2_0_0 )
            // InternalPtl.g:3219:3: rule__Field__KindAssignment_2_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Field__KindAssignment_2_0_0();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getKindAssignment_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_0__0__Impl"


    // $ANTLR start "rule__Field__Group_2_0__1"
    // InternalPtl.g:3227:1: rule__Field__Group_2_0__1 : rule__Field__Group_2_0__1__Impl ;
    public final void rule__Field__Group_2_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3231:1: ( rule__Field__Group_2_0__1__Impl )
            // InternalPtl.g:3232:2: rule__Field__Group_2_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_2_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_0__1"


    // $ANTLR start "rule__Field__Group_2_0__1__Impl"
    // InternalPtl.g:3238:1: rule__Field__Group_2_0__1__Impl : ( ( rule__Field__FixedValueAssignment_2_0_1 ) ) ;
    public final void rule__Field__Group_2_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3242:1: ( ( ( rule__Field__FixedValueAssignment_2_0_1 ) ) )
            // InternalPtl.g:3243:1: ( ( rule__Field__FixedValueAssignment_2_0_1 ) )
            {
            // InternalPtl.g:3243:1: ( ( rule__Field__FixedValueAssignment_2_0_1 ) )
            // InternalPtl.g:3244:2: ( rule__Field__FixedValueAssignment_2_0_1 )
            {
             before(grammarAccess.getFieldAccess().getFixedValueAssignment_2_0_1()); 
            // InternalPtl.g:3245:2: ( rule__Field__FixedValueAssignment_2_0_1 )
            // InternalPtl.g:3245:3: rule__Field__FixedValueAssignment_2_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__FixedValueAssignment_2_0_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getFixedValueAssignment_2_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_0__1__Impl"


    // $ANTLR start "rule__Field__Group_2_1__0"
    // InternalPtl.g:3254:1: rule__Field__Group_2_1__0 : rule__Field__Group_2_1__0__Impl rule__Field__Group_2_1__1 ;
    public final void rule__Field__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3258:1: ( rule__Field__Group_2_1__0__Impl rule__Field__Group_2_1__1 )
            // InternalPtl.g:3259:2: rule__Field__Group_2_1__0__Impl rule__Field__Group_2_1__1
            {
            pushFollow(FOLLOW_32);
            rule__Field__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__0"


    // $ANTLR start "rule__Field__Group_2_1__0__Impl"
    // InternalPtl.g:3266:1: rule__Field__Group_2_1__0__Impl : ( ( rule__Field__KindAssignment_2_1_0 ) ) ;
    public final void rule__Field__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3270:1: ( ( ( rule__Field__KindAssignment_2_1_0 ) ) )
            // InternalPtl.g:3271:1: ( ( rule__Field__KindAssignment_2_1_0 ) )
            {
            // InternalPtl.g:3271:1: ( ( rule__Field__KindAssignment_2_1_0 ) )
            // InternalPtl.g:3272:2: ( rule__Field__KindAssignment_2_1_0 )
            {
             before(grammarAccess.getFieldAccess().getKindAssignment_2_1_0()); 
            // InternalPtl.g:3273:2: ( rule__Field__KindAssignment_2_1_0 )
            // InternalPtl.g:3273:3: rule__Field__KindAssignment_2_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Field__KindAssignment_2_1_0();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getKindAssignment_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__0__Impl"


    // $ANTLR start "rule__Field__Group_2_1__1"
    // InternalPtl.g:3281:1: rule__Field__Group_2_1__1 : rule__Field__Group_2_1__1__Impl rule__Field__Group_2_1__2 ;
    public final void rule__Field__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3285:1: ( rule__Field__Group_2_1__1__Impl rule__Field__Group_2_1__2 )
            // InternalPtl.g:3286:2: rule__Field__Group_2_1__1__Impl rule__Field__Group_2_1__2
            {
            pushFollow(FOLLOW_8);
            rule__Field__Group_2_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__1"


    // $ANTLR start "rule__Field__Group_2_1__1__Impl"
    // InternalPtl.g:3293:1: rule__Field__Group_2_1__1__Impl : ( '{' ) ;
    public final void rule__Field__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3297:1: ( ( '{' ) )
            // InternalPtl.g:3298:1: ( '{' )
            {
            // InternalPtl.g:3298:1: ( '{' )
            // InternalPtl.g:3299:2: '{'
            {
             before(grammarAccess.getFieldAccess().getLeftCurlyBracketKeyword_2_1_1()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getLeftCurlyBracketKeyword_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__1__Impl"


    // $ANTLR start "rule__Field__Group_2_1__2"
    // InternalPtl.g:3308:1: rule__Field__Group_2_1__2 : rule__Field__Group_2_1__2__Impl rule__Field__Group_2_1__3 ;
    public final void rule__Field__Group_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3312:1: ( rule__Field__Group_2_1__2__Impl rule__Field__Group_2_1__3 )
            // InternalPtl.g:3313:2: rule__Field__Group_2_1__2__Impl rule__Field__Group_2_1__3
            {
            pushFollow(FOLLOW_33);
            rule__Field__Group_2_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__2"


    // $ANTLR start "rule__Field__Group_2_1__2__Impl"
    // InternalPtl.g:3320:1: rule__Field__Group_2_1__2__Impl : ( ( rule__Field__LiteralsAssignment_2_1_2 ) ) ;
    public final void rule__Field__Group_2_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3324:1: ( ( ( rule__Field__LiteralsAssignment_2_1_2 ) ) )
            // InternalPtl.g:3325:1: ( ( rule__Field__LiteralsAssignment_2_1_2 ) )
            {
            // InternalPtl.g:3325:1: ( ( rule__Field__LiteralsAssignment_2_1_2 ) )
            // InternalPtl.g:3326:2: ( rule__Field__LiteralsAssignment_2_1_2 )
            {
             before(grammarAccess.getFieldAccess().getLiteralsAssignment_2_1_2()); 
            // InternalPtl.g:3327:2: ( rule__Field__LiteralsAssignment_2_1_2 )
            // InternalPtl.g:3327:3: rule__Field__LiteralsAssignment_2_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Field__LiteralsAssignment_2_1_2();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getLiteralsAssignment_2_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__2__Impl"


    // $ANTLR start "rule__Field__Group_2_1__3"
    // InternalPtl.g:3335:1: rule__Field__Group_2_1__3 : rule__Field__Group_2_1__3__Impl rule__Field__Group_2_1__4 ;
    public final void rule__Field__Group_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3339:1: ( rule__Field__Group_2_1__3__Impl rule__Field__Group_2_1__4 )
            // InternalPtl.g:3340:2: rule__Field__Group_2_1__3__Impl rule__Field__Group_2_1__4
            {
            pushFollow(FOLLOW_33);
            rule__Field__Group_2_1__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__3"


    // $ANTLR start "rule__Field__Group_2_1__3__Impl"
    // InternalPtl.g:3347:1: rule__Field__Group_2_1__3__Impl : ( ( rule__Field__Group_2_1_3__0 )* ) ;
    public final void rule__Field__Group_2_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3351:1: ( ( ( rule__Field__Group_2_1_3__0 )* ) )
            // InternalPtl.g:3352:1: ( ( rule__Field__Group_2_1_3__0 )* )
            {
            // InternalPtl.g:3352:1: ( ( rule__Field__Group_2_1_3__0 )* )
            // InternalPtl.g:3353:2: ( rule__Field__Group_2_1_3__0 )*
            {
             before(grammarAccess.getFieldAccess().getGroup_2_1_3()); 
            // InternalPtl.g:3354:2: ( rule__Field__Group_2_1_3__0 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==57) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalPtl.g:3354:3: rule__Field__Group_2_1_3__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Field__Group_2_1_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

             after(grammarAccess.getFieldAccess().getGroup_2_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__3__Impl"


    // $ANTLR start "rule__Field__Group_2_1__4"
    // InternalPtl.g:3362:1: rule__Field__Group_2_1__4 : rule__Field__Group_2_1__4__Impl ;
    public final void rule__Field__Group_2_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3366:1: ( rule__Field__Group_2_1__4__Impl )
            // InternalPtl.g:3367:2: rule__Field__Group_2_1__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__4"


    // $ANTLR start "rule__Field__Group_2_1__4__Impl"
    // InternalPtl.g:3373:1: rule__Field__Group_2_1__4__Impl : ( '}' ) ;
    public final void rule__Field__Group_2_1__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3377:1: ( ( '}' ) )
            // InternalPtl.g:3378:1: ( '}' )
            {
            // InternalPtl.g:3378:1: ( '}' )
            // InternalPtl.g:3379:2: '}'
            {
             before(grammarAccess.getFieldAccess().getRightCurlyBracketKeyword_2_1_4()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getRightCurlyBracketKeyword_2_1_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1__4__Impl"


    // $ANTLR start "rule__Field__Group_2_1_3__0"
    // InternalPtl.g:3389:1: rule__Field__Group_2_1_3__0 : rule__Field__Group_2_1_3__0__Impl rule__Field__Group_2_1_3__1 ;
    public final void rule__Field__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3393:1: ( rule__Field__Group_2_1_3__0__Impl rule__Field__Group_2_1_3__1 )
            // InternalPtl.g:3394:2: rule__Field__Group_2_1_3__0__Impl rule__Field__Group_2_1_3__1
            {
            pushFollow(FOLLOW_8);
            rule__Field__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1_3__0"


    // $ANTLR start "rule__Field__Group_2_1_3__0__Impl"
    // InternalPtl.g:3401:1: rule__Field__Group_2_1_3__0__Impl : ( ',' ) ;
    public final void rule__Field__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3405:1: ( ( ',' ) )
            // InternalPtl.g:3406:1: ( ',' )
            {
            // InternalPtl.g:3406:1: ( ',' )
            // InternalPtl.g:3407:2: ','
            {
             before(grammarAccess.getFieldAccess().getCommaKeyword_2_1_3_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getCommaKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__Field__Group_2_1_3__1"
    // InternalPtl.g:3416:1: rule__Field__Group_2_1_3__1 : rule__Field__Group_2_1_3__1__Impl ;
    public final void rule__Field__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3420:1: ( rule__Field__Group_2_1_3__1__Impl )
            // InternalPtl.g:3421:2: rule__Field__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1_3__1"


    // $ANTLR start "rule__Field__Group_2_1_3__1__Impl"
    // InternalPtl.g:3427:1: rule__Field__Group_2_1_3__1__Impl : ( ( rule__Field__LiteralsAssignment_2_1_3_1 ) ) ;
    public final void rule__Field__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3431:1: ( ( ( rule__Field__LiteralsAssignment_2_1_3_1 ) ) )
            // InternalPtl.g:3432:1: ( ( rule__Field__LiteralsAssignment_2_1_3_1 ) )
            {
            // InternalPtl.g:3432:1: ( ( rule__Field__LiteralsAssignment_2_1_3_1 ) )
            // InternalPtl.g:3433:2: ( rule__Field__LiteralsAssignment_2_1_3_1 )
            {
             before(grammarAccess.getFieldAccess().getLiteralsAssignment_2_1_3_1()); 
            // InternalPtl.g:3434:2: ( rule__Field__LiteralsAssignment_2_1_3_1 )
            // InternalPtl.g:3434:3: rule__Field__LiteralsAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__LiteralsAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getLiteralsAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Field__Group_2_2__0"
    // InternalPtl.g:3443:1: rule__Field__Group_2_2__0 : rule__Field__Group_2_2__0__Impl rule__Field__Group_2_2__1 ;
    public final void rule__Field__Group_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3447:1: ( rule__Field__Group_2_2__0__Impl rule__Field__Group_2_2__1 )
            // InternalPtl.g:3448:2: rule__Field__Group_2_2__0__Impl rule__Field__Group_2_2__1
            {
            pushFollow(FOLLOW_34);
            rule__Field__Group_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2__0"


    // $ANTLR start "rule__Field__Group_2_2__0__Impl"
    // InternalPtl.g:3455:1: rule__Field__Group_2_2__0__Impl : ( ( rule__Field__KindAssignment_2_2_0 ) ) ;
    public final void rule__Field__Group_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3459:1: ( ( ( rule__Field__KindAssignment_2_2_0 ) ) )
            // InternalPtl.g:3460:1: ( ( rule__Field__KindAssignment_2_2_0 ) )
            {
            // InternalPtl.g:3460:1: ( ( rule__Field__KindAssignment_2_2_0 ) )
            // InternalPtl.g:3461:2: ( rule__Field__KindAssignment_2_2_0 )
            {
             before(grammarAccess.getFieldAccess().getKindAssignment_2_2_0()); 
            // InternalPtl.g:3462:2: ( rule__Field__KindAssignment_2_2_0 )
            // InternalPtl.g:3462:3: rule__Field__KindAssignment_2_2_0
            {
            pushFollow(FOLLOW_2);
            rule__Field__KindAssignment_2_2_0();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getKindAssignment_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2__0__Impl"


    // $ANTLR start "rule__Field__Group_2_2__1"
    // InternalPtl.g:3470:1: rule__Field__Group_2_2__1 : rule__Field__Group_2_2__1__Impl ;
    public final void rule__Field__Group_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3474:1: ( rule__Field__Group_2_2__1__Impl )
            // InternalPtl.g:3475:2: rule__Field__Group_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2__1"


    // $ANTLR start "rule__Field__Group_2_2__1__Impl"
    // InternalPtl.g:3481:1: rule__Field__Group_2_2__1__Impl : ( ( rule__Field__Group_2_2_1__0 )? ) ;
    public final void rule__Field__Group_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3485:1: ( ( ( rule__Field__Group_2_2_1__0 )? ) )
            // InternalPtl.g:3486:1: ( ( rule__Field__Group_2_2_1__0 )? )
            {
            // InternalPtl.g:3486:1: ( ( rule__Field__Group_2_2_1__0 )? )
            // InternalPtl.g:3487:2: ( rule__Field__Group_2_2_1__0 )?
            {
             before(grammarAccess.getFieldAccess().getGroup_2_2_1()); 
            // InternalPtl.g:3488:2: ( rule__Field__Group_2_2_1__0 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==59) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalPtl.g:3488:3: rule__Field__Group_2_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Field__Group_2_2_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFieldAccess().getGroup_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2__1__Impl"


    // $ANTLR start "rule__Field__Group_2_2_1__0"
    // InternalPtl.g:3497:1: rule__Field__Group_2_2_1__0 : rule__Field__Group_2_2_1__0__Impl rule__Field__Group_2_2_1__1 ;
    public final void rule__Field__Group_2_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3501:1: ( rule__Field__Group_2_2_1__0__Impl rule__Field__Group_2_2_1__1 )
            // InternalPtl.g:3502:2: rule__Field__Group_2_2_1__0__Impl rule__Field__Group_2_2_1__1
            {
            pushFollow(FOLLOW_29);
            rule__Field__Group_2_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_2_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2_1__0"


    // $ANTLR start "rule__Field__Group_2_2_1__0__Impl"
    // InternalPtl.g:3509:1: rule__Field__Group_2_2_1__0__Impl : ( 'holds' ) ;
    public final void rule__Field__Group_2_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3513:1: ( ( 'holds' ) )
            // InternalPtl.g:3514:1: ( 'holds' )
            {
            // InternalPtl.g:3514:1: ( 'holds' )
            // InternalPtl.g:3515:2: 'holds'
            {
             before(grammarAccess.getFieldAccess().getHoldsKeyword_2_2_1_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getHoldsKeyword_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2_1__0__Impl"


    // $ANTLR start "rule__Field__Group_2_2_1__1"
    // InternalPtl.g:3524:1: rule__Field__Group_2_2_1__1 : rule__Field__Group_2_2_1__1__Impl ;
    public final void rule__Field__Group_2_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3528:1: ( rule__Field__Group_2_2_1__1__Impl )
            // InternalPtl.g:3529:2: rule__Field__Group_2_2_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_2_2_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2_1__1"


    // $ANTLR start "rule__Field__Group_2_2_1__1__Impl"
    // InternalPtl.g:3535:1: rule__Field__Group_2_2_1__1__Impl : ( ( rule__Field__AddressBitsAssignment_2_2_1_1 ) ) ;
    public final void rule__Field__Group_2_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3539:1: ( ( ( rule__Field__AddressBitsAssignment_2_2_1_1 ) ) )
            // InternalPtl.g:3540:1: ( ( rule__Field__AddressBitsAssignment_2_2_1_1 ) )
            {
            // InternalPtl.g:3540:1: ( ( rule__Field__AddressBitsAssignment_2_2_1_1 ) )
            // InternalPtl.g:3541:2: ( rule__Field__AddressBitsAssignment_2_2_1_1 )
            {
             before(grammarAccess.getFieldAccess().getAddressBitsAssignment_2_2_1_1()); 
            // InternalPtl.g:3542:2: ( rule__Field__AddressBitsAssignment_2_2_1_1 )
            // InternalPtl.g:3542:3: rule__Field__AddressBitsAssignment_2_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__AddressBitsAssignment_2_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getAddressBitsAssignment_2_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_2_2_1__1__Impl"


    // $ANTLR start "rule__Field__Group_3__0"
    // InternalPtl.g:3551:1: rule__Field__Group_3__0 : rule__Field__Group_3__0__Impl rule__Field__Group_3__1 ;
    public final void rule__Field__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3555:1: ( rule__Field__Group_3__0__Impl rule__Field__Group_3__1 )
            // InternalPtl.g:3556:2: rule__Field__Group_3__0__Impl rule__Field__Group_3__1
            {
            pushFollow(FOLLOW_8);
            rule__Field__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__0"


    // $ANTLR start "rule__Field__Group_3__0__Impl"
    // InternalPtl.g:3563:1: rule__Field__Group_3__0__Impl : ( 'overlays' ) ;
    public final void rule__Field__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3567:1: ( ( 'overlays' ) )
            // InternalPtl.g:3568:1: ( 'overlays' )
            {
            // InternalPtl.g:3568:1: ( 'overlays' )
            // InternalPtl.g:3569:2: 'overlays'
            {
             before(grammarAccess.getFieldAccess().getOverlaysKeyword_3_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getOverlaysKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__0__Impl"


    // $ANTLR start "rule__Field__Group_3__1"
    // InternalPtl.g:3578:1: rule__Field__Group_3__1 : rule__Field__Group_3__1__Impl rule__Field__Group_3__2 ;
    public final void rule__Field__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3582:1: ( rule__Field__Group_3__1__Impl rule__Field__Group_3__2 )
            // InternalPtl.g:3583:2: rule__Field__Group_3__1__Impl rule__Field__Group_3__2
            {
            pushFollow(FOLLOW_22);
            rule__Field__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__1"


    // $ANTLR start "rule__Field__Group_3__1__Impl"
    // InternalPtl.g:3590:1: rule__Field__Group_3__1__Impl : ( ( rule__Field__OverlaysAssignment_3_1 ) ) ;
    public final void rule__Field__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3594:1: ( ( ( rule__Field__OverlaysAssignment_3_1 ) ) )
            // InternalPtl.g:3595:1: ( ( rule__Field__OverlaysAssignment_3_1 ) )
            {
            // InternalPtl.g:3595:1: ( ( rule__Field__OverlaysAssignment_3_1 ) )
            // InternalPtl.g:3596:2: ( rule__Field__OverlaysAssignment_3_1 )
            {
             before(grammarAccess.getFieldAccess().getOverlaysAssignment_3_1()); 
            // InternalPtl.g:3597:2: ( rule__Field__OverlaysAssignment_3_1 )
            // InternalPtl.g:3597:3: rule__Field__OverlaysAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__OverlaysAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getOverlaysAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__1__Impl"


    // $ANTLR start "rule__Field__Group_3__2"
    // InternalPtl.g:3605:1: rule__Field__Group_3__2 : rule__Field__Group_3__2__Impl ;
    public final void rule__Field__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3609:1: ( rule__Field__Group_3__2__Impl )
            // InternalPtl.g:3610:2: rule__Field__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__2"


    // $ANTLR start "rule__Field__Group_3__2__Impl"
    // InternalPtl.g:3616:1: rule__Field__Group_3__2__Impl : ( ( rule__Field__Group_3_2__0 )* ) ;
    public final void rule__Field__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3620:1: ( ( ( rule__Field__Group_3_2__0 )* ) )
            // InternalPtl.g:3621:1: ( ( rule__Field__Group_3_2__0 )* )
            {
            // InternalPtl.g:3621:1: ( ( rule__Field__Group_3_2__0 )* )
            // InternalPtl.g:3622:2: ( rule__Field__Group_3_2__0 )*
            {
             before(grammarAccess.getFieldAccess().getGroup_3_2()); 
            // InternalPtl.g:3623:2: ( rule__Field__Group_3_2__0 )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==57) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalPtl.g:3623:3: rule__Field__Group_3_2__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Field__Group_3_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

             after(grammarAccess.getFieldAccess().getGroup_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3__2__Impl"


    // $ANTLR start "rule__Field__Group_3_2__0"
    // InternalPtl.g:3632:1: rule__Field__Group_3_2__0 : rule__Field__Group_3_2__0__Impl rule__Field__Group_3_2__1 ;
    public final void rule__Field__Group_3_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3636:1: ( rule__Field__Group_3_2__0__Impl rule__Field__Group_3_2__1 )
            // InternalPtl.g:3637:2: rule__Field__Group_3_2__0__Impl rule__Field__Group_3_2__1
            {
            pushFollow(FOLLOW_8);
            rule__Field__Group_3_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Field__Group_3_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3_2__0"


    // $ANTLR start "rule__Field__Group_3_2__0__Impl"
    // InternalPtl.g:3644:1: rule__Field__Group_3_2__0__Impl : ( ',' ) ;
    public final void rule__Field__Group_3_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3648:1: ( ( ',' ) )
            // InternalPtl.g:3649:1: ( ',' )
            {
            // InternalPtl.g:3649:1: ( ',' )
            // InternalPtl.g:3650:2: ','
            {
             before(grammarAccess.getFieldAccess().getCommaKeyword_3_2_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getCommaKeyword_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3_2__0__Impl"


    // $ANTLR start "rule__Field__Group_3_2__1"
    // InternalPtl.g:3659:1: rule__Field__Group_3_2__1 : rule__Field__Group_3_2__1__Impl ;
    public final void rule__Field__Group_3_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3663:1: ( rule__Field__Group_3_2__1__Impl )
            // InternalPtl.g:3664:2: rule__Field__Group_3_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Field__Group_3_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3_2__1"


    // $ANTLR start "rule__Field__Group_3_2__1__Impl"
    // InternalPtl.g:3670:1: rule__Field__Group_3_2__1__Impl : ( ( rule__Field__OverlaysAssignment_3_2_1 ) ) ;
    public final void rule__Field__Group_3_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3674:1: ( ( ( rule__Field__OverlaysAssignment_3_2_1 ) ) )
            // InternalPtl.g:3675:1: ( ( rule__Field__OverlaysAssignment_3_2_1 ) )
            {
            // InternalPtl.g:3675:1: ( ( rule__Field__OverlaysAssignment_3_2_1 ) )
            // InternalPtl.g:3676:2: ( rule__Field__OverlaysAssignment_3_2_1 )
            {
             before(grammarAccess.getFieldAccess().getOverlaysAssignment_3_2_1()); 
            // InternalPtl.g:3677:2: ( rule__Field__OverlaysAssignment_3_2_1 )
            // InternalPtl.g:3677:3: rule__Field__OverlaysAssignment_3_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Field__OverlaysAssignment_3_2_1();

            state._fsp--;


            }

             after(grammarAccess.getFieldAccess().getOverlaysAssignment_3_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__Group_3_2__1__Impl"


    // $ANTLR start "rule__EnumLiteral__Group__0"
    // InternalPtl.g:3686:1: rule__EnumLiteral__Group__0 : rule__EnumLiteral__Group__0__Impl rule__EnumLiteral__Group__1 ;
    public final void rule__EnumLiteral__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3690:1: ( rule__EnumLiteral__Group__0__Impl rule__EnumLiteral__Group__1 )
            // InternalPtl.g:3691:2: rule__EnumLiteral__Group__0__Impl rule__EnumLiteral__Group__1
            {
            pushFollow(FOLLOW_35);
            rule__EnumLiteral__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__EnumLiteral__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__0"


    // $ANTLR start "rule__EnumLiteral__Group__0__Impl"
    // InternalPtl.g:3698:1: rule__EnumLiteral__Group__0__Impl : ( ( rule__EnumLiteral__NameAssignment_0 ) ) ;
    public final void rule__EnumLiteral__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3702:1: ( ( ( rule__EnumLiteral__NameAssignment_0 ) ) )
            // InternalPtl.g:3703:1: ( ( rule__EnumLiteral__NameAssignment_0 ) )
            {
            // InternalPtl.g:3703:1: ( ( rule__EnumLiteral__NameAssignment_0 ) )
            // InternalPtl.g:3704:2: ( rule__EnumLiteral__NameAssignment_0 )
            {
             before(grammarAccess.getEnumLiteralAccess().getNameAssignment_0()); 
            // InternalPtl.g:3705:2: ( rule__EnumLiteral__NameAssignment_0 )
            // InternalPtl.g:3705:3: rule__EnumLiteral__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__EnumLiteral__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getEnumLiteralAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__0__Impl"


    // $ANTLR start "rule__EnumLiteral__Group__1"
    // InternalPtl.g:3713:1: rule__EnumLiteral__Group__1 : rule__EnumLiteral__Group__1__Impl rule__EnumLiteral__Group__2 ;
    public final void rule__EnumLiteral__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3717:1: ( rule__EnumLiteral__Group__1__Impl rule__EnumLiteral__Group__2 )
            // InternalPtl.g:3718:2: rule__EnumLiteral__Group__1__Impl rule__EnumLiteral__Group__2
            {
            pushFollow(FOLLOW_31);
            rule__EnumLiteral__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__EnumLiteral__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__1"


    // $ANTLR start "rule__EnumLiteral__Group__1__Impl"
    // InternalPtl.g:3725:1: rule__EnumLiteral__Group__1__Impl : ( '=' ) ;
    public final void rule__EnumLiteral__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3729:1: ( ( '=' ) )
            // InternalPtl.g:3730:1: ( '=' )
            {
            // InternalPtl.g:3730:1: ( '=' )
            // InternalPtl.g:3731:2: '='
            {
             before(grammarAccess.getEnumLiteralAccess().getEqualsSignKeyword_1()); 
            match(input,14,FOLLOW_2); 
             after(grammarAccess.getEnumLiteralAccess().getEqualsSignKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__1__Impl"


    // $ANTLR start "rule__EnumLiteral__Group__2"
    // InternalPtl.g:3740:1: rule__EnumLiteral__Group__2 : rule__EnumLiteral__Group__2__Impl rule__EnumLiteral__Group__3 ;
    public final void rule__EnumLiteral__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3744:1: ( rule__EnumLiteral__Group__2__Impl rule__EnumLiteral__Group__3 )
            // InternalPtl.g:3745:2: rule__EnumLiteral__Group__2__Impl rule__EnumLiteral__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__EnumLiteral__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__EnumLiteral__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__2"


    // $ANTLR start "rule__EnumLiteral__Group__2__Impl"
    // InternalPtl.g:3752:1: rule__EnumLiteral__Group__2__Impl : ( ( rule__EnumLiteral__ValueAssignment_2 ) ) ;
    public final void rule__EnumLiteral__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3756:1: ( ( ( rule__EnumLiteral__ValueAssignment_2 ) ) )
            // InternalPtl.g:3757:1: ( ( rule__EnumLiteral__ValueAssignment_2 ) )
            {
            // InternalPtl.g:3757:1: ( ( rule__EnumLiteral__ValueAssignment_2 ) )
            // InternalPtl.g:3758:2: ( rule__EnumLiteral__ValueAssignment_2 )
            {
             before(grammarAccess.getEnumLiteralAccess().getValueAssignment_2()); 
            // InternalPtl.g:3759:2: ( rule__EnumLiteral__ValueAssignment_2 )
            // InternalPtl.g:3759:3: rule__EnumLiteral__ValueAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__EnumLiteral__ValueAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getEnumLiteralAccess().getValueAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__2__Impl"


    // $ANTLR start "rule__EnumLiteral__Group__3"
    // InternalPtl.g:3767:1: rule__EnumLiteral__Group__3 : rule__EnumLiteral__Group__3__Impl ;
    public final void rule__EnumLiteral__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3771:1: ( rule__EnumLiteral__Group__3__Impl )
            // InternalPtl.g:3772:2: rule__EnumLiteral__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__EnumLiteral__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__3"


    // $ANTLR start "rule__EnumLiteral__Group__3__Impl"
    // InternalPtl.g:3778:1: rule__EnumLiteral__Group__3__Impl : ( ( rule__EnumLiteral__DescriptionAssignment_3 )? ) ;
    public final void rule__EnumLiteral__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3782:1: ( ( ( rule__EnumLiteral__DescriptionAssignment_3 )? ) )
            // InternalPtl.g:3783:1: ( ( rule__EnumLiteral__DescriptionAssignment_3 )? )
            {
            // InternalPtl.g:3783:1: ( ( rule__EnumLiteral__DescriptionAssignment_3 )? )
            // InternalPtl.g:3784:2: ( rule__EnumLiteral__DescriptionAssignment_3 )?
            {
             before(grammarAccess.getEnumLiteralAccess().getDescriptionAssignment_3()); 
            // InternalPtl.g:3785:2: ( rule__EnumLiteral__DescriptionAssignment_3 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==RULE_STRING) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalPtl.g:3785:3: rule__EnumLiteral__DescriptionAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__EnumLiteral__DescriptionAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnumLiteralAccess().getDescriptionAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__Group__3__Impl"


    // $ANTLR start "rule__BitRange__Group__0"
    // InternalPtl.g:3794:1: rule__BitRange__Group__0 : rule__BitRange__Group__0__Impl rule__BitRange__Group__1 ;
    public final void rule__BitRange__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3798:1: ( rule__BitRange__Group__0__Impl rule__BitRange__Group__1 )
            // InternalPtl.g:3799:2: rule__BitRange__Group__0__Impl rule__BitRange__Group__1
            {
            pushFollow(FOLLOW_13);
            rule__BitRange__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BitRange__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__0"


    // $ANTLR start "rule__BitRange__Group__0__Impl"
    // InternalPtl.g:3806:1: rule__BitRange__Group__0__Impl : ( '[' ) ;
    public final void rule__BitRange__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3810:1: ( ( '[' ) )
            // InternalPtl.g:3811:1: ( '[' )
            {
            // InternalPtl.g:3811:1: ( '[' )
            // InternalPtl.g:3812:2: '['
            {
             before(grammarAccess.getBitRangeAccess().getLeftSquareBracketKeyword_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getBitRangeAccess().getLeftSquareBracketKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__0__Impl"


    // $ANTLR start "rule__BitRange__Group__1"
    // InternalPtl.g:3821:1: rule__BitRange__Group__1 : rule__BitRange__Group__1__Impl rule__BitRange__Group__2 ;
    public final void rule__BitRange__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3825:1: ( rule__BitRange__Group__1__Impl rule__BitRange__Group__2 )
            // InternalPtl.g:3826:2: rule__BitRange__Group__1__Impl rule__BitRange__Group__2
            {
            pushFollow(FOLLOW_36);
            rule__BitRange__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BitRange__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__1"


    // $ANTLR start "rule__BitRange__Group__1__Impl"
    // InternalPtl.g:3833:1: rule__BitRange__Group__1__Impl : ( ( rule__BitRange__HighAssignment_1 ) ) ;
    public final void rule__BitRange__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3837:1: ( ( ( rule__BitRange__HighAssignment_1 ) ) )
            // InternalPtl.g:3838:1: ( ( rule__BitRange__HighAssignment_1 ) )
            {
            // InternalPtl.g:3838:1: ( ( rule__BitRange__HighAssignment_1 ) )
            // InternalPtl.g:3839:2: ( rule__BitRange__HighAssignment_1 )
            {
             before(grammarAccess.getBitRangeAccess().getHighAssignment_1()); 
            // InternalPtl.g:3840:2: ( rule__BitRange__HighAssignment_1 )
            // InternalPtl.g:3840:3: rule__BitRange__HighAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__BitRange__HighAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBitRangeAccess().getHighAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__1__Impl"


    // $ANTLR start "rule__BitRange__Group__2"
    // InternalPtl.g:3848:1: rule__BitRange__Group__2 : rule__BitRange__Group__2__Impl rule__BitRange__Group__3 ;
    public final void rule__BitRange__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3852:1: ( rule__BitRange__Group__2__Impl rule__BitRange__Group__3 )
            // InternalPtl.g:3853:2: rule__BitRange__Group__2__Impl rule__BitRange__Group__3
            {
            pushFollow(FOLLOW_36);
            rule__BitRange__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BitRange__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__2"


    // $ANTLR start "rule__BitRange__Group__2__Impl"
    // InternalPtl.g:3860:1: rule__BitRange__Group__2__Impl : ( ( rule__BitRange__Group_2__0 )? ) ;
    public final void rule__BitRange__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3864:1: ( ( ( rule__BitRange__Group_2__0 )? ) )
            // InternalPtl.g:3865:1: ( ( rule__BitRange__Group_2__0 )? )
            {
            // InternalPtl.g:3865:1: ( ( rule__BitRange__Group_2__0 )? )
            // InternalPtl.g:3866:2: ( rule__BitRange__Group_2__0 )?
            {
             before(grammarAccess.getBitRangeAccess().getGroup_2()); 
            // InternalPtl.g:3867:2: ( rule__BitRange__Group_2__0 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==63) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalPtl.g:3867:3: rule__BitRange__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__BitRange__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBitRangeAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__2__Impl"


    // $ANTLR start "rule__BitRange__Group__3"
    // InternalPtl.g:3875:1: rule__BitRange__Group__3 : rule__BitRange__Group__3__Impl ;
    public final void rule__BitRange__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3879:1: ( rule__BitRange__Group__3__Impl )
            // InternalPtl.g:3880:2: rule__BitRange__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BitRange__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__3"


    // $ANTLR start "rule__BitRange__Group__3__Impl"
    // InternalPtl.g:3886:1: rule__BitRange__Group__3__Impl : ( ']' ) ;
    public final void rule__BitRange__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3890:1: ( ( ']' ) )
            // InternalPtl.g:3891:1: ( ']' )
            {
            // InternalPtl.g:3891:1: ( ']' )
            // InternalPtl.g:3892:2: ']'
            {
             before(grammarAccess.getBitRangeAccess().getRightSquareBracketKeyword_3()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getBitRangeAccess().getRightSquareBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group__3__Impl"


    // $ANTLR start "rule__BitRange__Group_2__0"
    // InternalPtl.g:3902:1: rule__BitRange__Group_2__0 : rule__BitRange__Group_2__0__Impl rule__BitRange__Group_2__1 ;
    public final void rule__BitRange__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3906:1: ( rule__BitRange__Group_2__0__Impl rule__BitRange__Group_2__1 )
            // InternalPtl.g:3907:2: rule__BitRange__Group_2__0__Impl rule__BitRange__Group_2__1
            {
            pushFollow(FOLLOW_13);
            rule__BitRange__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BitRange__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group_2__0"


    // $ANTLR start "rule__BitRange__Group_2__0__Impl"
    // InternalPtl.g:3914:1: rule__BitRange__Group_2__0__Impl : ( ':' ) ;
    public final void rule__BitRange__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3918:1: ( ( ':' ) )
            // InternalPtl.g:3919:1: ( ':' )
            {
            // InternalPtl.g:3919:1: ( ':' )
            // InternalPtl.g:3920:2: ':'
            {
             before(grammarAccess.getBitRangeAccess().getColonKeyword_2_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getBitRangeAccess().getColonKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group_2__0__Impl"


    // $ANTLR start "rule__BitRange__Group_2__1"
    // InternalPtl.g:3929:1: rule__BitRange__Group_2__1 : rule__BitRange__Group_2__1__Impl ;
    public final void rule__BitRange__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3933:1: ( rule__BitRange__Group_2__1__Impl )
            // InternalPtl.g:3934:2: rule__BitRange__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BitRange__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group_2__1"


    // $ANTLR start "rule__BitRange__Group_2__1__Impl"
    // InternalPtl.g:3940:1: rule__BitRange__Group_2__1__Impl : ( ( rule__BitRange__LowAssignment_2_1 ) ) ;
    public final void rule__BitRange__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3944:1: ( ( ( rule__BitRange__LowAssignment_2_1 ) ) )
            // InternalPtl.g:3945:1: ( ( rule__BitRange__LowAssignment_2_1 ) )
            {
            // InternalPtl.g:3945:1: ( ( rule__BitRange__LowAssignment_2_1 ) )
            // InternalPtl.g:3946:2: ( rule__BitRange__LowAssignment_2_1 )
            {
             before(grammarAccess.getBitRangeAccess().getLowAssignment_2_1()); 
            // InternalPtl.g:3947:2: ( rule__BitRange__LowAssignment_2_1 )
            // InternalPtl.g:3947:3: rule__BitRange__LowAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__BitRange__LowAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBitRangeAccess().getLowAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__Group_2__1__Impl"


    // $ANTLR start "rule__ClaimSet__Group__0"
    // InternalPtl.g:3956:1: rule__ClaimSet__Group__0 : rule__ClaimSet__Group__0__Impl rule__ClaimSet__Group__1 ;
    public final void rule__ClaimSet__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3960:1: ( rule__ClaimSet__Group__0__Impl rule__ClaimSet__Group__1 )
            // InternalPtl.g:3961:2: rule__ClaimSet__Group__0__Impl rule__ClaimSet__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__ClaimSet__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__0"


    // $ANTLR start "rule__ClaimSet__Group__0__Impl"
    // InternalPtl.g:3968:1: rule__ClaimSet__Group__0__Impl : ( 'claims' ) ;
    public final void rule__ClaimSet__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3972:1: ( ( 'claims' ) )
            // InternalPtl.g:3973:1: ( 'claims' )
            {
            // InternalPtl.g:3973:1: ( 'claims' )
            // InternalPtl.g:3974:2: 'claims'
            {
             before(grammarAccess.getClaimSetAccess().getClaimsKeyword_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getClaimsKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__0__Impl"


    // $ANTLR start "rule__ClaimSet__Group__1"
    // InternalPtl.g:3983:1: rule__ClaimSet__Group__1 : rule__ClaimSet__Group__1__Impl rule__ClaimSet__Group__2 ;
    public final void rule__ClaimSet__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3987:1: ( rule__ClaimSet__Group__1__Impl rule__ClaimSet__Group__2 )
            // InternalPtl.g:3988:2: rule__ClaimSet__Group__1__Impl rule__ClaimSet__Group__2
            {
            pushFollow(FOLLOW_37);
            rule__ClaimSet__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__1"


    // $ANTLR start "rule__ClaimSet__Group__1__Impl"
    // InternalPtl.g:3995:1: rule__ClaimSet__Group__1__Impl : ( ( rule__ClaimSet__NameAssignment_1 ) ) ;
    public final void rule__ClaimSet__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:3999:1: ( ( ( rule__ClaimSet__NameAssignment_1 ) ) )
            // InternalPtl.g:4000:1: ( ( rule__ClaimSet__NameAssignment_1 ) )
            {
            // InternalPtl.g:4000:1: ( ( rule__ClaimSet__NameAssignment_1 ) )
            // InternalPtl.g:4001:2: ( rule__ClaimSet__NameAssignment_1 )
            {
             before(grammarAccess.getClaimSetAccess().getNameAssignment_1()); 
            // InternalPtl.g:4002:2: ( rule__ClaimSet__NameAssignment_1 )
            // InternalPtl.g:4002:3: rule__ClaimSet__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getClaimSetAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__1__Impl"


    // $ANTLR start "rule__ClaimSet__Group__2"
    // InternalPtl.g:4010:1: rule__ClaimSet__Group__2 : rule__ClaimSet__Group__2__Impl rule__ClaimSet__Group__3 ;
    public final void rule__ClaimSet__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4014:1: ( rule__ClaimSet__Group__2__Impl rule__ClaimSet__Group__3 )
            // InternalPtl.g:4015:2: rule__ClaimSet__Group__2__Impl rule__ClaimSet__Group__3
            {
            pushFollow(FOLLOW_8);
            rule__ClaimSet__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__2"


    // $ANTLR start "rule__ClaimSet__Group__2__Impl"
    // InternalPtl.g:4022:1: rule__ClaimSet__Group__2__Impl : ( 'on' ) ;
    public final void rule__ClaimSet__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4026:1: ( ( 'on' ) )
            // InternalPtl.g:4027:1: ( 'on' )
            {
            // InternalPtl.g:4027:1: ( 'on' )
            // InternalPtl.g:4028:2: 'on'
            {
             before(grammarAccess.getClaimSetAccess().getOnKeyword_2()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getOnKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__2__Impl"


    // $ANTLR start "rule__ClaimSet__Group__3"
    // InternalPtl.g:4037:1: rule__ClaimSet__Group__3 : rule__ClaimSet__Group__3__Impl rule__ClaimSet__Group__4 ;
    public final void rule__ClaimSet__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4041:1: ( rule__ClaimSet__Group__3__Impl rule__ClaimSet__Group__4 )
            // InternalPtl.g:4042:2: rule__ClaimSet__Group__3__Impl rule__ClaimSet__Group__4
            {
            pushFollow(FOLLOW_38);
            rule__ClaimSet__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__3"


    // $ANTLR start "rule__ClaimSet__Group__3__Impl"
    // InternalPtl.g:4049:1: rule__ClaimSet__Group__3__Impl : ( ( rule__ClaimSet__FieldsAssignment_3 ) ) ;
    public final void rule__ClaimSet__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4053:1: ( ( ( rule__ClaimSet__FieldsAssignment_3 ) ) )
            // InternalPtl.g:4054:1: ( ( rule__ClaimSet__FieldsAssignment_3 ) )
            {
            // InternalPtl.g:4054:1: ( ( rule__ClaimSet__FieldsAssignment_3 ) )
            // InternalPtl.g:4055:2: ( rule__ClaimSet__FieldsAssignment_3 )
            {
             before(grammarAccess.getClaimSetAccess().getFieldsAssignment_3()); 
            // InternalPtl.g:4056:2: ( rule__ClaimSet__FieldsAssignment_3 )
            // InternalPtl.g:4056:3: rule__ClaimSet__FieldsAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__FieldsAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getClaimSetAccess().getFieldsAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__3__Impl"


    // $ANTLR start "rule__ClaimSet__Group__4"
    // InternalPtl.g:4064:1: rule__ClaimSet__Group__4 : rule__ClaimSet__Group__4__Impl rule__ClaimSet__Group__5 ;
    public final void rule__ClaimSet__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4068:1: ( rule__ClaimSet__Group__4__Impl rule__ClaimSet__Group__5 )
            // InternalPtl.g:4069:2: rule__ClaimSet__Group__4__Impl rule__ClaimSet__Group__5
            {
            pushFollow(FOLLOW_38);
            rule__ClaimSet__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__4"


    // $ANTLR start "rule__ClaimSet__Group__4__Impl"
    // InternalPtl.g:4076:1: rule__ClaimSet__Group__4__Impl : ( ( rule__ClaimSet__Group_4__0 )* ) ;
    public final void rule__ClaimSet__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4080:1: ( ( ( rule__ClaimSet__Group_4__0 )* ) )
            // InternalPtl.g:4081:1: ( ( rule__ClaimSet__Group_4__0 )* )
            {
            // InternalPtl.g:4081:1: ( ( rule__ClaimSet__Group_4__0 )* )
            // InternalPtl.g:4082:2: ( rule__ClaimSet__Group_4__0 )*
            {
             before(grammarAccess.getClaimSetAccess().getGroup_4()); 
            // InternalPtl.g:4083:2: ( rule__ClaimSet__Group_4__0 )*
            loop41:
            do {
                int alt41=2;
                int LA41_0 = input.LA(1);

                if ( (LA41_0==57) ) {
                    alt41=1;
                }


                switch (alt41) {
            	case 1 :
            	    // InternalPtl.g:4083:3: rule__ClaimSet__Group_4__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__ClaimSet__Group_4__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop41;
                }
            } while (true);

             after(grammarAccess.getClaimSetAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__4__Impl"


    // $ANTLR start "rule__ClaimSet__Group__5"
    // InternalPtl.g:4091:1: rule__ClaimSet__Group__5 : rule__ClaimSet__Group__5__Impl rule__ClaimSet__Group__6 ;
    public final void rule__ClaimSet__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4095:1: ( rule__ClaimSet__Group__5__Impl rule__ClaimSet__Group__6 )
            // InternalPtl.g:4096:2: rule__ClaimSet__Group__5__Impl rule__ClaimSet__Group__6
            {
            pushFollow(FOLLOW_38);
            rule__ClaimSet__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__5"


    // $ANTLR start "rule__ClaimSet__Group__5__Impl"
    // InternalPtl.g:4103:1: rule__ClaimSet__Group__5__Impl : ( ( rule__ClaimSet__DescriptionAssignment_5 )? ) ;
    public final void rule__ClaimSet__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4107:1: ( ( ( rule__ClaimSet__DescriptionAssignment_5 )? ) )
            // InternalPtl.g:4108:1: ( ( rule__ClaimSet__DescriptionAssignment_5 )? )
            {
            // InternalPtl.g:4108:1: ( ( rule__ClaimSet__DescriptionAssignment_5 )? )
            // InternalPtl.g:4109:2: ( rule__ClaimSet__DescriptionAssignment_5 )?
            {
             before(grammarAccess.getClaimSetAccess().getDescriptionAssignment_5()); 
            // InternalPtl.g:4110:2: ( rule__ClaimSet__DescriptionAssignment_5 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalPtl.g:4110:3: rule__ClaimSet__DescriptionAssignment_5
                    {
                    pushFollow(FOLLOW_2);
                    rule__ClaimSet__DescriptionAssignment_5();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getClaimSetAccess().getDescriptionAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__5__Impl"


    // $ANTLR start "rule__ClaimSet__Group__6"
    // InternalPtl.g:4118:1: rule__ClaimSet__Group__6 : rule__ClaimSet__Group__6__Impl rule__ClaimSet__Group__7 ;
    public final void rule__ClaimSet__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4122:1: ( rule__ClaimSet__Group__6__Impl rule__ClaimSet__Group__7 )
            // InternalPtl.g:4123:2: rule__ClaimSet__Group__6__Impl rule__ClaimSet__Group__7
            {
            pushFollow(FOLLOW_39);
            rule__ClaimSet__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__6"


    // $ANTLR start "rule__ClaimSet__Group__6__Impl"
    // InternalPtl.g:4130:1: rule__ClaimSet__Group__6__Impl : ( '{' ) ;
    public final void rule__ClaimSet__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4134:1: ( ( '{' ) )
            // InternalPtl.g:4135:1: ( '{' )
            {
            // InternalPtl.g:4135:1: ( '{' )
            // InternalPtl.g:4136:2: '{'
            {
             before(grammarAccess.getClaimSetAccess().getLeftCurlyBracketKeyword_6()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getLeftCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__6__Impl"


    // $ANTLR start "rule__ClaimSet__Group__7"
    // InternalPtl.g:4145:1: rule__ClaimSet__Group__7 : rule__ClaimSet__Group__7__Impl rule__ClaimSet__Group__8 ;
    public final void rule__ClaimSet__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4149:1: ( rule__ClaimSet__Group__7__Impl rule__ClaimSet__Group__8 )
            // InternalPtl.g:4150:2: rule__ClaimSet__Group__7__Impl rule__ClaimSet__Group__8
            {
            pushFollow(FOLLOW_39);
            rule__ClaimSet__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__7"


    // $ANTLR start "rule__ClaimSet__Group__7__Impl"
    // InternalPtl.g:4157:1: rule__ClaimSet__Group__7__Impl : ( ( rule__ClaimSet__ClaimsAssignment_7 )* ) ;
    public final void rule__ClaimSet__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4161:1: ( ( ( rule__ClaimSet__ClaimsAssignment_7 )* ) )
            // InternalPtl.g:4162:1: ( ( rule__ClaimSet__ClaimsAssignment_7 )* )
            {
            // InternalPtl.g:4162:1: ( ( rule__ClaimSet__ClaimsAssignment_7 )* )
            // InternalPtl.g:4163:2: ( rule__ClaimSet__ClaimsAssignment_7 )*
            {
             before(grammarAccess.getClaimSetAccess().getClaimsAssignment_7()); 
            // InternalPtl.g:4164:2: ( rule__ClaimSet__ClaimsAssignment_7 )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( (LA43_0==66) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalPtl.g:4164:3: rule__ClaimSet__ClaimsAssignment_7
            	    {
            	    pushFollow(FOLLOW_40);
            	    rule__ClaimSet__ClaimsAssignment_7();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop43;
                }
            } while (true);

             after(grammarAccess.getClaimSetAccess().getClaimsAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__7__Impl"


    // $ANTLR start "rule__ClaimSet__Group__8"
    // InternalPtl.g:4172:1: rule__ClaimSet__Group__8 : rule__ClaimSet__Group__8__Impl ;
    public final void rule__ClaimSet__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4176:1: ( rule__ClaimSet__Group__8__Impl )
            // InternalPtl.g:4177:2: rule__ClaimSet__Group__8__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group__8__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__8"


    // $ANTLR start "rule__ClaimSet__Group__8__Impl"
    // InternalPtl.g:4183:1: rule__ClaimSet__Group__8__Impl : ( '}' ) ;
    public final void rule__ClaimSet__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4187:1: ( ( '}' ) )
            // InternalPtl.g:4188:1: ( '}' )
            {
            // InternalPtl.g:4188:1: ( '}' )
            // InternalPtl.g:4189:2: '}'
            {
             before(grammarAccess.getClaimSetAccess().getRightCurlyBracketKeyword_8()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getRightCurlyBracketKeyword_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group__8__Impl"


    // $ANTLR start "rule__ClaimSet__Group_4__0"
    // InternalPtl.g:4199:1: rule__ClaimSet__Group_4__0 : rule__ClaimSet__Group_4__0__Impl rule__ClaimSet__Group_4__1 ;
    public final void rule__ClaimSet__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4203:1: ( rule__ClaimSet__Group_4__0__Impl rule__ClaimSet__Group_4__1 )
            // InternalPtl.g:4204:2: rule__ClaimSet__Group_4__0__Impl rule__ClaimSet__Group_4__1
            {
            pushFollow(FOLLOW_8);
            rule__ClaimSet__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group_4__0"


    // $ANTLR start "rule__ClaimSet__Group_4__0__Impl"
    // InternalPtl.g:4211:1: rule__ClaimSet__Group_4__0__Impl : ( ',' ) ;
    public final void rule__ClaimSet__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4215:1: ( ( ',' ) )
            // InternalPtl.g:4216:1: ( ',' )
            {
            // InternalPtl.g:4216:1: ( ',' )
            // InternalPtl.g:4217:2: ','
            {
             before(grammarAccess.getClaimSetAccess().getCommaKeyword_4_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getCommaKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group_4__0__Impl"


    // $ANTLR start "rule__ClaimSet__Group_4__1"
    // InternalPtl.g:4226:1: rule__ClaimSet__Group_4__1 : rule__ClaimSet__Group_4__1__Impl ;
    public final void rule__ClaimSet__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4230:1: ( rule__ClaimSet__Group_4__1__Impl )
            // InternalPtl.g:4231:2: rule__ClaimSet__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group_4__1"


    // $ANTLR start "rule__ClaimSet__Group_4__1__Impl"
    // InternalPtl.g:4237:1: rule__ClaimSet__Group_4__1__Impl : ( ( rule__ClaimSet__FieldsAssignment_4_1 ) ) ;
    public final void rule__ClaimSet__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4241:1: ( ( ( rule__ClaimSet__FieldsAssignment_4_1 ) ) )
            // InternalPtl.g:4242:1: ( ( rule__ClaimSet__FieldsAssignment_4_1 ) )
            {
            // InternalPtl.g:4242:1: ( ( rule__ClaimSet__FieldsAssignment_4_1 ) )
            // InternalPtl.g:4243:2: ( rule__ClaimSet__FieldsAssignment_4_1 )
            {
             before(grammarAccess.getClaimSetAccess().getFieldsAssignment_4_1()); 
            // InternalPtl.g:4244:2: ( rule__ClaimSet__FieldsAssignment_4_1 )
            // InternalPtl.g:4244:3: rule__ClaimSet__FieldsAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__ClaimSet__FieldsAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getClaimSetAccess().getFieldsAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__Group_4__1__Impl"


    // $ANTLR start "rule__Claim__Group__0"
    // InternalPtl.g:4253:1: rule__Claim__Group__0 : rule__Claim__Group__0__Impl rule__Claim__Group__1 ;
    public final void rule__Claim__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4257:1: ( rule__Claim__Group__0__Impl rule__Claim__Group__1 )
            // InternalPtl.g:4258:2: rule__Claim__Group__0__Impl rule__Claim__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Claim__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__0"


    // $ANTLR start "rule__Claim__Group__0__Impl"
    // InternalPtl.g:4265:1: rule__Claim__Group__0__Impl : ( 'claim' ) ;
    public final void rule__Claim__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4269:1: ( ( 'claim' ) )
            // InternalPtl.g:4270:1: ( 'claim' )
            {
            // InternalPtl.g:4270:1: ( 'claim' )
            // InternalPtl.g:4271:2: 'claim'
            {
             before(grammarAccess.getClaimAccess().getClaimKeyword_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getClaimAccess().getClaimKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__0__Impl"


    // $ANTLR start "rule__Claim__Group__1"
    // InternalPtl.g:4280:1: rule__Claim__Group__1 : rule__Claim__Group__1__Impl rule__Claim__Group__2 ;
    public final void rule__Claim__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4284:1: ( rule__Claim__Group__1__Impl rule__Claim__Group__2 )
            // InternalPtl.g:4285:2: rule__Claim__Group__1__Impl rule__Claim__Group__2
            {
            pushFollow(FOLLOW_29);
            rule__Claim__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__1"


    // $ANTLR start "rule__Claim__Group__1__Impl"
    // InternalPtl.g:4292:1: rule__Claim__Group__1__Impl : ( ( rule__Claim__NameAssignment_1 ) ) ;
    public final void rule__Claim__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4296:1: ( ( ( rule__Claim__NameAssignment_1 ) ) )
            // InternalPtl.g:4297:1: ( ( rule__Claim__NameAssignment_1 ) )
            {
            // InternalPtl.g:4297:1: ( ( rule__Claim__NameAssignment_1 ) )
            // InternalPtl.g:4298:2: ( rule__Claim__NameAssignment_1 )
            {
             before(grammarAccess.getClaimAccess().getNameAssignment_1()); 
            // InternalPtl.g:4299:2: ( rule__Claim__NameAssignment_1 )
            // InternalPtl.g:4299:3: rule__Claim__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Claim__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getClaimAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__1__Impl"


    // $ANTLR start "rule__Claim__Group__2"
    // InternalPtl.g:4307:1: rule__Claim__Group__2 : rule__Claim__Group__2__Impl rule__Claim__Group__3 ;
    public final void rule__Claim__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4311:1: ( rule__Claim__Group__2__Impl rule__Claim__Group__3 )
            // InternalPtl.g:4312:2: rule__Claim__Group__2__Impl rule__Claim__Group__3
            {
            pushFollow(FOLLOW_41);
            rule__Claim__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__2"


    // $ANTLR start "rule__Claim__Group__2__Impl"
    // InternalPtl.g:4319:1: rule__Claim__Group__2__Impl : ( ( rule__Claim__BitsAssignment_2 ) ) ;
    public final void rule__Claim__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4323:1: ( ( ( rule__Claim__BitsAssignment_2 ) ) )
            // InternalPtl.g:4324:1: ( ( rule__Claim__BitsAssignment_2 ) )
            {
            // InternalPtl.g:4324:1: ( ( rule__Claim__BitsAssignment_2 ) )
            // InternalPtl.g:4325:2: ( rule__Claim__BitsAssignment_2 )
            {
             before(grammarAccess.getClaimAccess().getBitsAssignment_2()); 
            // InternalPtl.g:4326:2: ( rule__Claim__BitsAssignment_2 )
            // InternalPtl.g:4326:3: rule__Claim__BitsAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Claim__BitsAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getClaimAccess().getBitsAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__2__Impl"


    // $ANTLR start "rule__Claim__Group__3"
    // InternalPtl.g:4334:1: rule__Claim__Group__3 : rule__Claim__Group__3__Impl rule__Claim__Group__4 ;
    public final void rule__Claim__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4338:1: ( rule__Claim__Group__3__Impl rule__Claim__Group__4 )
            // InternalPtl.g:4339:2: rule__Claim__Group__3__Impl rule__Claim__Group__4
            {
            pushFollow(FOLLOW_41);
            rule__Claim__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__3"


    // $ANTLR start "rule__Claim__Group__3__Impl"
    // InternalPtl.g:4346:1: rule__Claim__Group__3__Impl : ( ( rule__Claim__Group_3__0 )? ) ;
    public final void rule__Claim__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4350:1: ( ( ( rule__Claim__Group_3__0 )? ) )
            // InternalPtl.g:4351:1: ( ( rule__Claim__Group_3__0 )? )
            {
            // InternalPtl.g:4351:1: ( ( rule__Claim__Group_3__0 )? )
            // InternalPtl.g:4352:2: ( rule__Claim__Group_3__0 )?
            {
             before(grammarAccess.getClaimAccess().getGroup_3()); 
            // InternalPtl.g:4353:2: ( rule__Claim__Group_3__0 )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==67) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalPtl.g:4353:3: rule__Claim__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Claim__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getClaimAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__3__Impl"


    // $ANTLR start "rule__Claim__Group__4"
    // InternalPtl.g:4361:1: rule__Claim__Group__4 : rule__Claim__Group__4__Impl ;
    public final void rule__Claim__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4365:1: ( rule__Claim__Group__4__Impl )
            // InternalPtl.g:4366:2: rule__Claim__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Claim__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__4"


    // $ANTLR start "rule__Claim__Group__4__Impl"
    // InternalPtl.g:4372:1: rule__Claim__Group__4__Impl : ( ( rule__Claim__DescriptionAssignment_4 )? ) ;
    public final void rule__Claim__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4376:1: ( ( ( rule__Claim__DescriptionAssignment_4 )? ) )
            // InternalPtl.g:4377:1: ( ( rule__Claim__DescriptionAssignment_4 )? )
            {
            // InternalPtl.g:4377:1: ( ( rule__Claim__DescriptionAssignment_4 )? )
            // InternalPtl.g:4378:2: ( rule__Claim__DescriptionAssignment_4 )?
            {
             before(grammarAccess.getClaimAccess().getDescriptionAssignment_4()); 
            // InternalPtl.g:4379:2: ( rule__Claim__DescriptionAssignment_4 )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalPtl.g:4379:3: rule__Claim__DescriptionAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Claim__DescriptionAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getClaimAccess().getDescriptionAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group__4__Impl"


    // $ANTLR start "rule__Claim__Group_3__0"
    // InternalPtl.g:4388:1: rule__Claim__Group_3__0 : rule__Claim__Group_3__0__Impl rule__Claim__Group_3__1 ;
    public final void rule__Claim__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4392:1: ( rule__Claim__Group_3__0__Impl rule__Claim__Group_3__1 )
            // InternalPtl.g:4393:2: rule__Claim__Group_3__0__Impl rule__Claim__Group_3__1
            {
            pushFollow(FOLLOW_42);
            rule__Claim__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__0"


    // $ANTLR start "rule__Claim__Group_3__0__Impl"
    // InternalPtl.g:4400:1: rule__Claim__Group_3__0__Impl : ( 'shared' ) ;
    public final void rule__Claim__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4404:1: ( ( 'shared' ) )
            // InternalPtl.g:4405:1: ( 'shared' )
            {
            // InternalPtl.g:4405:1: ( 'shared' )
            // InternalPtl.g:4406:2: 'shared'
            {
             before(grammarAccess.getClaimAccess().getSharedKeyword_3_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getClaimAccess().getSharedKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__0__Impl"


    // $ANTLR start "rule__Claim__Group_3__1"
    // InternalPtl.g:4415:1: rule__Claim__Group_3__1 : rule__Claim__Group_3__1__Impl rule__Claim__Group_3__2 ;
    public final void rule__Claim__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4419:1: ( rule__Claim__Group_3__1__Impl rule__Claim__Group_3__2 )
            // InternalPtl.g:4420:2: rule__Claim__Group_3__1__Impl rule__Claim__Group_3__2
            {
            pushFollow(FOLLOW_8);
            rule__Claim__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__1"


    // $ANTLR start "rule__Claim__Group_3__1__Impl"
    // InternalPtl.g:4427:1: rule__Claim__Group_3__1__Impl : ( 'with' ) ;
    public final void rule__Claim__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4431:1: ( ( 'with' ) )
            // InternalPtl.g:4432:1: ( 'with' )
            {
            // InternalPtl.g:4432:1: ( 'with' )
            // InternalPtl.g:4433:2: 'with'
            {
             before(grammarAccess.getClaimAccess().getWithKeyword_3_1()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getClaimAccess().getWithKeyword_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__1__Impl"


    // $ANTLR start "rule__Claim__Group_3__2"
    // InternalPtl.g:4442:1: rule__Claim__Group_3__2 : rule__Claim__Group_3__2__Impl rule__Claim__Group_3__3 ;
    public final void rule__Claim__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4446:1: ( rule__Claim__Group_3__2__Impl rule__Claim__Group_3__3 )
            // InternalPtl.g:4447:2: rule__Claim__Group_3__2__Impl rule__Claim__Group_3__3
            {
            pushFollow(FOLLOW_22);
            rule__Claim__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__2"


    // $ANTLR start "rule__Claim__Group_3__2__Impl"
    // InternalPtl.g:4454:1: rule__Claim__Group_3__2__Impl : ( ( rule__Claim__SharedWithAssignment_3_2 ) ) ;
    public final void rule__Claim__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4458:1: ( ( ( rule__Claim__SharedWithAssignment_3_2 ) ) )
            // InternalPtl.g:4459:1: ( ( rule__Claim__SharedWithAssignment_3_2 ) )
            {
            // InternalPtl.g:4459:1: ( ( rule__Claim__SharedWithAssignment_3_2 ) )
            // InternalPtl.g:4460:2: ( rule__Claim__SharedWithAssignment_3_2 )
            {
             before(grammarAccess.getClaimAccess().getSharedWithAssignment_3_2()); 
            // InternalPtl.g:4461:2: ( rule__Claim__SharedWithAssignment_3_2 )
            // InternalPtl.g:4461:3: rule__Claim__SharedWithAssignment_3_2
            {
            pushFollow(FOLLOW_2);
            rule__Claim__SharedWithAssignment_3_2();

            state._fsp--;


            }

             after(grammarAccess.getClaimAccess().getSharedWithAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__2__Impl"


    // $ANTLR start "rule__Claim__Group_3__3"
    // InternalPtl.g:4469:1: rule__Claim__Group_3__3 : rule__Claim__Group_3__3__Impl ;
    public final void rule__Claim__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4473:1: ( rule__Claim__Group_3__3__Impl )
            // InternalPtl.g:4474:2: rule__Claim__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Claim__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__3"


    // $ANTLR start "rule__Claim__Group_3__3__Impl"
    // InternalPtl.g:4480:1: rule__Claim__Group_3__3__Impl : ( ( rule__Claim__Group_3_3__0 )* ) ;
    public final void rule__Claim__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4484:1: ( ( ( rule__Claim__Group_3_3__0 )* ) )
            // InternalPtl.g:4485:1: ( ( rule__Claim__Group_3_3__0 )* )
            {
            // InternalPtl.g:4485:1: ( ( rule__Claim__Group_3_3__0 )* )
            // InternalPtl.g:4486:2: ( rule__Claim__Group_3_3__0 )*
            {
             before(grammarAccess.getClaimAccess().getGroup_3_3()); 
            // InternalPtl.g:4487:2: ( rule__Claim__Group_3_3__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==57) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalPtl.g:4487:3: rule__Claim__Group_3_3__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Claim__Group_3_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);

             after(grammarAccess.getClaimAccess().getGroup_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3__3__Impl"


    // $ANTLR start "rule__Claim__Group_3_3__0"
    // InternalPtl.g:4496:1: rule__Claim__Group_3_3__0 : rule__Claim__Group_3_3__0__Impl rule__Claim__Group_3_3__1 ;
    public final void rule__Claim__Group_3_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4500:1: ( rule__Claim__Group_3_3__0__Impl rule__Claim__Group_3_3__1 )
            // InternalPtl.g:4501:2: rule__Claim__Group_3_3__0__Impl rule__Claim__Group_3_3__1
            {
            pushFollow(FOLLOW_8);
            rule__Claim__Group_3_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Claim__Group_3_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3_3__0"


    // $ANTLR start "rule__Claim__Group_3_3__0__Impl"
    // InternalPtl.g:4508:1: rule__Claim__Group_3_3__0__Impl : ( ',' ) ;
    public final void rule__Claim__Group_3_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4512:1: ( ( ',' ) )
            // InternalPtl.g:4513:1: ( ',' )
            {
            // InternalPtl.g:4513:1: ( ',' )
            // InternalPtl.g:4514:2: ','
            {
             before(grammarAccess.getClaimAccess().getCommaKeyword_3_3_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getClaimAccess().getCommaKeyword_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3_3__0__Impl"


    // $ANTLR start "rule__Claim__Group_3_3__1"
    // InternalPtl.g:4523:1: rule__Claim__Group_3_3__1 : rule__Claim__Group_3_3__1__Impl ;
    public final void rule__Claim__Group_3_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4527:1: ( rule__Claim__Group_3_3__1__Impl )
            // InternalPtl.g:4528:2: rule__Claim__Group_3_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Claim__Group_3_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3_3__1"


    // $ANTLR start "rule__Claim__Group_3_3__1__Impl"
    // InternalPtl.g:4534:1: rule__Claim__Group_3_3__1__Impl : ( ( rule__Claim__SharedWithAssignment_3_3_1 ) ) ;
    public final void rule__Claim__Group_3_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4538:1: ( ( ( rule__Claim__SharedWithAssignment_3_3_1 ) ) )
            // InternalPtl.g:4539:1: ( ( rule__Claim__SharedWithAssignment_3_3_1 ) )
            {
            // InternalPtl.g:4539:1: ( ( rule__Claim__SharedWithAssignment_3_3_1 ) )
            // InternalPtl.g:4540:2: ( rule__Claim__SharedWithAssignment_3_3_1 )
            {
             before(grammarAccess.getClaimAccess().getSharedWithAssignment_3_3_1()); 
            // InternalPtl.g:4541:2: ( rule__Claim__SharedWithAssignment_3_3_1 )
            // InternalPtl.g:4541:3: rule__Claim__SharedWithAssignment_3_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Claim__SharedWithAssignment_3_3_1();

            state._fsp--;


            }

             after(grammarAccess.getClaimAccess().getSharedWithAssignment_3_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__Group_3_3__1__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__0"
    // InternalPtl.g:4550:1: rule__OwnershipModel__Group__0 : rule__OwnershipModel__Group__0__Impl rule__OwnershipModel__Group__1 ;
    public final void rule__OwnershipModel__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4554:1: ( rule__OwnershipModel__Group__0__Impl rule__OwnershipModel__Group__1 )
            // InternalPtl.g:4555:2: rule__OwnershipModel__Group__0__Impl rule__OwnershipModel__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__OwnershipModel__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__0"


    // $ANTLR start "rule__OwnershipModel__Group__0__Impl"
    // InternalPtl.g:4562:1: rule__OwnershipModel__Group__0__Impl : ( 'ownership' ) ;
    public final void rule__OwnershipModel__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4566:1: ( ( 'ownership' ) )
            // InternalPtl.g:4567:1: ( 'ownership' )
            {
            // InternalPtl.g:4567:1: ( 'ownership' )
            // InternalPtl.g:4568:2: 'ownership'
            {
             before(grammarAccess.getOwnershipModelAccess().getOwnershipKeyword_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getOwnershipModelAccess().getOwnershipKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__0__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__1"
    // InternalPtl.g:4577:1: rule__OwnershipModel__Group__1 : rule__OwnershipModel__Group__1__Impl rule__OwnershipModel__Group__2 ;
    public final void rule__OwnershipModel__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4581:1: ( rule__OwnershipModel__Group__1__Impl rule__OwnershipModel__Group__2 )
            // InternalPtl.g:4582:2: rule__OwnershipModel__Group__1__Impl rule__OwnershipModel__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__OwnershipModel__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__1"


    // $ANTLR start "rule__OwnershipModel__Group__1__Impl"
    // InternalPtl.g:4589:1: rule__OwnershipModel__Group__1__Impl : ( ( rule__OwnershipModel__NameAssignment_1 ) ) ;
    public final void rule__OwnershipModel__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4593:1: ( ( ( rule__OwnershipModel__NameAssignment_1 ) ) )
            // InternalPtl.g:4594:1: ( ( rule__OwnershipModel__NameAssignment_1 ) )
            {
            // InternalPtl.g:4594:1: ( ( rule__OwnershipModel__NameAssignment_1 ) )
            // InternalPtl.g:4595:2: ( rule__OwnershipModel__NameAssignment_1 )
            {
             before(grammarAccess.getOwnershipModelAccess().getNameAssignment_1()); 
            // InternalPtl.g:4596:2: ( rule__OwnershipModel__NameAssignment_1 )
            // InternalPtl.g:4596:3: rule__OwnershipModel__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__OwnershipModel__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOwnershipModelAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__1__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__2"
    // InternalPtl.g:4604:1: rule__OwnershipModel__Group__2 : rule__OwnershipModel__Group__2__Impl rule__OwnershipModel__Group__3 ;
    public final void rule__OwnershipModel__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4608:1: ( rule__OwnershipModel__Group__2__Impl rule__OwnershipModel__Group__3 )
            // InternalPtl.g:4609:2: rule__OwnershipModel__Group__2__Impl rule__OwnershipModel__Group__3
            {
            pushFollow(FOLLOW_9);
            rule__OwnershipModel__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__2"


    // $ANTLR start "rule__OwnershipModel__Group__2__Impl"
    // InternalPtl.g:4616:1: rule__OwnershipModel__Group__2__Impl : ( ( rule__OwnershipModel__DescriptionAssignment_2 )? ) ;
    public final void rule__OwnershipModel__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4620:1: ( ( ( rule__OwnershipModel__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:4621:1: ( ( rule__OwnershipModel__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:4621:1: ( ( rule__OwnershipModel__DescriptionAssignment_2 )? )
            // InternalPtl.g:4622:2: ( rule__OwnershipModel__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getOwnershipModelAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:4623:2: ( rule__OwnershipModel__DescriptionAssignment_2 )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==RULE_STRING) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalPtl.g:4623:3: rule__OwnershipModel__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__OwnershipModel__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOwnershipModelAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__2__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__3"
    // InternalPtl.g:4631:1: rule__OwnershipModel__Group__3 : rule__OwnershipModel__Group__3__Impl rule__OwnershipModel__Group__4 ;
    public final void rule__OwnershipModel__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4635:1: ( rule__OwnershipModel__Group__3__Impl rule__OwnershipModel__Group__4 )
            // InternalPtl.g:4636:2: rule__OwnershipModel__Group__3__Impl rule__OwnershipModel__Group__4
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__3"


    // $ANTLR start "rule__OwnershipModel__Group__3__Impl"
    // InternalPtl.g:4643:1: rule__OwnershipModel__Group__3__Impl : ( '{' ) ;
    public final void rule__OwnershipModel__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4647:1: ( ( '{' ) )
            // InternalPtl.g:4648:1: ( '{' )
            {
            // InternalPtl.g:4648:1: ( '{' )
            // InternalPtl.g:4649:2: '{'
            {
             before(grammarAccess.getOwnershipModelAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getOwnershipModelAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__3__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__4"
    // InternalPtl.g:4658:1: rule__OwnershipModel__Group__4 : rule__OwnershipModel__Group__4__Impl rule__OwnershipModel__Group__5 ;
    public final void rule__OwnershipModel__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4662:1: ( rule__OwnershipModel__Group__4__Impl rule__OwnershipModel__Group__5 )
            // InternalPtl.g:4663:2: rule__OwnershipModel__Group__4__Impl rule__OwnershipModel__Group__5
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__4"


    // $ANTLR start "rule__OwnershipModel__Group__4__Impl"
    // InternalPtl.g:4670:1: rule__OwnershipModel__Group__4__Impl : ( ( rule__OwnershipModel__StatesAssignment_4 )* ) ;
    public final void rule__OwnershipModel__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4674:1: ( ( ( rule__OwnershipModel__StatesAssignment_4 )* ) )
            // InternalPtl.g:4675:1: ( ( rule__OwnershipModel__StatesAssignment_4 )* )
            {
            // InternalPtl.g:4675:1: ( ( rule__OwnershipModel__StatesAssignment_4 )* )
            // InternalPtl.g:4676:2: ( rule__OwnershipModel__StatesAssignment_4 )*
            {
             before(grammarAccess.getOwnershipModelAccess().getStatesAssignment_4()); 
            // InternalPtl.g:4677:2: ( rule__OwnershipModel__StatesAssignment_4 )*
            loop48:
            do {
                int alt48=2;
                int LA48_0 = input.LA(1);

                if ( (LA48_0==34) ) {
                    alt48=1;
                }


                switch (alt48) {
            	case 1 :
            	    // InternalPtl.g:4677:3: rule__OwnershipModel__StatesAssignment_4
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__OwnershipModel__StatesAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop48;
                }
            } while (true);

             after(grammarAccess.getOwnershipModelAccess().getStatesAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__4__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__5"
    // InternalPtl.g:4685:1: rule__OwnershipModel__Group__5 : rule__OwnershipModel__Group__5__Impl rule__OwnershipModel__Group__6 ;
    public final void rule__OwnershipModel__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4689:1: ( rule__OwnershipModel__Group__5__Impl rule__OwnershipModel__Group__6 )
            // InternalPtl.g:4690:2: rule__OwnershipModel__Group__5__Impl rule__OwnershipModel__Group__6
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__5"


    // $ANTLR start "rule__OwnershipModel__Group__5__Impl"
    // InternalPtl.g:4697:1: rule__OwnershipModel__Group__5__Impl : ( ( rule__OwnershipModel__Group_5__0 )? ) ;
    public final void rule__OwnershipModel__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4701:1: ( ( ( rule__OwnershipModel__Group_5__0 )? ) )
            // InternalPtl.g:4702:1: ( ( rule__OwnershipModel__Group_5__0 )? )
            {
            // InternalPtl.g:4702:1: ( ( rule__OwnershipModel__Group_5__0 )? )
            // InternalPtl.g:4703:2: ( rule__OwnershipModel__Group_5__0 )?
            {
             before(grammarAccess.getOwnershipModelAccess().getGroup_5()); 
            // InternalPtl.g:4704:2: ( rule__OwnershipModel__Group_5__0 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==70) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalPtl.g:4704:3: rule__OwnershipModel__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OwnershipModel__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOwnershipModelAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__5__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__6"
    // InternalPtl.g:4712:1: rule__OwnershipModel__Group__6 : rule__OwnershipModel__Group__6__Impl rule__OwnershipModel__Group__7 ;
    public final void rule__OwnershipModel__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4716:1: ( rule__OwnershipModel__Group__6__Impl rule__OwnershipModel__Group__7 )
            // InternalPtl.g:4717:2: rule__OwnershipModel__Group__6__Impl rule__OwnershipModel__Group__7
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__6"


    // $ANTLR start "rule__OwnershipModel__Group__6__Impl"
    // InternalPtl.g:4724:1: rule__OwnershipModel__Group__6__Impl : ( ( rule__OwnershipModel__ComponentsAssignment_6 )* ) ;
    public final void rule__OwnershipModel__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4728:1: ( ( ( rule__OwnershipModel__ComponentsAssignment_6 )* ) )
            // InternalPtl.g:4729:1: ( ( rule__OwnershipModel__ComponentsAssignment_6 )* )
            {
            // InternalPtl.g:4729:1: ( ( rule__OwnershipModel__ComponentsAssignment_6 )* )
            // InternalPtl.g:4730:2: ( rule__OwnershipModel__ComponentsAssignment_6 )*
            {
             before(grammarAccess.getOwnershipModelAccess().getComponentsAssignment_6()); 
            // InternalPtl.g:4731:2: ( rule__OwnershipModel__ComponentsAssignment_6 )*
            loop50:
            do {
                int alt50=2;
                int LA50_0 = input.LA(1);

                if ( (LA50_0==23) ) {
                    alt50=1;
                }


                switch (alt50) {
            	case 1 :
            	    // InternalPtl.g:4731:3: rule__OwnershipModel__ComponentsAssignment_6
            	    {
            	    pushFollow(FOLLOW_45);
            	    rule__OwnershipModel__ComponentsAssignment_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop50;
                }
            } while (true);

             after(grammarAccess.getOwnershipModelAccess().getComponentsAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__6__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__7"
    // InternalPtl.g:4739:1: rule__OwnershipModel__Group__7 : rule__OwnershipModel__Group__7__Impl rule__OwnershipModel__Group__8 ;
    public final void rule__OwnershipModel__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4743:1: ( rule__OwnershipModel__Group__7__Impl rule__OwnershipModel__Group__8 )
            // InternalPtl.g:4744:2: rule__OwnershipModel__Group__7__Impl rule__OwnershipModel__Group__8
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__7"


    // $ANTLR start "rule__OwnershipModel__Group__7__Impl"
    // InternalPtl.g:4751:1: rule__OwnershipModel__Group__7__Impl : ( ( rule__OwnershipModel__TransitionsAssignment_7 )* ) ;
    public final void rule__OwnershipModel__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4755:1: ( ( ( rule__OwnershipModel__TransitionsAssignment_7 )* ) )
            // InternalPtl.g:4756:1: ( ( rule__OwnershipModel__TransitionsAssignment_7 )* )
            {
            // InternalPtl.g:4756:1: ( ( rule__OwnershipModel__TransitionsAssignment_7 )* )
            // InternalPtl.g:4757:2: ( rule__OwnershipModel__TransitionsAssignment_7 )*
            {
             before(grammarAccess.getOwnershipModelAccess().getTransitionsAssignment_7()); 
            // InternalPtl.g:4758:2: ( rule__OwnershipModel__TransitionsAssignment_7 )*
            loop51:
            do {
                int alt51=2;
                int LA51_0 = input.LA(1);

                if ( (LA51_0==72) ) {
                    alt51=1;
                }


                switch (alt51) {
            	case 1 :
            	    // InternalPtl.g:4758:3: rule__OwnershipModel__TransitionsAssignment_7
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__OwnershipModel__TransitionsAssignment_7();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop51;
                }
            } while (true);

             after(grammarAccess.getOwnershipModelAccess().getTransitionsAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__7__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__8"
    // InternalPtl.g:4766:1: rule__OwnershipModel__Group__8 : rule__OwnershipModel__Group__8__Impl rule__OwnershipModel__Group__9 ;
    public final void rule__OwnershipModel__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4770:1: ( rule__OwnershipModel__Group__8__Impl rule__OwnershipModel__Group__9 )
            // InternalPtl.g:4771:2: rule__OwnershipModel__Group__8__Impl rule__OwnershipModel__Group__9
            {
            pushFollow(FOLLOW_43);
            rule__OwnershipModel__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__8"


    // $ANTLR start "rule__OwnershipModel__Group__8__Impl"
    // InternalPtl.g:4778:1: rule__OwnershipModel__Group__8__Impl : ( ( rule__OwnershipModel__InvariantsAssignment_8 )* ) ;
    public final void rule__OwnershipModel__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4782:1: ( ( ( rule__OwnershipModel__InvariantsAssignment_8 )* ) )
            // InternalPtl.g:4783:1: ( ( rule__OwnershipModel__InvariantsAssignment_8 )* )
            {
            // InternalPtl.g:4783:1: ( ( rule__OwnershipModel__InvariantsAssignment_8 )* )
            // InternalPtl.g:4784:2: ( rule__OwnershipModel__InvariantsAssignment_8 )*
            {
             before(grammarAccess.getOwnershipModelAccess().getInvariantsAssignment_8()); 
            // InternalPtl.g:4785:2: ( rule__OwnershipModel__InvariantsAssignment_8 )*
            loop52:
            do {
                int alt52=2;
                int LA52_0 = input.LA(1);

                if ( (LA52_0==76) ) {
                    alt52=1;
                }


                switch (alt52) {
            	case 1 :
            	    // InternalPtl.g:4785:3: rule__OwnershipModel__InvariantsAssignment_8
            	    {
            	    pushFollow(FOLLOW_47);
            	    rule__OwnershipModel__InvariantsAssignment_8();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop52;
                }
            } while (true);

             after(grammarAccess.getOwnershipModelAccess().getInvariantsAssignment_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__8__Impl"


    // $ANTLR start "rule__OwnershipModel__Group__9"
    // InternalPtl.g:4793:1: rule__OwnershipModel__Group__9 : rule__OwnershipModel__Group__9__Impl ;
    public final void rule__OwnershipModel__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4797:1: ( rule__OwnershipModel__Group__9__Impl )
            // InternalPtl.g:4798:2: rule__OwnershipModel__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__9"


    // $ANTLR start "rule__OwnershipModel__Group__9__Impl"
    // InternalPtl.g:4804:1: rule__OwnershipModel__Group__9__Impl : ( '}' ) ;
    public final void rule__OwnershipModel__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4808:1: ( ( '}' ) )
            // InternalPtl.g:4809:1: ( '}' )
            {
            // InternalPtl.g:4809:1: ( '}' )
            // InternalPtl.g:4810:2: '}'
            {
             before(grammarAccess.getOwnershipModelAccess().getRightCurlyBracketKeyword_9()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getOwnershipModelAccess().getRightCurlyBracketKeyword_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group__9__Impl"


    // $ANTLR start "rule__OwnershipModel__Group_5__0"
    // InternalPtl.g:4820:1: rule__OwnershipModel__Group_5__0 : rule__OwnershipModel__Group_5__0__Impl rule__OwnershipModel__Group_5__1 ;
    public final void rule__OwnershipModel__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4824:1: ( rule__OwnershipModel__Group_5__0__Impl rule__OwnershipModel__Group_5__1 )
            // InternalPtl.g:4825:2: rule__OwnershipModel__Group_5__0__Impl rule__OwnershipModel__Group_5__1
            {
            pushFollow(FOLLOW_8);
            rule__OwnershipModel__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group_5__0"


    // $ANTLR start "rule__OwnershipModel__Group_5__0__Impl"
    // InternalPtl.g:4832:1: rule__OwnershipModel__Group_5__0__Impl : ( 'initially' ) ;
    public final void rule__OwnershipModel__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4836:1: ( ( 'initially' ) )
            // InternalPtl.g:4837:1: ( 'initially' )
            {
            // InternalPtl.g:4837:1: ( 'initially' )
            // InternalPtl.g:4838:2: 'initially'
            {
             before(grammarAccess.getOwnershipModelAccess().getInitiallyKeyword_5_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getOwnershipModelAccess().getInitiallyKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group_5__0__Impl"


    // $ANTLR start "rule__OwnershipModel__Group_5__1"
    // InternalPtl.g:4847:1: rule__OwnershipModel__Group_5__1 : rule__OwnershipModel__Group_5__1__Impl ;
    public final void rule__OwnershipModel__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4851:1: ( rule__OwnershipModel__Group_5__1__Impl )
            // InternalPtl.g:4852:2: rule__OwnershipModel__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OwnershipModel__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group_5__1"


    // $ANTLR start "rule__OwnershipModel__Group_5__1__Impl"
    // InternalPtl.g:4858:1: rule__OwnershipModel__Group_5__1__Impl : ( ( rule__OwnershipModel__InitialStateAssignment_5_1 ) ) ;
    public final void rule__OwnershipModel__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4862:1: ( ( ( rule__OwnershipModel__InitialStateAssignment_5_1 ) ) )
            // InternalPtl.g:4863:1: ( ( rule__OwnershipModel__InitialStateAssignment_5_1 ) )
            {
            // InternalPtl.g:4863:1: ( ( rule__OwnershipModel__InitialStateAssignment_5_1 ) )
            // InternalPtl.g:4864:2: ( rule__OwnershipModel__InitialStateAssignment_5_1 )
            {
             before(grammarAccess.getOwnershipModelAccess().getInitialStateAssignment_5_1()); 
            // InternalPtl.g:4865:2: ( rule__OwnershipModel__InitialStateAssignment_5_1 )
            // InternalPtl.g:4865:3: rule__OwnershipModel__InitialStateAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__OwnershipModel__InitialStateAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getOwnershipModelAccess().getInitialStateAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__Group_5__1__Impl"


    // $ANTLR start "rule__State__Group__0"
    // InternalPtl.g:4874:1: rule__State__Group__0 : rule__State__Group__0__Impl rule__State__Group__1 ;
    public final void rule__State__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4878:1: ( rule__State__Group__0__Impl rule__State__Group__1 )
            // InternalPtl.g:4879:2: rule__State__Group__0__Impl rule__State__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__State__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__State__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__0"


    // $ANTLR start "rule__State__Group__0__Impl"
    // InternalPtl.g:4886:1: rule__State__Group__0__Impl : ( 'state' ) ;
    public final void rule__State__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4890:1: ( ( 'state' ) )
            // InternalPtl.g:4891:1: ( 'state' )
            {
            // InternalPtl.g:4891:1: ( 'state' )
            // InternalPtl.g:4892:2: 'state'
            {
             before(grammarAccess.getStateAccess().getStateKeyword_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getStateAccess().getStateKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__0__Impl"


    // $ANTLR start "rule__State__Group__1"
    // InternalPtl.g:4901:1: rule__State__Group__1 : rule__State__Group__1__Impl rule__State__Group__2 ;
    public final void rule__State__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4905:1: ( rule__State__Group__1__Impl rule__State__Group__2 )
            // InternalPtl.g:4906:2: rule__State__Group__1__Impl rule__State__Group__2
            {
            pushFollow(FOLLOW_6);
            rule__State__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__State__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__1"


    // $ANTLR start "rule__State__Group__1__Impl"
    // InternalPtl.g:4913:1: rule__State__Group__1__Impl : ( ( rule__State__NameAssignment_1 ) ) ;
    public final void rule__State__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4917:1: ( ( ( rule__State__NameAssignment_1 ) ) )
            // InternalPtl.g:4918:1: ( ( rule__State__NameAssignment_1 ) )
            {
            // InternalPtl.g:4918:1: ( ( rule__State__NameAssignment_1 ) )
            // InternalPtl.g:4919:2: ( rule__State__NameAssignment_1 )
            {
             before(grammarAccess.getStateAccess().getNameAssignment_1()); 
            // InternalPtl.g:4920:2: ( rule__State__NameAssignment_1 )
            // InternalPtl.g:4920:3: rule__State__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__State__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStateAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__1__Impl"


    // $ANTLR start "rule__State__Group__2"
    // InternalPtl.g:4928:1: rule__State__Group__2 : rule__State__Group__2__Impl ;
    public final void rule__State__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4932:1: ( rule__State__Group__2__Impl )
            // InternalPtl.g:4933:2: rule__State__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__State__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__2"


    // $ANTLR start "rule__State__Group__2__Impl"
    // InternalPtl.g:4939:1: rule__State__Group__2__Impl : ( ( rule__State__DescriptionAssignment_2 )? ) ;
    public final void rule__State__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4943:1: ( ( ( rule__State__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:4944:1: ( ( rule__State__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:4944:1: ( ( rule__State__DescriptionAssignment_2 )? )
            // InternalPtl.g:4945:2: ( rule__State__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getStateAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:4946:2: ( rule__State__DescriptionAssignment_2 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==RULE_STRING) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalPtl.g:4946:3: rule__State__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__State__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getStateAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__Group__2__Impl"


    // $ANTLR start "rule__Component__Group__0"
    // InternalPtl.g:4955:1: rule__Component__Group__0 : rule__Component__Group__0__Impl rule__Component__Group__1 ;
    public final void rule__Component__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4959:1: ( rule__Component__Group__0__Impl rule__Component__Group__1 )
            // InternalPtl.g:4960:2: rule__Component__Group__0__Impl rule__Component__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Component__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__0"


    // $ANTLR start "rule__Component__Group__0__Impl"
    // InternalPtl.g:4967:1: rule__Component__Group__0__Impl : ( 'component' ) ;
    public final void rule__Component__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4971:1: ( ( 'component' ) )
            // InternalPtl.g:4972:1: ( 'component' )
            {
            // InternalPtl.g:4972:1: ( 'component' )
            // InternalPtl.g:4973:2: 'component'
            {
             before(grammarAccess.getComponentAccess().getComponentKeyword_0()); 
            match(input,23,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getComponentKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__0__Impl"


    // $ANTLR start "rule__Component__Group__1"
    // InternalPtl.g:4982:1: rule__Component__Group__1 : rule__Component__Group__1__Impl rule__Component__Group__2 ;
    public final void rule__Component__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4986:1: ( rule__Component__Group__1__Impl rule__Component__Group__2 )
            // InternalPtl.g:4987:2: rule__Component__Group__1__Impl rule__Component__Group__2
            {
            pushFollow(FOLLOW_48);
            rule__Component__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__1"


    // $ANTLR start "rule__Component__Group__1__Impl"
    // InternalPtl.g:4994:1: rule__Component__Group__1__Impl : ( ( rule__Component__NameAssignment_1 ) ) ;
    public final void rule__Component__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:4998:1: ( ( ( rule__Component__NameAssignment_1 ) ) )
            // InternalPtl.g:4999:1: ( ( rule__Component__NameAssignment_1 ) )
            {
            // InternalPtl.g:4999:1: ( ( rule__Component__NameAssignment_1 ) )
            // InternalPtl.g:5000:2: ( rule__Component__NameAssignment_1 )
            {
             before(grammarAccess.getComponentAccess().getNameAssignment_1()); 
            // InternalPtl.g:5001:2: ( rule__Component__NameAssignment_1 )
            // InternalPtl.g:5001:3: rule__Component__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Component__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getComponentAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__1__Impl"


    // $ANTLR start "rule__Component__Group__2"
    // InternalPtl.g:5009:1: rule__Component__Group__2 : rule__Component__Group__2__Impl rule__Component__Group__3 ;
    public final void rule__Component__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5013:1: ( rule__Component__Group__2__Impl rule__Component__Group__3 )
            // InternalPtl.g:5014:2: rule__Component__Group__2__Impl rule__Component__Group__3
            {
            pushFollow(FOLLOW_48);
            rule__Component__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__2"


    // $ANTLR start "rule__Component__Group__2__Impl"
    // InternalPtl.g:5021:1: rule__Component__Group__2__Impl : ( ( rule__Component__Group_2__0 )? ) ;
    public final void rule__Component__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5025:1: ( ( ( rule__Component__Group_2__0 )? ) )
            // InternalPtl.g:5026:1: ( ( rule__Component__Group_2__0 )? )
            {
            // InternalPtl.g:5026:1: ( ( rule__Component__Group_2__0 )? )
            // InternalPtl.g:5027:2: ( rule__Component__Group_2__0 )?
            {
             before(grammarAccess.getComponentAccess().getGroup_2()); 
            // InternalPtl.g:5028:2: ( rule__Component__Group_2__0 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==61) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalPtl.g:5028:3: rule__Component__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Component__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getComponentAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__2__Impl"


    // $ANTLR start "rule__Component__Group__3"
    // InternalPtl.g:5036:1: rule__Component__Group__3 : rule__Component__Group__3__Impl rule__Component__Group__4 ;
    public final void rule__Component__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5040:1: ( rule__Component__Group__3__Impl rule__Component__Group__4 )
            // InternalPtl.g:5041:2: rule__Component__Group__3__Impl rule__Component__Group__4
            {
            pushFollow(FOLLOW_48);
            rule__Component__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__3"


    // $ANTLR start "rule__Component__Group__3__Impl"
    // InternalPtl.g:5048:1: rule__Component__Group__3__Impl : ( ( rule__Component__Group_3__0 )? ) ;
    public final void rule__Component__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5052:1: ( ( ( rule__Component__Group_3__0 )? ) )
            // InternalPtl.g:5053:1: ( ( rule__Component__Group_3__0 )? )
            {
            // InternalPtl.g:5053:1: ( ( rule__Component__Group_3__0 )? )
            // InternalPtl.g:5054:2: ( rule__Component__Group_3__0 )?
            {
             before(grammarAccess.getComponentAccess().getGroup_3()); 
            // InternalPtl.g:5055:2: ( rule__Component__Group_3__0 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==70) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalPtl.g:5055:3: rule__Component__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Component__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getComponentAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__3__Impl"


    // $ANTLR start "rule__Component__Group__4"
    // InternalPtl.g:5063:1: rule__Component__Group__4 : rule__Component__Group__4__Impl ;
    public final void rule__Component__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5067:1: ( rule__Component__Group__4__Impl )
            // InternalPtl.g:5068:2: rule__Component__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Component__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__4"


    // $ANTLR start "rule__Component__Group__4__Impl"
    // InternalPtl.g:5074:1: rule__Component__Group__4__Impl : ( ( rule__Component__DescriptionAssignment_4 )? ) ;
    public final void rule__Component__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5078:1: ( ( ( rule__Component__DescriptionAssignment_4 )? ) )
            // InternalPtl.g:5079:1: ( ( rule__Component__DescriptionAssignment_4 )? )
            {
            // InternalPtl.g:5079:1: ( ( rule__Component__DescriptionAssignment_4 )? )
            // InternalPtl.g:5080:2: ( rule__Component__DescriptionAssignment_4 )?
            {
             before(grammarAccess.getComponentAccess().getDescriptionAssignment_4()); 
            // InternalPtl.g:5081:2: ( rule__Component__DescriptionAssignment_4 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_STRING) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalPtl.g:5081:3: rule__Component__DescriptionAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Component__DescriptionAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getComponentAccess().getDescriptionAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group__4__Impl"


    // $ANTLR start "rule__Component__Group_2__0"
    // InternalPtl.g:5090:1: rule__Component__Group_2__0 : rule__Component__Group_2__0__Impl rule__Component__Group_2__1 ;
    public final void rule__Component__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5094:1: ( rule__Component__Group_2__0__Impl rule__Component__Group_2__1 )
            // InternalPtl.g:5095:2: rule__Component__Group_2__0__Impl rule__Component__Group_2__1
            {
            pushFollow(FOLLOW_49);
            rule__Component__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__0"


    // $ANTLR start "rule__Component__Group_2__0__Impl"
    // InternalPtl.g:5102:1: rule__Component__Group_2__0__Impl : ( ( rule__Component__FamilyAssignment_2_0 ) ) ;
    public final void rule__Component__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5106:1: ( ( ( rule__Component__FamilyAssignment_2_0 ) ) )
            // InternalPtl.g:5107:1: ( ( rule__Component__FamilyAssignment_2_0 ) )
            {
            // InternalPtl.g:5107:1: ( ( rule__Component__FamilyAssignment_2_0 ) )
            // InternalPtl.g:5108:2: ( rule__Component__FamilyAssignment_2_0 )
            {
             before(grammarAccess.getComponentAccess().getFamilyAssignment_2_0()); 
            // InternalPtl.g:5109:2: ( rule__Component__FamilyAssignment_2_0 )
            // InternalPtl.g:5109:3: rule__Component__FamilyAssignment_2_0
            {
            pushFollow(FOLLOW_2);
            rule__Component__FamilyAssignment_2_0();

            state._fsp--;


            }

             after(grammarAccess.getComponentAccess().getFamilyAssignment_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__0__Impl"


    // $ANTLR start "rule__Component__Group_2__1"
    // InternalPtl.g:5117:1: rule__Component__Group_2__1 : rule__Component__Group_2__1__Impl rule__Component__Group_2__2 ;
    public final void rule__Component__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5121:1: ( rule__Component__Group_2__1__Impl rule__Component__Group_2__2 )
            // InternalPtl.g:5122:2: rule__Component__Group_2__1__Impl rule__Component__Group_2__2
            {
            pushFollow(FOLLOW_50);
            rule__Component__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__1"


    // $ANTLR start "rule__Component__Group_2__1__Impl"
    // InternalPtl.g:5129:1: rule__Component__Group_2__1__Impl : ( '*' ) ;
    public final void rule__Component__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5133:1: ( ( '*' ) )
            // InternalPtl.g:5134:1: ( '*' )
            {
            // InternalPtl.g:5134:1: ( '*' )
            // InternalPtl.g:5135:2: '*'
            {
             before(grammarAccess.getComponentAccess().getAsteriskKeyword_2_1()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getAsteriskKeyword_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__1__Impl"


    // $ANTLR start "rule__Component__Group_2__2"
    // InternalPtl.g:5144:1: rule__Component__Group_2__2 : rule__Component__Group_2__2__Impl ;
    public final void rule__Component__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5148:1: ( rule__Component__Group_2__2__Impl )
            // InternalPtl.g:5149:2: rule__Component__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Component__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__2"


    // $ANTLR start "rule__Component__Group_2__2__Impl"
    // InternalPtl.g:5155:1: rule__Component__Group_2__2__Impl : ( ']' ) ;
    public final void rule__Component__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5159:1: ( ( ']' ) )
            // InternalPtl.g:5160:1: ( ']' )
            {
            // InternalPtl.g:5160:1: ( ']' )
            // InternalPtl.g:5161:2: ']'
            {
             before(grammarAccess.getComponentAccess().getRightSquareBracketKeyword_2_2()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getRightSquareBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_2__2__Impl"


    // $ANTLR start "rule__Component__Group_3__0"
    // InternalPtl.g:5171:1: rule__Component__Group_3__0 : rule__Component__Group_3__0__Impl rule__Component__Group_3__1 ;
    public final void rule__Component__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5175:1: ( rule__Component__Group_3__0__Impl rule__Component__Group_3__1 )
            // InternalPtl.g:5176:2: rule__Component__Group_3__0__Impl rule__Component__Group_3__1
            {
            pushFollow(FOLLOW_8);
            rule__Component__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Component__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_3__0"


    // $ANTLR start "rule__Component__Group_3__0__Impl"
    // InternalPtl.g:5183:1: rule__Component__Group_3__0__Impl : ( 'initially' ) ;
    public final void rule__Component__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5187:1: ( ( 'initially' ) )
            // InternalPtl.g:5188:1: ( 'initially' )
            {
            // InternalPtl.g:5188:1: ( 'initially' )
            // InternalPtl.g:5189:2: 'initially'
            {
             before(grammarAccess.getComponentAccess().getInitiallyKeyword_3_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getInitiallyKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_3__0__Impl"


    // $ANTLR start "rule__Component__Group_3__1"
    // InternalPtl.g:5198:1: rule__Component__Group_3__1 : rule__Component__Group_3__1__Impl ;
    public final void rule__Component__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5202:1: ( rule__Component__Group_3__1__Impl )
            // InternalPtl.g:5203:2: rule__Component__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Component__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_3__1"


    // $ANTLR start "rule__Component__Group_3__1__Impl"
    // InternalPtl.g:5209:1: rule__Component__Group_3__1__Impl : ( ( rule__Component__InitialStateAssignment_3_1 ) ) ;
    public final void rule__Component__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5213:1: ( ( ( rule__Component__InitialStateAssignment_3_1 ) ) )
            // InternalPtl.g:5214:1: ( ( rule__Component__InitialStateAssignment_3_1 ) )
            {
            // InternalPtl.g:5214:1: ( ( rule__Component__InitialStateAssignment_3_1 ) )
            // InternalPtl.g:5215:2: ( rule__Component__InitialStateAssignment_3_1 )
            {
             before(grammarAccess.getComponentAccess().getInitialStateAssignment_3_1()); 
            // InternalPtl.g:5216:2: ( rule__Component__InitialStateAssignment_3_1 )
            // InternalPtl.g:5216:3: rule__Component__InitialStateAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Component__InitialStateAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getComponentAccess().getInitialStateAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__Group_3__1__Impl"


    // $ANTLR start "rule__Transition__Group__0"
    // InternalPtl.g:5225:1: rule__Transition__Group__0 : rule__Transition__Group__0__Impl rule__Transition__Group__1 ;
    public final void rule__Transition__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5229:1: ( rule__Transition__Group__0__Impl rule__Transition__Group__1 )
            // InternalPtl.g:5230:2: rule__Transition__Group__0__Impl rule__Transition__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Transition__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__0"


    // $ANTLR start "rule__Transition__Group__0__Impl"
    // InternalPtl.g:5237:1: rule__Transition__Group__0__Impl : ( 'transition' ) ;
    public final void rule__Transition__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5241:1: ( ( 'transition' ) )
            // InternalPtl.g:5242:1: ( 'transition' )
            {
            // InternalPtl.g:5242:1: ( 'transition' )
            // InternalPtl.g:5243:2: 'transition'
            {
             before(grammarAccess.getTransitionAccess().getTransitionKeyword_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getTransitionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__0__Impl"


    // $ANTLR start "rule__Transition__Group__1"
    // InternalPtl.g:5252:1: rule__Transition__Group__1 : rule__Transition__Group__1__Impl rule__Transition__Group__2 ;
    public final void rule__Transition__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5256:1: ( rule__Transition__Group__1__Impl rule__Transition__Group__2 )
            // InternalPtl.g:5257:2: rule__Transition__Group__1__Impl rule__Transition__Group__2
            {
            pushFollow(FOLLOW_9);
            rule__Transition__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__1"


    // $ANTLR start "rule__Transition__Group__1__Impl"
    // InternalPtl.g:5264:1: rule__Transition__Group__1__Impl : ( ( rule__Transition__NameAssignment_1 ) ) ;
    public final void rule__Transition__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5268:1: ( ( ( rule__Transition__NameAssignment_1 ) ) )
            // InternalPtl.g:5269:1: ( ( rule__Transition__NameAssignment_1 ) )
            {
            // InternalPtl.g:5269:1: ( ( rule__Transition__NameAssignment_1 ) )
            // InternalPtl.g:5270:2: ( rule__Transition__NameAssignment_1 )
            {
             before(grammarAccess.getTransitionAccess().getNameAssignment_1()); 
            // InternalPtl.g:5271:2: ( rule__Transition__NameAssignment_1 )
            // InternalPtl.g:5271:3: rule__Transition__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Transition__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__1__Impl"


    // $ANTLR start "rule__Transition__Group__2"
    // InternalPtl.g:5279:1: rule__Transition__Group__2 : rule__Transition__Group__2__Impl rule__Transition__Group__3 ;
    public final void rule__Transition__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5283:1: ( rule__Transition__Group__2__Impl rule__Transition__Group__3 )
            // InternalPtl.g:5284:2: rule__Transition__Group__2__Impl rule__Transition__Group__3
            {
            pushFollow(FOLLOW_9);
            rule__Transition__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__2"


    // $ANTLR start "rule__Transition__Group__2__Impl"
    // InternalPtl.g:5291:1: rule__Transition__Group__2__Impl : ( ( rule__Transition__DescriptionAssignment_2 )? ) ;
    public final void rule__Transition__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5295:1: ( ( ( rule__Transition__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:5296:1: ( ( rule__Transition__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:5296:1: ( ( rule__Transition__DescriptionAssignment_2 )? )
            // InternalPtl.g:5297:2: ( rule__Transition__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getTransitionAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:5298:2: ( rule__Transition__DescriptionAssignment_2 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==RULE_STRING) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalPtl.g:5298:3: rule__Transition__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Transition__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTransitionAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__2__Impl"


    // $ANTLR start "rule__Transition__Group__3"
    // InternalPtl.g:5306:1: rule__Transition__Group__3 : rule__Transition__Group__3__Impl rule__Transition__Group__4 ;
    public final void rule__Transition__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5310:1: ( rule__Transition__Group__3__Impl rule__Transition__Group__4 )
            // InternalPtl.g:5311:2: rule__Transition__Group__3__Impl rule__Transition__Group__4
            {
            pushFollow(FOLLOW_51);
            rule__Transition__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__3"


    // $ANTLR start "rule__Transition__Group__3__Impl"
    // InternalPtl.g:5318:1: rule__Transition__Group__3__Impl : ( '{' ) ;
    public final void rule__Transition__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5322:1: ( ( '{' ) )
            // InternalPtl.g:5323:1: ( '{' )
            {
            // InternalPtl.g:5323:1: ( '{' )
            // InternalPtl.g:5324:2: '{'
            {
             before(grammarAccess.getTransitionAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__3__Impl"


    // $ANTLR start "rule__Transition__Group__4"
    // InternalPtl.g:5333:1: rule__Transition__Group__4 : rule__Transition__Group__4__Impl rule__Transition__Group__5 ;
    public final void rule__Transition__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5337:1: ( rule__Transition__Group__4__Impl rule__Transition__Group__5 )
            // InternalPtl.g:5338:2: rule__Transition__Group__4__Impl rule__Transition__Group__5
            {
            pushFollow(FOLLOW_8);
            rule__Transition__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__4"


    // $ANTLR start "rule__Transition__Group__4__Impl"
    // InternalPtl.g:5345:1: rule__Transition__Group__4__Impl : ( 'initiator' ) ;
    public final void rule__Transition__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5349:1: ( ( 'initiator' ) )
            // InternalPtl.g:5350:1: ( 'initiator' )
            {
            // InternalPtl.g:5350:1: ( 'initiator' )
            // InternalPtl.g:5351:2: 'initiator'
            {
             before(grammarAccess.getTransitionAccess().getInitiatorKeyword_4()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getInitiatorKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__4__Impl"


    // $ANTLR start "rule__Transition__Group__5"
    // InternalPtl.g:5360:1: rule__Transition__Group__5 : rule__Transition__Group__5__Impl rule__Transition__Group__6 ;
    public final void rule__Transition__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5364:1: ( rule__Transition__Group__5__Impl rule__Transition__Group__6 )
            // InternalPtl.g:5365:2: rule__Transition__Group__5__Impl rule__Transition__Group__6
            {
            pushFollow(FOLLOW_52);
            rule__Transition__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__5"


    // $ANTLR start "rule__Transition__Group__5__Impl"
    // InternalPtl.g:5372:1: rule__Transition__Group__5__Impl : ( ( rule__Transition__InitiatorAssignment_5 ) ) ;
    public final void rule__Transition__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5376:1: ( ( ( rule__Transition__InitiatorAssignment_5 ) ) )
            // InternalPtl.g:5377:1: ( ( rule__Transition__InitiatorAssignment_5 ) )
            {
            // InternalPtl.g:5377:1: ( ( rule__Transition__InitiatorAssignment_5 ) )
            // InternalPtl.g:5378:2: ( rule__Transition__InitiatorAssignment_5 )
            {
             before(grammarAccess.getTransitionAccess().getInitiatorAssignment_5()); 
            // InternalPtl.g:5379:2: ( rule__Transition__InitiatorAssignment_5 )
            // InternalPtl.g:5379:3: rule__Transition__InitiatorAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Transition__InitiatorAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getInitiatorAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__5__Impl"


    // $ANTLR start "rule__Transition__Group__6"
    // InternalPtl.g:5387:1: rule__Transition__Group__6 : rule__Transition__Group__6__Impl rule__Transition__Group__7 ;
    public final void rule__Transition__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5391:1: ( rule__Transition__Group__6__Impl rule__Transition__Group__7 )
            // InternalPtl.g:5392:2: rule__Transition__Group__6__Impl rule__Transition__Group__7
            {
            pushFollow(FOLLOW_52);
            rule__Transition__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__6"


    // $ANTLR start "rule__Transition__Group__6__Impl"
    // InternalPtl.g:5399:1: rule__Transition__Group__6__Impl : ( ( rule__Transition__Group_6__0 )? ) ;
    public final void rule__Transition__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5403:1: ( ( ( rule__Transition__Group_6__0 )? ) )
            // InternalPtl.g:5404:1: ( ( rule__Transition__Group_6__0 )? )
            {
            // InternalPtl.g:5404:1: ( ( rule__Transition__Group_6__0 )? )
            // InternalPtl.g:5405:2: ( rule__Transition__Group_6__0 )?
            {
             before(grammarAccess.getTransitionAccess().getGroup_6()); 
            // InternalPtl.g:5406:2: ( rule__Transition__Group_6__0 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==74) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalPtl.g:5406:3: rule__Transition__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Transition__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTransitionAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__6__Impl"


    // $ANTLR start "rule__Transition__Group__7"
    // InternalPtl.g:5414:1: rule__Transition__Group__7 : rule__Transition__Group__7__Impl ;
    public final void rule__Transition__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5418:1: ( rule__Transition__Group__7__Impl )
            // InternalPtl.g:5419:2: rule__Transition__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Transition__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__7"


    // $ANTLR start "rule__Transition__Group__7__Impl"
    // InternalPtl.g:5425:1: rule__Transition__Group__7__Impl : ( '}' ) ;
    public final void rule__Transition__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5429:1: ( ( '}' ) )
            // InternalPtl.g:5430:1: ( '}' )
            {
            // InternalPtl.g:5430:1: ( '}' )
            // InternalPtl.g:5431:2: '}'
            {
             before(grammarAccess.getTransitionAccess().getRightCurlyBracketKeyword_7()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group__7__Impl"


    // $ANTLR start "rule__Transition__Group_6__0"
    // InternalPtl.g:5441:1: rule__Transition__Group_6__0 : rule__Transition__Group_6__0__Impl rule__Transition__Group_6__1 ;
    public final void rule__Transition__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5445:1: ( rule__Transition__Group_6__0__Impl rule__Transition__Group_6__1 )
            // InternalPtl.g:5446:2: rule__Transition__Group_6__0__Impl rule__Transition__Group_6__1
            {
            pushFollow(FOLLOW_8);
            rule__Transition__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Transition__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group_6__0"


    // $ANTLR start "rule__Transition__Group_6__0__Impl"
    // InternalPtl.g:5453:1: rule__Transition__Group_6__0__Impl : ( 'completer' ) ;
    public final void rule__Transition__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5457:1: ( ( 'completer' ) )
            // InternalPtl.g:5458:1: ( 'completer' )
            {
            // InternalPtl.g:5458:1: ( 'completer' )
            // InternalPtl.g:5459:2: 'completer'
            {
             before(grammarAccess.getTransitionAccess().getCompleterKeyword_6_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getCompleterKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group_6__0__Impl"


    // $ANTLR start "rule__Transition__Group_6__1"
    // InternalPtl.g:5468:1: rule__Transition__Group_6__1 : rule__Transition__Group_6__1__Impl ;
    public final void rule__Transition__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5472:1: ( rule__Transition__Group_6__1__Impl )
            // InternalPtl.g:5473:2: rule__Transition__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Transition__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group_6__1"


    // $ANTLR start "rule__Transition__Group_6__1__Impl"
    // InternalPtl.g:5479:1: rule__Transition__Group_6__1__Impl : ( ( rule__Transition__CompleterAssignment_6_1 ) ) ;
    public final void rule__Transition__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5483:1: ( ( ( rule__Transition__CompleterAssignment_6_1 ) ) )
            // InternalPtl.g:5484:1: ( ( rule__Transition__CompleterAssignment_6_1 ) )
            {
            // InternalPtl.g:5484:1: ( ( rule__Transition__CompleterAssignment_6_1 ) )
            // InternalPtl.g:5485:2: ( rule__Transition__CompleterAssignment_6_1 )
            {
             before(grammarAccess.getTransitionAccess().getCompleterAssignment_6_1()); 
            // InternalPtl.g:5486:2: ( rule__Transition__CompleterAssignment_6_1 )
            // InternalPtl.g:5486:3: rule__Transition__CompleterAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Transition__CompleterAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getTransitionAccess().getCompleterAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__Group_6__1__Impl"


    // $ANTLR start "rule__TransitionSide__Group__0"
    // InternalPtl.g:5495:1: rule__TransitionSide__Group__0 : rule__TransitionSide__Group__0__Impl rule__TransitionSide__Group__1 ;
    public final void rule__TransitionSide__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5499:1: ( rule__TransitionSide__Group__0__Impl rule__TransitionSide__Group__1 )
            // InternalPtl.g:5500:2: rule__TransitionSide__Group__0__Impl rule__TransitionSide__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__TransitionSide__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__0"


    // $ANTLR start "rule__TransitionSide__Group__0__Impl"
    // InternalPtl.g:5507:1: rule__TransitionSide__Group__0__Impl : ( ( rule__TransitionSide__Group_0__0 )? ) ;
    public final void rule__TransitionSide__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5511:1: ( ( ( rule__TransitionSide__Group_0__0 )? ) )
            // InternalPtl.g:5512:1: ( ( rule__TransitionSide__Group_0__0 )? )
            {
            // InternalPtl.g:5512:1: ( ( rule__TransitionSide__Group_0__0 )? )
            // InternalPtl.g:5513:2: ( rule__TransitionSide__Group_0__0 )?
            {
             before(grammarAccess.getTransitionSideAccess().getGroup_0()); 
            // InternalPtl.g:5514:2: ( rule__TransitionSide__Group_0__0 )?
            int alt59=2;
            alt59 = dfa59.predict(input);
            switch (alt59) {
                case 1 :
                    // InternalPtl.g:5514:3: rule__TransitionSide__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__TransitionSide__Group_0__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTransitionSideAccess().getGroup_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__0__Impl"


    // $ANTLR start "rule__TransitionSide__Group__1"
    // InternalPtl.g:5522:1: rule__TransitionSide__Group__1 : rule__TransitionSide__Group__1__Impl rule__TransitionSide__Group__2 ;
    public final void rule__TransitionSide__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5526:1: ( rule__TransitionSide__Group__1__Impl rule__TransitionSide__Group__2 )
            // InternalPtl.g:5527:2: rule__TransitionSide__Group__1__Impl rule__TransitionSide__Group__2
            {
            pushFollow(FOLLOW_53);
            rule__TransitionSide__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__1"


    // $ANTLR start "rule__TransitionSide__Group__1__Impl"
    // InternalPtl.g:5534:1: rule__TransitionSide__Group__1__Impl : ( ( rule__TransitionSide__FromAssignment_1 ) ) ;
    public final void rule__TransitionSide__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5538:1: ( ( ( rule__TransitionSide__FromAssignment_1 ) ) )
            // InternalPtl.g:5539:1: ( ( rule__TransitionSide__FromAssignment_1 ) )
            {
            // InternalPtl.g:5539:1: ( ( rule__TransitionSide__FromAssignment_1 ) )
            // InternalPtl.g:5540:2: ( rule__TransitionSide__FromAssignment_1 )
            {
             before(grammarAccess.getTransitionSideAccess().getFromAssignment_1()); 
            // InternalPtl.g:5541:2: ( rule__TransitionSide__FromAssignment_1 )
            // InternalPtl.g:5541:3: rule__TransitionSide__FromAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__FromAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTransitionSideAccess().getFromAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__1__Impl"


    // $ANTLR start "rule__TransitionSide__Group__2"
    // InternalPtl.g:5549:1: rule__TransitionSide__Group__2 : rule__TransitionSide__Group__2__Impl rule__TransitionSide__Group__3 ;
    public final void rule__TransitionSide__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5553:1: ( rule__TransitionSide__Group__2__Impl rule__TransitionSide__Group__3 )
            // InternalPtl.g:5554:2: rule__TransitionSide__Group__2__Impl rule__TransitionSide__Group__3
            {
            pushFollow(FOLLOW_8);
            rule__TransitionSide__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__2"


    // $ANTLR start "rule__TransitionSide__Group__2__Impl"
    // InternalPtl.g:5561:1: rule__TransitionSide__Group__2__Impl : ( '->' ) ;
    public final void rule__TransitionSide__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5565:1: ( ( '->' ) )
            // InternalPtl.g:5566:1: ( '->' )
            {
            // InternalPtl.g:5566:1: ( '->' )
            // InternalPtl.g:5567:2: '->'
            {
             before(grammarAccess.getTransitionSideAccess().getHyphenMinusGreaterThanSignKeyword_2()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getTransitionSideAccess().getHyphenMinusGreaterThanSignKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__2__Impl"


    // $ANTLR start "rule__TransitionSide__Group__3"
    // InternalPtl.g:5576:1: rule__TransitionSide__Group__3 : rule__TransitionSide__Group__3__Impl ;
    public final void rule__TransitionSide__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5580:1: ( rule__TransitionSide__Group__3__Impl )
            // InternalPtl.g:5581:2: rule__TransitionSide__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__3"


    // $ANTLR start "rule__TransitionSide__Group__3__Impl"
    // InternalPtl.g:5587:1: rule__TransitionSide__Group__3__Impl : ( ( rule__TransitionSide__ToAssignment_3 ) ) ;
    public final void rule__TransitionSide__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5591:1: ( ( ( rule__TransitionSide__ToAssignment_3 ) ) )
            // InternalPtl.g:5592:1: ( ( rule__TransitionSide__ToAssignment_3 ) )
            {
            // InternalPtl.g:5592:1: ( ( rule__TransitionSide__ToAssignment_3 ) )
            // InternalPtl.g:5593:2: ( rule__TransitionSide__ToAssignment_3 )
            {
             before(grammarAccess.getTransitionSideAccess().getToAssignment_3()); 
            // InternalPtl.g:5594:2: ( rule__TransitionSide__ToAssignment_3 )
            // InternalPtl.g:5594:3: rule__TransitionSide__ToAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__ToAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getTransitionSideAccess().getToAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group__3__Impl"


    // $ANTLR start "rule__TransitionSide__Group_0__0"
    // InternalPtl.g:5603:1: rule__TransitionSide__Group_0__0 : rule__TransitionSide__Group_0__0__Impl rule__TransitionSide__Group_0__1 ;
    public final void rule__TransitionSide__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5607:1: ( rule__TransitionSide__Group_0__0__Impl rule__TransitionSide__Group_0__1 )
            // InternalPtl.g:5608:2: rule__TransitionSide__Group_0__0__Impl rule__TransitionSide__Group_0__1
            {
            pushFollow(FOLLOW_54);
            rule__TransitionSide__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__0"


    // $ANTLR start "rule__TransitionSide__Group_0__0__Impl"
    // InternalPtl.g:5615:1: rule__TransitionSide__Group_0__0__Impl : ( ( rule__TransitionSide__ComponentsAssignment_0_0 ) ) ;
    public final void rule__TransitionSide__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5619:1: ( ( ( rule__TransitionSide__ComponentsAssignment_0_0 ) ) )
            // InternalPtl.g:5620:1: ( ( rule__TransitionSide__ComponentsAssignment_0_0 ) )
            {
            // InternalPtl.g:5620:1: ( ( rule__TransitionSide__ComponentsAssignment_0_0 ) )
            // InternalPtl.g:5621:2: ( rule__TransitionSide__ComponentsAssignment_0_0 )
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsAssignment_0_0()); 
            // InternalPtl.g:5622:2: ( rule__TransitionSide__ComponentsAssignment_0_0 )
            // InternalPtl.g:5622:3: rule__TransitionSide__ComponentsAssignment_0_0
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__ComponentsAssignment_0_0();

            state._fsp--;


            }

             after(grammarAccess.getTransitionSideAccess().getComponentsAssignment_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__0__Impl"


    // $ANTLR start "rule__TransitionSide__Group_0__1"
    // InternalPtl.g:5630:1: rule__TransitionSide__Group_0__1 : rule__TransitionSide__Group_0__1__Impl rule__TransitionSide__Group_0__2 ;
    public final void rule__TransitionSide__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5634:1: ( rule__TransitionSide__Group_0__1__Impl rule__TransitionSide__Group_0__2 )
            // InternalPtl.g:5635:2: rule__TransitionSide__Group_0__1__Impl rule__TransitionSide__Group_0__2
            {
            pushFollow(FOLLOW_54);
            rule__TransitionSide__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__1"


    // $ANTLR start "rule__TransitionSide__Group_0__1__Impl"
    // InternalPtl.g:5642:1: rule__TransitionSide__Group_0__1__Impl : ( ( rule__TransitionSide__Group_0_1__0 )* ) ;
    public final void rule__TransitionSide__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5646:1: ( ( ( rule__TransitionSide__Group_0_1__0 )* ) )
            // InternalPtl.g:5647:1: ( ( rule__TransitionSide__Group_0_1__0 )* )
            {
            // InternalPtl.g:5647:1: ( ( rule__TransitionSide__Group_0_1__0 )* )
            // InternalPtl.g:5648:2: ( rule__TransitionSide__Group_0_1__0 )*
            {
             before(grammarAccess.getTransitionSideAccess().getGroup_0_1()); 
            // InternalPtl.g:5649:2: ( rule__TransitionSide__Group_0_1__0 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( (LA60_0==57) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalPtl.g:5649:3: rule__TransitionSide__Group_0_1__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__TransitionSide__Group_0_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop60;
                }
            } while (true);

             after(grammarAccess.getTransitionSideAccess().getGroup_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__1__Impl"


    // $ANTLR start "rule__TransitionSide__Group_0__2"
    // InternalPtl.g:5657:1: rule__TransitionSide__Group_0__2 : rule__TransitionSide__Group_0__2__Impl ;
    public final void rule__TransitionSide__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5661:1: ( rule__TransitionSide__Group_0__2__Impl )
            // InternalPtl.g:5662:2: rule__TransitionSide__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__2"


    // $ANTLR start "rule__TransitionSide__Group_0__2__Impl"
    // InternalPtl.g:5668:1: rule__TransitionSide__Group_0__2__Impl : ( ':' ) ;
    public final void rule__TransitionSide__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5672:1: ( ( ':' ) )
            // InternalPtl.g:5673:1: ( ':' )
            {
            // InternalPtl.g:5673:1: ( ':' )
            // InternalPtl.g:5674:2: ':'
            {
             before(grammarAccess.getTransitionSideAccess().getColonKeyword_0_2()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getTransitionSideAccess().getColonKeyword_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0__2__Impl"


    // $ANTLR start "rule__TransitionSide__Group_0_1__0"
    // InternalPtl.g:5684:1: rule__TransitionSide__Group_0_1__0 : rule__TransitionSide__Group_0_1__0__Impl rule__TransitionSide__Group_0_1__1 ;
    public final void rule__TransitionSide__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5688:1: ( rule__TransitionSide__Group_0_1__0__Impl rule__TransitionSide__Group_0_1__1 )
            // InternalPtl.g:5689:2: rule__TransitionSide__Group_0_1__0__Impl rule__TransitionSide__Group_0_1__1
            {
            pushFollow(FOLLOW_8);
            rule__TransitionSide__Group_0_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group_0_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0_1__0"


    // $ANTLR start "rule__TransitionSide__Group_0_1__0__Impl"
    // InternalPtl.g:5696:1: rule__TransitionSide__Group_0_1__0__Impl : ( ',' ) ;
    public final void rule__TransitionSide__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5700:1: ( ( ',' ) )
            // InternalPtl.g:5701:1: ( ',' )
            {
            // InternalPtl.g:5701:1: ( ',' )
            // InternalPtl.g:5702:2: ','
            {
             before(grammarAccess.getTransitionSideAccess().getCommaKeyword_0_1_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getTransitionSideAccess().getCommaKeyword_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0_1__0__Impl"


    // $ANTLR start "rule__TransitionSide__Group_0_1__1"
    // InternalPtl.g:5711:1: rule__TransitionSide__Group_0_1__1 : rule__TransitionSide__Group_0_1__1__Impl ;
    public final void rule__TransitionSide__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5715:1: ( rule__TransitionSide__Group_0_1__1__Impl )
            // InternalPtl.g:5716:2: rule__TransitionSide__Group_0_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__Group_0_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0_1__1"


    // $ANTLR start "rule__TransitionSide__Group_0_1__1__Impl"
    // InternalPtl.g:5722:1: rule__TransitionSide__Group_0_1__1__Impl : ( ( rule__TransitionSide__ComponentsAssignment_0_1_1 ) ) ;
    public final void rule__TransitionSide__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5726:1: ( ( ( rule__TransitionSide__ComponentsAssignment_0_1_1 ) ) )
            // InternalPtl.g:5727:1: ( ( rule__TransitionSide__ComponentsAssignment_0_1_1 ) )
            {
            // InternalPtl.g:5727:1: ( ( rule__TransitionSide__ComponentsAssignment_0_1_1 ) )
            // InternalPtl.g:5728:2: ( rule__TransitionSide__ComponentsAssignment_0_1_1 )
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsAssignment_0_1_1()); 
            // InternalPtl.g:5729:2: ( rule__TransitionSide__ComponentsAssignment_0_1_1 )
            // InternalPtl.g:5729:3: rule__TransitionSide__ComponentsAssignment_0_1_1
            {
            pushFollow(FOLLOW_2);
            rule__TransitionSide__ComponentsAssignment_0_1_1();

            state._fsp--;


            }

             after(grammarAccess.getTransitionSideAccess().getComponentsAssignment_0_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__Group_0_1__1__Impl"


    // $ANTLR start "rule__Invariant__Group__0"
    // InternalPtl.g:5738:1: rule__Invariant__Group__0 : rule__Invariant__Group__0__Impl rule__Invariant__Group__1 ;
    public final void rule__Invariant__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5742:1: ( rule__Invariant__Group__0__Impl rule__Invariant__Group__1 )
            // InternalPtl.g:5743:2: rule__Invariant__Group__0__Impl rule__Invariant__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Invariant__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Invariant__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__0"


    // $ANTLR start "rule__Invariant__Group__0__Impl"
    // InternalPtl.g:5750:1: rule__Invariant__Group__0__Impl : ( 'invariant' ) ;
    public final void rule__Invariant__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5754:1: ( ( 'invariant' ) )
            // InternalPtl.g:5755:1: ( 'invariant' )
            {
            // InternalPtl.g:5755:1: ( 'invariant' )
            // InternalPtl.g:5756:2: 'invariant'
            {
             before(grammarAccess.getInvariantAccess().getInvariantKeyword_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getInvariantAccess().getInvariantKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__0__Impl"


    // $ANTLR start "rule__Invariant__Group__1"
    // InternalPtl.g:5765:1: rule__Invariant__Group__1 : rule__Invariant__Group__1__Impl rule__Invariant__Group__2 ;
    public final void rule__Invariant__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5769:1: ( rule__Invariant__Group__1__Impl rule__Invariant__Group__2 )
            // InternalPtl.g:5770:2: rule__Invariant__Group__1__Impl rule__Invariant__Group__2
            {
            pushFollow(FOLLOW_55);
            rule__Invariant__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Invariant__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__1"


    // $ANTLR start "rule__Invariant__Group__1__Impl"
    // InternalPtl.g:5777:1: rule__Invariant__Group__1__Impl : ( ( rule__Invariant__NameAssignment_1 ) ) ;
    public final void rule__Invariant__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5781:1: ( ( ( rule__Invariant__NameAssignment_1 ) ) )
            // InternalPtl.g:5782:1: ( ( rule__Invariant__NameAssignment_1 ) )
            {
            // InternalPtl.g:5782:1: ( ( rule__Invariant__NameAssignment_1 ) )
            // InternalPtl.g:5783:2: ( rule__Invariant__NameAssignment_1 )
            {
             before(grammarAccess.getInvariantAccess().getNameAssignment_1()); 
            // InternalPtl.g:5784:2: ( rule__Invariant__NameAssignment_1 )
            // InternalPtl.g:5784:3: rule__Invariant__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Invariant__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getInvariantAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__1__Impl"


    // $ANTLR start "rule__Invariant__Group__2"
    // InternalPtl.g:5792:1: rule__Invariant__Group__2 : rule__Invariant__Group__2__Impl rule__Invariant__Group__3 ;
    public final void rule__Invariant__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5796:1: ( rule__Invariant__Group__2__Impl rule__Invariant__Group__3 )
            // InternalPtl.g:5797:2: rule__Invariant__Group__2__Impl rule__Invariant__Group__3
            {
            pushFollow(FOLLOW_55);
            rule__Invariant__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Invariant__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__2"


    // $ANTLR start "rule__Invariant__Group__2__Impl"
    // InternalPtl.g:5804:1: rule__Invariant__Group__2__Impl : ( ( rule__Invariant__DescriptionAssignment_2 )? ) ;
    public final void rule__Invariant__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5808:1: ( ( ( rule__Invariant__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:5809:1: ( ( rule__Invariant__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:5809:1: ( ( rule__Invariant__DescriptionAssignment_2 )? )
            // InternalPtl.g:5810:2: ( rule__Invariant__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getInvariantAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:5811:2: ( rule__Invariant__DescriptionAssignment_2 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==RULE_STRING) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalPtl.g:5811:3: rule__Invariant__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Invariant__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getInvariantAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__2__Impl"


    // $ANTLR start "rule__Invariant__Group__3"
    // InternalPtl.g:5819:1: rule__Invariant__Group__3 : rule__Invariant__Group__3__Impl rule__Invariant__Group__4 ;
    public final void rule__Invariant__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5823:1: ( rule__Invariant__Group__3__Impl rule__Invariant__Group__4 )
            // InternalPtl.g:5824:2: rule__Invariant__Group__3__Impl rule__Invariant__Group__4
            {
            pushFollow(FOLLOW_56);
            rule__Invariant__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Invariant__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__3"


    // $ANTLR start "rule__Invariant__Group__3__Impl"
    // InternalPtl.g:5831:1: rule__Invariant__Group__3__Impl : ( ':' ) ;
    public final void rule__Invariant__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5835:1: ( ( ':' ) )
            // InternalPtl.g:5836:1: ( ':' )
            {
            // InternalPtl.g:5836:1: ( ':' )
            // InternalPtl.g:5837:2: ':'
            {
             before(grammarAccess.getInvariantAccess().getColonKeyword_3()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getInvariantAccess().getColonKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__3__Impl"


    // $ANTLR start "rule__Invariant__Group__4"
    // InternalPtl.g:5846:1: rule__Invariant__Group__4 : rule__Invariant__Group__4__Impl ;
    public final void rule__Invariant__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5850:1: ( rule__Invariant__Group__4__Impl )
            // InternalPtl.g:5851:2: rule__Invariant__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Invariant__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__4"


    // $ANTLR start "rule__Invariant__Group__4__Impl"
    // InternalPtl.g:5857:1: rule__Invariant__Group__4__Impl : ( ( rule__Invariant__PredicateAssignment_4 ) ) ;
    public final void rule__Invariant__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5861:1: ( ( ( rule__Invariant__PredicateAssignment_4 ) ) )
            // InternalPtl.g:5862:1: ( ( rule__Invariant__PredicateAssignment_4 ) )
            {
            // InternalPtl.g:5862:1: ( ( rule__Invariant__PredicateAssignment_4 ) )
            // InternalPtl.g:5863:2: ( rule__Invariant__PredicateAssignment_4 )
            {
             before(grammarAccess.getInvariantAccess().getPredicateAssignment_4()); 
            // InternalPtl.g:5864:2: ( rule__Invariant__PredicateAssignment_4 )
            // InternalPtl.g:5864:3: rule__Invariant__PredicateAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__Invariant__PredicateAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getInvariantAccess().getPredicateAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__Group__4__Impl"


    // $ANTLR start "rule__Implication__Group__0"
    // InternalPtl.g:5873:1: rule__Implication__Group__0 : rule__Implication__Group__0__Impl rule__Implication__Group__1 ;
    public final void rule__Implication__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5877:1: ( rule__Implication__Group__0__Impl rule__Implication__Group__1 )
            // InternalPtl.g:5878:2: rule__Implication__Group__0__Impl rule__Implication__Group__1
            {
            pushFollow(FOLLOW_57);
            rule__Implication__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Implication__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group__0"


    // $ANTLR start "rule__Implication__Group__0__Impl"
    // InternalPtl.g:5885:1: rule__Implication__Group__0__Impl : ( ruleDisjunction ) ;
    public final void rule__Implication__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5889:1: ( ( ruleDisjunction ) )
            // InternalPtl.g:5890:1: ( ruleDisjunction )
            {
            // InternalPtl.g:5890:1: ( ruleDisjunction )
            // InternalPtl.g:5891:2: ruleDisjunction
            {
             before(grammarAccess.getImplicationAccess().getDisjunctionParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleDisjunction();

            state._fsp--;

             after(grammarAccess.getImplicationAccess().getDisjunctionParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group__0__Impl"


    // $ANTLR start "rule__Implication__Group__1"
    // InternalPtl.g:5900:1: rule__Implication__Group__1 : rule__Implication__Group__1__Impl ;
    public final void rule__Implication__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5904:1: ( rule__Implication__Group__1__Impl )
            // InternalPtl.g:5905:2: rule__Implication__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Implication__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group__1"


    // $ANTLR start "rule__Implication__Group__1__Impl"
    // InternalPtl.g:5911:1: rule__Implication__Group__1__Impl : ( ( rule__Implication__Group_1__0 )? ) ;
    public final void rule__Implication__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5915:1: ( ( ( rule__Implication__Group_1__0 )? ) )
            // InternalPtl.g:5916:1: ( ( rule__Implication__Group_1__0 )? )
            {
            // InternalPtl.g:5916:1: ( ( rule__Implication__Group_1__0 )? )
            // InternalPtl.g:5917:2: ( rule__Implication__Group_1__0 )?
            {
             before(grammarAccess.getImplicationAccess().getGroup_1()); 
            // InternalPtl.g:5918:2: ( rule__Implication__Group_1__0 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==17) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalPtl.g:5918:3: rule__Implication__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Implication__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplicationAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group__1__Impl"


    // $ANTLR start "rule__Implication__Group_1__0"
    // InternalPtl.g:5927:1: rule__Implication__Group_1__0 : rule__Implication__Group_1__0__Impl rule__Implication__Group_1__1 ;
    public final void rule__Implication__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5931:1: ( rule__Implication__Group_1__0__Impl rule__Implication__Group_1__1 )
            // InternalPtl.g:5932:2: rule__Implication__Group_1__0__Impl rule__Implication__Group_1__1
            {
            pushFollow(FOLLOW_57);
            rule__Implication__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Implication__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__0"


    // $ANTLR start "rule__Implication__Group_1__0__Impl"
    // InternalPtl.g:5939:1: rule__Implication__Group_1__0__Impl : ( () ) ;
    public final void rule__Implication__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5943:1: ( ( () ) )
            // InternalPtl.g:5944:1: ( () )
            {
            // InternalPtl.g:5944:1: ( () )
            // InternalPtl.g:5945:2: ()
            {
             before(grammarAccess.getImplicationAccess().getBinaryPredicateLeftAction_1_0()); 
            // InternalPtl.g:5946:2: ()
            // InternalPtl.g:5946:3: 
            {
            }

             after(grammarAccess.getImplicationAccess().getBinaryPredicateLeftAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__0__Impl"


    // $ANTLR start "rule__Implication__Group_1__1"
    // InternalPtl.g:5954:1: rule__Implication__Group_1__1 : rule__Implication__Group_1__1__Impl rule__Implication__Group_1__2 ;
    public final void rule__Implication__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5958:1: ( rule__Implication__Group_1__1__Impl rule__Implication__Group_1__2 )
            // InternalPtl.g:5959:2: rule__Implication__Group_1__1__Impl rule__Implication__Group_1__2
            {
            pushFollow(FOLLOW_56);
            rule__Implication__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Implication__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__1"


    // $ANTLR start "rule__Implication__Group_1__1__Impl"
    // InternalPtl.g:5966:1: rule__Implication__Group_1__1__Impl : ( ( rule__Implication__OperatorAssignment_1_1 ) ) ;
    public final void rule__Implication__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5970:1: ( ( ( rule__Implication__OperatorAssignment_1_1 ) ) )
            // InternalPtl.g:5971:1: ( ( rule__Implication__OperatorAssignment_1_1 ) )
            {
            // InternalPtl.g:5971:1: ( ( rule__Implication__OperatorAssignment_1_1 ) )
            // InternalPtl.g:5972:2: ( rule__Implication__OperatorAssignment_1_1 )
            {
             before(grammarAccess.getImplicationAccess().getOperatorAssignment_1_1()); 
            // InternalPtl.g:5973:2: ( rule__Implication__OperatorAssignment_1_1 )
            // InternalPtl.g:5973:3: rule__Implication__OperatorAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Implication__OperatorAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getImplicationAccess().getOperatorAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__1__Impl"


    // $ANTLR start "rule__Implication__Group_1__2"
    // InternalPtl.g:5981:1: rule__Implication__Group_1__2 : rule__Implication__Group_1__2__Impl ;
    public final void rule__Implication__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5985:1: ( rule__Implication__Group_1__2__Impl )
            // InternalPtl.g:5986:2: rule__Implication__Group_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Implication__Group_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__2"


    // $ANTLR start "rule__Implication__Group_1__2__Impl"
    // InternalPtl.g:5992:1: rule__Implication__Group_1__2__Impl : ( ( rule__Implication__RightAssignment_1_2 ) ) ;
    public final void rule__Implication__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:5996:1: ( ( ( rule__Implication__RightAssignment_1_2 ) ) )
            // InternalPtl.g:5997:1: ( ( rule__Implication__RightAssignment_1_2 ) )
            {
            // InternalPtl.g:5997:1: ( ( rule__Implication__RightAssignment_1_2 ) )
            // InternalPtl.g:5998:2: ( rule__Implication__RightAssignment_1_2 )
            {
             before(grammarAccess.getImplicationAccess().getRightAssignment_1_2()); 
            // InternalPtl.g:5999:2: ( rule__Implication__RightAssignment_1_2 )
            // InternalPtl.g:5999:3: rule__Implication__RightAssignment_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Implication__RightAssignment_1_2();

            state._fsp--;


            }

             after(grammarAccess.getImplicationAccess().getRightAssignment_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__Group_1__2__Impl"


    // $ANTLR start "rule__Disjunction__Group__0"
    // InternalPtl.g:6008:1: rule__Disjunction__Group__0 : rule__Disjunction__Group__0__Impl rule__Disjunction__Group__1 ;
    public final void rule__Disjunction__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6012:1: ( rule__Disjunction__Group__0__Impl rule__Disjunction__Group__1 )
            // InternalPtl.g:6013:2: rule__Disjunction__Group__0__Impl rule__Disjunction__Group__1
            {
            pushFollow(FOLLOW_58);
            rule__Disjunction__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Disjunction__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group__0"


    // $ANTLR start "rule__Disjunction__Group__0__Impl"
    // InternalPtl.g:6020:1: rule__Disjunction__Group__0__Impl : ( ruleConjunction ) ;
    public final void rule__Disjunction__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6024:1: ( ( ruleConjunction ) )
            // InternalPtl.g:6025:1: ( ruleConjunction )
            {
            // InternalPtl.g:6025:1: ( ruleConjunction )
            // InternalPtl.g:6026:2: ruleConjunction
            {
             before(grammarAccess.getDisjunctionAccess().getConjunctionParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleConjunction();

            state._fsp--;

             after(grammarAccess.getDisjunctionAccess().getConjunctionParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group__0__Impl"


    // $ANTLR start "rule__Disjunction__Group__1"
    // InternalPtl.g:6035:1: rule__Disjunction__Group__1 : rule__Disjunction__Group__1__Impl ;
    public final void rule__Disjunction__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6039:1: ( rule__Disjunction__Group__1__Impl )
            // InternalPtl.g:6040:2: rule__Disjunction__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Disjunction__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group__1"


    // $ANTLR start "rule__Disjunction__Group__1__Impl"
    // InternalPtl.g:6046:1: rule__Disjunction__Group__1__Impl : ( ( rule__Disjunction__Group_1__0 )* ) ;
    public final void rule__Disjunction__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6050:1: ( ( ( rule__Disjunction__Group_1__0 )* ) )
            // InternalPtl.g:6051:1: ( ( rule__Disjunction__Group_1__0 )* )
            {
            // InternalPtl.g:6051:1: ( ( rule__Disjunction__Group_1__0 )* )
            // InternalPtl.g:6052:2: ( rule__Disjunction__Group_1__0 )*
            {
             before(grammarAccess.getDisjunctionAccess().getGroup_1()); 
            // InternalPtl.g:6053:2: ( rule__Disjunction__Group_1__0 )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==18) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalPtl.g:6053:3: rule__Disjunction__Group_1__0
            	    {
            	    pushFollow(FOLLOW_59);
            	    rule__Disjunction__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop63;
                }
            } while (true);

             after(grammarAccess.getDisjunctionAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group__1__Impl"


    // $ANTLR start "rule__Disjunction__Group_1__0"
    // InternalPtl.g:6062:1: rule__Disjunction__Group_1__0 : rule__Disjunction__Group_1__0__Impl rule__Disjunction__Group_1__1 ;
    public final void rule__Disjunction__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6066:1: ( rule__Disjunction__Group_1__0__Impl rule__Disjunction__Group_1__1 )
            // InternalPtl.g:6067:2: rule__Disjunction__Group_1__0__Impl rule__Disjunction__Group_1__1
            {
            pushFollow(FOLLOW_58);
            rule__Disjunction__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Disjunction__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__0"


    // $ANTLR start "rule__Disjunction__Group_1__0__Impl"
    // InternalPtl.g:6074:1: rule__Disjunction__Group_1__0__Impl : ( () ) ;
    public final void rule__Disjunction__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6078:1: ( ( () ) )
            // InternalPtl.g:6079:1: ( () )
            {
            // InternalPtl.g:6079:1: ( () )
            // InternalPtl.g:6080:2: ()
            {
             before(grammarAccess.getDisjunctionAccess().getBinaryPredicateLeftAction_1_0()); 
            // InternalPtl.g:6081:2: ()
            // InternalPtl.g:6081:3: 
            {
            }

             after(grammarAccess.getDisjunctionAccess().getBinaryPredicateLeftAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__0__Impl"


    // $ANTLR start "rule__Disjunction__Group_1__1"
    // InternalPtl.g:6089:1: rule__Disjunction__Group_1__1 : rule__Disjunction__Group_1__1__Impl rule__Disjunction__Group_1__2 ;
    public final void rule__Disjunction__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6093:1: ( rule__Disjunction__Group_1__1__Impl rule__Disjunction__Group_1__2 )
            // InternalPtl.g:6094:2: rule__Disjunction__Group_1__1__Impl rule__Disjunction__Group_1__2
            {
            pushFollow(FOLLOW_56);
            rule__Disjunction__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Disjunction__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__1"


    // $ANTLR start "rule__Disjunction__Group_1__1__Impl"
    // InternalPtl.g:6101:1: rule__Disjunction__Group_1__1__Impl : ( ( rule__Disjunction__OperatorAssignment_1_1 ) ) ;
    public final void rule__Disjunction__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6105:1: ( ( ( rule__Disjunction__OperatorAssignment_1_1 ) ) )
            // InternalPtl.g:6106:1: ( ( rule__Disjunction__OperatorAssignment_1_1 ) )
            {
            // InternalPtl.g:6106:1: ( ( rule__Disjunction__OperatorAssignment_1_1 ) )
            // InternalPtl.g:6107:2: ( rule__Disjunction__OperatorAssignment_1_1 )
            {
             before(grammarAccess.getDisjunctionAccess().getOperatorAssignment_1_1()); 
            // InternalPtl.g:6108:2: ( rule__Disjunction__OperatorAssignment_1_1 )
            // InternalPtl.g:6108:3: rule__Disjunction__OperatorAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Disjunction__OperatorAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getDisjunctionAccess().getOperatorAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__1__Impl"


    // $ANTLR start "rule__Disjunction__Group_1__2"
    // InternalPtl.g:6116:1: rule__Disjunction__Group_1__2 : rule__Disjunction__Group_1__2__Impl ;
    public final void rule__Disjunction__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6120:1: ( rule__Disjunction__Group_1__2__Impl )
            // InternalPtl.g:6121:2: rule__Disjunction__Group_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Disjunction__Group_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__2"


    // $ANTLR start "rule__Disjunction__Group_1__2__Impl"
    // InternalPtl.g:6127:1: rule__Disjunction__Group_1__2__Impl : ( ( rule__Disjunction__RightAssignment_1_2 ) ) ;
    public final void rule__Disjunction__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6131:1: ( ( ( rule__Disjunction__RightAssignment_1_2 ) ) )
            // InternalPtl.g:6132:1: ( ( rule__Disjunction__RightAssignment_1_2 ) )
            {
            // InternalPtl.g:6132:1: ( ( rule__Disjunction__RightAssignment_1_2 ) )
            // InternalPtl.g:6133:2: ( rule__Disjunction__RightAssignment_1_2 )
            {
             before(grammarAccess.getDisjunctionAccess().getRightAssignment_1_2()); 
            // InternalPtl.g:6134:2: ( rule__Disjunction__RightAssignment_1_2 )
            // InternalPtl.g:6134:3: rule__Disjunction__RightAssignment_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Disjunction__RightAssignment_1_2();

            state._fsp--;


            }

             after(grammarAccess.getDisjunctionAccess().getRightAssignment_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__Group_1__2__Impl"


    // $ANTLR start "rule__Conjunction__Group__0"
    // InternalPtl.g:6143:1: rule__Conjunction__Group__0 : rule__Conjunction__Group__0__Impl rule__Conjunction__Group__1 ;
    public final void rule__Conjunction__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6147:1: ( rule__Conjunction__Group__0__Impl rule__Conjunction__Group__1 )
            // InternalPtl.g:6148:2: rule__Conjunction__Group__0__Impl rule__Conjunction__Group__1
            {
            pushFollow(FOLLOW_60);
            rule__Conjunction__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Conjunction__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group__0"


    // $ANTLR start "rule__Conjunction__Group__0__Impl"
    // InternalPtl.g:6155:1: rule__Conjunction__Group__0__Impl : ( ruleNegation ) ;
    public final void rule__Conjunction__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6159:1: ( ( ruleNegation ) )
            // InternalPtl.g:6160:1: ( ruleNegation )
            {
            // InternalPtl.g:6160:1: ( ruleNegation )
            // InternalPtl.g:6161:2: ruleNegation
            {
             before(grammarAccess.getConjunctionAccess().getNegationParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleNegation();

            state._fsp--;

             after(grammarAccess.getConjunctionAccess().getNegationParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group__0__Impl"


    // $ANTLR start "rule__Conjunction__Group__1"
    // InternalPtl.g:6170:1: rule__Conjunction__Group__1 : rule__Conjunction__Group__1__Impl ;
    public final void rule__Conjunction__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6174:1: ( rule__Conjunction__Group__1__Impl )
            // InternalPtl.g:6175:2: rule__Conjunction__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Conjunction__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group__1"


    // $ANTLR start "rule__Conjunction__Group__1__Impl"
    // InternalPtl.g:6181:1: rule__Conjunction__Group__1__Impl : ( ( rule__Conjunction__Group_1__0 )* ) ;
    public final void rule__Conjunction__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6185:1: ( ( ( rule__Conjunction__Group_1__0 )* ) )
            // InternalPtl.g:6186:1: ( ( rule__Conjunction__Group_1__0 )* )
            {
            // InternalPtl.g:6186:1: ( ( rule__Conjunction__Group_1__0 )* )
            // InternalPtl.g:6187:2: ( rule__Conjunction__Group_1__0 )*
            {
             before(grammarAccess.getConjunctionAccess().getGroup_1()); 
            // InternalPtl.g:6188:2: ( rule__Conjunction__Group_1__0 )*
            loop64:
            do {
                int alt64=2;
                int LA64_0 = input.LA(1);

                if ( (LA64_0==19) ) {
                    alt64=1;
                }


                switch (alt64) {
            	case 1 :
            	    // InternalPtl.g:6188:3: rule__Conjunction__Group_1__0
            	    {
            	    pushFollow(FOLLOW_61);
            	    rule__Conjunction__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop64;
                }
            } while (true);

             after(grammarAccess.getConjunctionAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group__1__Impl"


    // $ANTLR start "rule__Conjunction__Group_1__0"
    // InternalPtl.g:6197:1: rule__Conjunction__Group_1__0 : rule__Conjunction__Group_1__0__Impl rule__Conjunction__Group_1__1 ;
    public final void rule__Conjunction__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6201:1: ( rule__Conjunction__Group_1__0__Impl rule__Conjunction__Group_1__1 )
            // InternalPtl.g:6202:2: rule__Conjunction__Group_1__0__Impl rule__Conjunction__Group_1__1
            {
            pushFollow(FOLLOW_60);
            rule__Conjunction__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Conjunction__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__0"


    // $ANTLR start "rule__Conjunction__Group_1__0__Impl"
    // InternalPtl.g:6209:1: rule__Conjunction__Group_1__0__Impl : ( () ) ;
    public final void rule__Conjunction__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6213:1: ( ( () ) )
            // InternalPtl.g:6214:1: ( () )
            {
            // InternalPtl.g:6214:1: ( () )
            // InternalPtl.g:6215:2: ()
            {
             before(grammarAccess.getConjunctionAccess().getBinaryPredicateLeftAction_1_0()); 
            // InternalPtl.g:6216:2: ()
            // InternalPtl.g:6216:3: 
            {
            }

             after(grammarAccess.getConjunctionAccess().getBinaryPredicateLeftAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__0__Impl"


    // $ANTLR start "rule__Conjunction__Group_1__1"
    // InternalPtl.g:6224:1: rule__Conjunction__Group_1__1 : rule__Conjunction__Group_1__1__Impl rule__Conjunction__Group_1__2 ;
    public final void rule__Conjunction__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6228:1: ( rule__Conjunction__Group_1__1__Impl rule__Conjunction__Group_1__2 )
            // InternalPtl.g:6229:2: rule__Conjunction__Group_1__1__Impl rule__Conjunction__Group_1__2
            {
            pushFollow(FOLLOW_56);
            rule__Conjunction__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Conjunction__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__1"


    // $ANTLR start "rule__Conjunction__Group_1__1__Impl"
    // InternalPtl.g:6236:1: rule__Conjunction__Group_1__1__Impl : ( ( rule__Conjunction__OperatorAssignment_1_1 ) ) ;
    public final void rule__Conjunction__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6240:1: ( ( ( rule__Conjunction__OperatorAssignment_1_1 ) ) )
            // InternalPtl.g:6241:1: ( ( rule__Conjunction__OperatorAssignment_1_1 ) )
            {
            // InternalPtl.g:6241:1: ( ( rule__Conjunction__OperatorAssignment_1_1 ) )
            // InternalPtl.g:6242:2: ( rule__Conjunction__OperatorAssignment_1_1 )
            {
             before(grammarAccess.getConjunctionAccess().getOperatorAssignment_1_1()); 
            // InternalPtl.g:6243:2: ( rule__Conjunction__OperatorAssignment_1_1 )
            // InternalPtl.g:6243:3: rule__Conjunction__OperatorAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Conjunction__OperatorAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getConjunctionAccess().getOperatorAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__1__Impl"


    // $ANTLR start "rule__Conjunction__Group_1__2"
    // InternalPtl.g:6251:1: rule__Conjunction__Group_1__2 : rule__Conjunction__Group_1__2__Impl ;
    public final void rule__Conjunction__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6255:1: ( rule__Conjunction__Group_1__2__Impl )
            // InternalPtl.g:6256:2: rule__Conjunction__Group_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Conjunction__Group_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__2"


    // $ANTLR start "rule__Conjunction__Group_1__2__Impl"
    // InternalPtl.g:6262:1: rule__Conjunction__Group_1__2__Impl : ( ( rule__Conjunction__RightAssignment_1_2 ) ) ;
    public final void rule__Conjunction__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6266:1: ( ( ( rule__Conjunction__RightAssignment_1_2 ) ) )
            // InternalPtl.g:6267:1: ( ( rule__Conjunction__RightAssignment_1_2 ) )
            {
            // InternalPtl.g:6267:1: ( ( rule__Conjunction__RightAssignment_1_2 ) )
            // InternalPtl.g:6268:2: ( rule__Conjunction__RightAssignment_1_2 )
            {
             before(grammarAccess.getConjunctionAccess().getRightAssignment_1_2()); 
            // InternalPtl.g:6269:2: ( rule__Conjunction__RightAssignment_1_2 )
            // InternalPtl.g:6269:3: rule__Conjunction__RightAssignment_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Conjunction__RightAssignment_1_2();

            state._fsp--;


            }

             after(grammarAccess.getConjunctionAccess().getRightAssignment_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__Group_1__2__Impl"


    // $ANTLR start "rule__Negation__Group_0__0"
    // InternalPtl.g:6278:1: rule__Negation__Group_0__0 : rule__Negation__Group_0__0__Impl rule__Negation__Group_0__1 ;
    public final void rule__Negation__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6282:1: ( rule__Negation__Group_0__0__Impl rule__Negation__Group_0__1 )
            // InternalPtl.g:6283:2: rule__Negation__Group_0__0__Impl rule__Negation__Group_0__1
            {
            pushFollow(FOLLOW_62);
            rule__Negation__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Negation__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__0"


    // $ANTLR start "rule__Negation__Group_0__0__Impl"
    // InternalPtl.g:6290:1: rule__Negation__Group_0__0__Impl : ( () ) ;
    public final void rule__Negation__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6294:1: ( ( () ) )
            // InternalPtl.g:6295:1: ( () )
            {
            // InternalPtl.g:6295:1: ( () )
            // InternalPtl.g:6296:2: ()
            {
             before(grammarAccess.getNegationAccess().getNotPredicateAction_0_0()); 
            // InternalPtl.g:6297:2: ()
            // InternalPtl.g:6297:3: 
            {
            }

             after(grammarAccess.getNegationAccess().getNotPredicateAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__0__Impl"


    // $ANTLR start "rule__Negation__Group_0__1"
    // InternalPtl.g:6305:1: rule__Negation__Group_0__1 : rule__Negation__Group_0__1__Impl rule__Negation__Group_0__2 ;
    public final void rule__Negation__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6309:1: ( rule__Negation__Group_0__1__Impl rule__Negation__Group_0__2 )
            // InternalPtl.g:6310:2: rule__Negation__Group_0__1__Impl rule__Negation__Group_0__2
            {
            pushFollow(FOLLOW_56);
            rule__Negation__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Negation__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__1"


    // $ANTLR start "rule__Negation__Group_0__1__Impl"
    // InternalPtl.g:6317:1: rule__Negation__Group_0__1__Impl : ( 'not' ) ;
    public final void rule__Negation__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6321:1: ( ( 'not' ) )
            // InternalPtl.g:6322:1: ( 'not' )
            {
            // InternalPtl.g:6322:1: ( 'not' )
            // InternalPtl.g:6323:2: 'not'
            {
             before(grammarAccess.getNegationAccess().getNotKeyword_0_1()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getNegationAccess().getNotKeyword_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__1__Impl"


    // $ANTLR start "rule__Negation__Group_0__2"
    // InternalPtl.g:6332:1: rule__Negation__Group_0__2 : rule__Negation__Group_0__2__Impl ;
    public final void rule__Negation__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6336:1: ( rule__Negation__Group_0__2__Impl )
            // InternalPtl.g:6337:2: rule__Negation__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Negation__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__2"


    // $ANTLR start "rule__Negation__Group_0__2__Impl"
    // InternalPtl.g:6343:1: rule__Negation__Group_0__2__Impl : ( ( rule__Negation__OperandAssignment_0_2 ) ) ;
    public final void rule__Negation__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6347:1: ( ( ( rule__Negation__OperandAssignment_0_2 ) ) )
            // InternalPtl.g:6348:1: ( ( rule__Negation__OperandAssignment_0_2 ) )
            {
            // InternalPtl.g:6348:1: ( ( rule__Negation__OperandAssignment_0_2 ) )
            // InternalPtl.g:6349:2: ( rule__Negation__OperandAssignment_0_2 )
            {
             before(grammarAccess.getNegationAccess().getOperandAssignment_0_2()); 
            // InternalPtl.g:6350:2: ( rule__Negation__OperandAssignment_0_2 )
            // InternalPtl.g:6350:3: rule__Negation__OperandAssignment_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Negation__OperandAssignment_0_2();

            state._fsp--;


            }

             after(grammarAccess.getNegationAccess().getOperandAssignment_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__Group_0__2__Impl"


    // $ANTLR start "rule__Primary__Group_0__0"
    // InternalPtl.g:6359:1: rule__Primary__Group_0__0 : rule__Primary__Group_0__0__Impl rule__Primary__Group_0__1 ;
    public final void rule__Primary__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6363:1: ( rule__Primary__Group_0__0__Impl rule__Primary__Group_0__1 )
            // InternalPtl.g:6364:2: rule__Primary__Group_0__0__Impl rule__Primary__Group_0__1
            {
            pushFollow(FOLLOW_56);
            rule__Primary__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Primary__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__0"


    // $ANTLR start "rule__Primary__Group_0__0__Impl"
    // InternalPtl.g:6371:1: rule__Primary__Group_0__0__Impl : ( '(' ) ;
    public final void rule__Primary__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6375:1: ( ( '(' ) )
            // InternalPtl.g:6376:1: ( '(' )
            {
            // InternalPtl.g:6376:1: ( '(' )
            // InternalPtl.g:6377:2: '('
            {
             before(grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_0_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__0__Impl"


    // $ANTLR start "rule__Primary__Group_0__1"
    // InternalPtl.g:6386:1: rule__Primary__Group_0__1 : rule__Primary__Group_0__1__Impl rule__Primary__Group_0__2 ;
    public final void rule__Primary__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6390:1: ( rule__Primary__Group_0__1__Impl rule__Primary__Group_0__2 )
            // InternalPtl.g:6391:2: rule__Primary__Group_0__1__Impl rule__Primary__Group_0__2
            {
            pushFollow(FOLLOW_63);
            rule__Primary__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Primary__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__1"


    // $ANTLR start "rule__Primary__Group_0__1__Impl"
    // InternalPtl.g:6398:1: rule__Primary__Group_0__1__Impl : ( ruleImplication ) ;
    public final void rule__Primary__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6402:1: ( ( ruleImplication ) )
            // InternalPtl.g:6403:1: ( ruleImplication )
            {
            // InternalPtl.g:6403:1: ( ruleImplication )
            // InternalPtl.g:6404:2: ruleImplication
            {
             before(grammarAccess.getPrimaryAccess().getImplicationParserRuleCall_0_1()); 
            pushFollow(FOLLOW_2);
            ruleImplication();

            state._fsp--;

             after(grammarAccess.getPrimaryAccess().getImplicationParserRuleCall_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__1__Impl"


    // $ANTLR start "rule__Primary__Group_0__2"
    // InternalPtl.g:6413:1: rule__Primary__Group_0__2 : rule__Primary__Group_0__2__Impl ;
    public final void rule__Primary__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6417:1: ( rule__Primary__Group_0__2__Impl )
            // InternalPtl.g:6418:2: rule__Primary__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Primary__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__2"


    // $ANTLR start "rule__Primary__Group_0__2__Impl"
    // InternalPtl.g:6424:1: rule__Primary__Group_0__2__Impl : ( ')' ) ;
    public final void rule__Primary__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6428:1: ( ( ')' ) )
            // InternalPtl.g:6429:1: ( ')' )
            {
            // InternalPtl.g:6429:1: ( ')' )
            // InternalPtl.g:6430:2: ')'
            {
             before(grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_0_2()); 
            match(input,79,FOLLOW_2); 
             after(grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Primary__Group_0__2__Impl"


    // $ANTLR start "rule__Quantified__Group__0"
    // InternalPtl.g:6440:1: rule__Quantified__Group__0 : rule__Quantified__Group__0__Impl rule__Quantified__Group__1 ;
    public final void rule__Quantified__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6444:1: ( rule__Quantified__Group__0__Impl rule__Quantified__Group__1 )
            // InternalPtl.g:6445:2: rule__Quantified__Group__0__Impl rule__Quantified__Group__1
            {
            pushFollow(FOLLOW_64);
            rule__Quantified__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__0"


    // $ANTLR start "rule__Quantified__Group__0__Impl"
    // InternalPtl.g:6452:1: rule__Quantified__Group__0__Impl : ( ( rule__Quantified__Alternatives_0 ) ) ;
    public final void rule__Quantified__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6456:1: ( ( ( rule__Quantified__Alternatives_0 ) ) )
            // InternalPtl.g:6457:1: ( ( rule__Quantified__Alternatives_0 ) )
            {
            // InternalPtl.g:6457:1: ( ( rule__Quantified__Alternatives_0 ) )
            // InternalPtl.g:6458:2: ( rule__Quantified__Alternatives_0 )
            {
             before(grammarAccess.getQuantifiedAccess().getAlternatives_0()); 
            // InternalPtl.g:6459:2: ( rule__Quantified__Alternatives_0 )
            // InternalPtl.g:6459:3: rule__Quantified__Alternatives_0
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Alternatives_0();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getAlternatives_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__0__Impl"


    // $ANTLR start "rule__Quantified__Group__1"
    // InternalPtl.g:6467:1: rule__Quantified__Group__1 : rule__Quantified__Group__1__Impl rule__Quantified__Group__2 ;
    public final void rule__Quantified__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6471:1: ( rule__Quantified__Group__1__Impl rule__Quantified__Group__2 )
            // InternalPtl.g:6472:2: rule__Quantified__Group__1__Impl rule__Quantified__Group__2
            {
            pushFollow(FOLLOW_65);
            rule__Quantified__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__1"


    // $ANTLR start "rule__Quantified__Group__1__Impl"
    // InternalPtl.g:6479:1: rule__Quantified__Group__1__Impl : ( ( rule__Quantified__Alternatives_1 ) ) ;
    public final void rule__Quantified__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6483:1: ( ( ( rule__Quantified__Alternatives_1 ) ) )
            // InternalPtl.g:6484:1: ( ( rule__Quantified__Alternatives_1 ) )
            {
            // InternalPtl.g:6484:1: ( ( rule__Quantified__Alternatives_1 ) )
            // InternalPtl.g:6485:2: ( rule__Quantified__Alternatives_1 )
            {
             before(grammarAccess.getQuantifiedAccess().getAlternatives_1()); 
            // InternalPtl.g:6486:2: ( rule__Quantified__Alternatives_1 )
            // InternalPtl.g:6486:3: rule__Quantified__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__1__Impl"


    // $ANTLR start "rule__Quantified__Group__2"
    // InternalPtl.g:6494:1: rule__Quantified__Group__2 : rule__Quantified__Group__2__Impl rule__Quantified__Group__3 ;
    public final void rule__Quantified__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6498:1: ( rule__Quantified__Group__2__Impl rule__Quantified__Group__3 )
            // InternalPtl.g:6499:2: rule__Quantified__Group__2__Impl rule__Quantified__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Quantified__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__2"


    // $ANTLR start "rule__Quantified__Group__2__Impl"
    // InternalPtl.g:6506:1: rule__Quantified__Group__2__Impl : ( 'in' ) ;
    public final void rule__Quantified__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6510:1: ( ( 'in' ) )
            // InternalPtl.g:6511:1: ( 'in' )
            {
            // InternalPtl.g:6511:1: ( 'in' )
            // InternalPtl.g:6512:2: 'in'
            {
             before(grammarAccess.getQuantifiedAccess().getInKeyword_2()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getInKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__2__Impl"


    // $ANTLR start "rule__Quantified__Group__3"
    // InternalPtl.g:6521:1: rule__Quantified__Group__3 : rule__Quantified__Group__3__Impl rule__Quantified__Group__4 ;
    public final void rule__Quantified__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6525:1: ( rule__Quantified__Group__3__Impl rule__Quantified__Group__4 )
            // InternalPtl.g:6526:2: rule__Quantified__Group__3__Impl rule__Quantified__Group__4
            {
            pushFollow(FOLLOW_8);
            rule__Quantified__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__3"


    // $ANTLR start "rule__Quantified__Group__3__Impl"
    // InternalPtl.g:6533:1: rule__Quantified__Group__3__Impl : ( '{' ) ;
    public final void rule__Quantified__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6537:1: ( ( '{' ) )
            // InternalPtl.g:6538:1: ( '{' )
            {
            // InternalPtl.g:6538:1: ( '{' )
            // InternalPtl.g:6539:2: '{'
            {
             before(grammarAccess.getQuantifiedAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__3__Impl"


    // $ANTLR start "rule__Quantified__Group__4"
    // InternalPtl.g:6548:1: rule__Quantified__Group__4 : rule__Quantified__Group__4__Impl rule__Quantified__Group__5 ;
    public final void rule__Quantified__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6552:1: ( rule__Quantified__Group__4__Impl rule__Quantified__Group__5 )
            // InternalPtl.g:6553:2: rule__Quantified__Group__4__Impl rule__Quantified__Group__5
            {
            pushFollow(FOLLOW_33);
            rule__Quantified__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__4"


    // $ANTLR start "rule__Quantified__Group__4__Impl"
    // InternalPtl.g:6560:1: rule__Quantified__Group__4__Impl : ( ( rule__Quantified__StatesAssignment_4 ) ) ;
    public final void rule__Quantified__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6564:1: ( ( ( rule__Quantified__StatesAssignment_4 ) ) )
            // InternalPtl.g:6565:1: ( ( rule__Quantified__StatesAssignment_4 ) )
            {
            // InternalPtl.g:6565:1: ( ( rule__Quantified__StatesAssignment_4 ) )
            // InternalPtl.g:6566:2: ( rule__Quantified__StatesAssignment_4 )
            {
             before(grammarAccess.getQuantifiedAccess().getStatesAssignment_4()); 
            // InternalPtl.g:6567:2: ( rule__Quantified__StatesAssignment_4 )
            // InternalPtl.g:6567:3: rule__Quantified__StatesAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__StatesAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getStatesAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__4__Impl"


    // $ANTLR start "rule__Quantified__Group__5"
    // InternalPtl.g:6575:1: rule__Quantified__Group__5 : rule__Quantified__Group__5__Impl rule__Quantified__Group__6 ;
    public final void rule__Quantified__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6579:1: ( rule__Quantified__Group__5__Impl rule__Quantified__Group__6 )
            // InternalPtl.g:6580:2: rule__Quantified__Group__5__Impl rule__Quantified__Group__6
            {
            pushFollow(FOLLOW_33);
            rule__Quantified__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__5"


    // $ANTLR start "rule__Quantified__Group__5__Impl"
    // InternalPtl.g:6587:1: rule__Quantified__Group__5__Impl : ( ( rule__Quantified__Group_5__0 )* ) ;
    public final void rule__Quantified__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6591:1: ( ( ( rule__Quantified__Group_5__0 )* ) )
            // InternalPtl.g:6592:1: ( ( rule__Quantified__Group_5__0 )* )
            {
            // InternalPtl.g:6592:1: ( ( rule__Quantified__Group_5__0 )* )
            // InternalPtl.g:6593:2: ( rule__Quantified__Group_5__0 )*
            {
             before(grammarAccess.getQuantifiedAccess().getGroup_5()); 
            // InternalPtl.g:6594:2: ( rule__Quantified__Group_5__0 )*
            loop65:
            do {
                int alt65=2;
                int LA65_0 = input.LA(1);

                if ( (LA65_0==57) ) {
                    alt65=1;
                }


                switch (alt65) {
            	case 1 :
            	    // InternalPtl.g:6594:3: rule__Quantified__Group_5__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Quantified__Group_5__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop65;
                }
            } while (true);

             after(grammarAccess.getQuantifiedAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__5__Impl"


    // $ANTLR start "rule__Quantified__Group__6"
    // InternalPtl.g:6602:1: rule__Quantified__Group__6 : rule__Quantified__Group__6__Impl ;
    public final void rule__Quantified__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6606:1: ( rule__Quantified__Group__6__Impl )
            // InternalPtl.g:6607:2: rule__Quantified__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__6"


    // $ANTLR start "rule__Quantified__Group__6__Impl"
    // InternalPtl.g:6613:1: rule__Quantified__Group__6__Impl : ( '}' ) ;
    public final void rule__Quantified__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6617:1: ( ( '}' ) )
            // InternalPtl.g:6618:1: ( '}' )
            {
            // InternalPtl.g:6618:1: ( '}' )
            // InternalPtl.g:6619:2: '}'
            {
             before(grammarAccess.getQuantifiedAccess().getRightCurlyBracketKeyword_6()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group__6__Impl"


    // $ANTLR start "rule__Quantified__Group_0_0__0"
    // InternalPtl.g:6629:1: rule__Quantified__Group_0_0__0 : rule__Quantified__Group_0_0__0__Impl rule__Quantified__Group_0_0__1 ;
    public final void rule__Quantified__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6633:1: ( rule__Quantified__Group_0_0__0__Impl rule__Quantified__Group_0_0__1 )
            // InternalPtl.g:6634:2: rule__Quantified__Group_0_0__0__Impl rule__Quantified__Group_0_0__1
            {
            pushFollow(FOLLOW_66);
            rule__Quantified__Group_0_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_0_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_0__0"


    // $ANTLR start "rule__Quantified__Group_0_0__0__Impl"
    // InternalPtl.g:6641:1: rule__Quantified__Group_0_0__0__Impl : ( 'exactly' ) ;
    public final void rule__Quantified__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6645:1: ( ( 'exactly' ) )
            // InternalPtl.g:6646:1: ( 'exactly' )
            {
            // InternalPtl.g:6646:1: ( 'exactly' )
            // InternalPtl.g:6647:2: 'exactly'
            {
             before(grammarAccess.getQuantifiedAccess().getExactlyKeyword_0_0_0()); 
            match(input,81,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getExactlyKeyword_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_0__0__Impl"


    // $ANTLR start "rule__Quantified__Group_0_0__1"
    // InternalPtl.g:6656:1: rule__Quantified__Group_0_0__1 : rule__Quantified__Group_0_0__1__Impl ;
    public final void rule__Quantified__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6660:1: ( rule__Quantified__Group_0_0__1__Impl )
            // InternalPtl.g:6661:2: rule__Quantified__Group_0_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group_0_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_0__1"


    // $ANTLR start "rule__Quantified__Group_0_0__1__Impl"
    // InternalPtl.g:6667:1: rule__Quantified__Group_0_0__1__Impl : ( ( rule__Quantified__QuantifierAssignment_0_0_1 ) ) ;
    public final void rule__Quantified__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6671:1: ( ( ( rule__Quantified__QuantifierAssignment_0_0_1 ) ) )
            // InternalPtl.g:6672:1: ( ( rule__Quantified__QuantifierAssignment_0_0_1 ) )
            {
            // InternalPtl.g:6672:1: ( ( rule__Quantified__QuantifierAssignment_0_0_1 ) )
            // InternalPtl.g:6673:2: ( rule__Quantified__QuantifierAssignment_0_0_1 )
            {
             before(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_0_1()); 
            // InternalPtl.g:6674:2: ( rule__Quantified__QuantifierAssignment_0_0_1 )
            // InternalPtl.g:6674:3: rule__Quantified__QuantifierAssignment_0_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__QuantifierAssignment_0_0_1();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_0__1__Impl"


    // $ANTLR start "rule__Quantified__Group_0_1__0"
    // InternalPtl.g:6683:1: rule__Quantified__Group_0_1__0 : rule__Quantified__Group_0_1__0__Impl rule__Quantified__Group_0_1__1 ;
    public final void rule__Quantified__Group_0_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6687:1: ( rule__Quantified__Group_0_1__0__Impl rule__Quantified__Group_0_1__1 )
            // InternalPtl.g:6688:2: rule__Quantified__Group_0_1__0__Impl rule__Quantified__Group_0_1__1
            {
            pushFollow(FOLLOW_67);
            rule__Quantified__Group_0_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_0_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__0"


    // $ANTLR start "rule__Quantified__Group_0_1__0__Impl"
    // InternalPtl.g:6695:1: rule__Quantified__Group_0_1__0__Impl : ( 'at' ) ;
    public final void rule__Quantified__Group_0_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6699:1: ( ( 'at' ) )
            // InternalPtl.g:6700:1: ( 'at' )
            {
            // InternalPtl.g:6700:1: ( 'at' )
            // InternalPtl.g:6701:2: 'at'
            {
             before(grammarAccess.getQuantifiedAccess().getAtKeyword_0_1_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getAtKeyword_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__0__Impl"


    // $ANTLR start "rule__Quantified__Group_0_1__1"
    // InternalPtl.g:6710:1: rule__Quantified__Group_0_1__1 : rule__Quantified__Group_0_1__1__Impl rule__Quantified__Group_0_1__2 ;
    public final void rule__Quantified__Group_0_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6714:1: ( rule__Quantified__Group_0_1__1__Impl rule__Quantified__Group_0_1__2 )
            // InternalPtl.g:6715:2: rule__Quantified__Group_0_1__1__Impl rule__Quantified__Group_0_1__2
            {
            pushFollow(FOLLOW_66);
            rule__Quantified__Group_0_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_0_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__1"


    // $ANTLR start "rule__Quantified__Group_0_1__1__Impl"
    // InternalPtl.g:6722:1: rule__Quantified__Group_0_1__1__Impl : ( 'most' ) ;
    public final void rule__Quantified__Group_0_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6726:1: ( ( 'most' ) )
            // InternalPtl.g:6727:1: ( 'most' )
            {
            // InternalPtl.g:6727:1: ( 'most' )
            // InternalPtl.g:6728:2: 'most'
            {
             before(grammarAccess.getQuantifiedAccess().getMostKeyword_0_1_1()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getMostKeyword_0_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__1__Impl"


    // $ANTLR start "rule__Quantified__Group_0_1__2"
    // InternalPtl.g:6737:1: rule__Quantified__Group_0_1__2 : rule__Quantified__Group_0_1__2__Impl ;
    public final void rule__Quantified__Group_0_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6741:1: ( rule__Quantified__Group_0_1__2__Impl )
            // InternalPtl.g:6742:2: rule__Quantified__Group_0_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group_0_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__2"


    // $ANTLR start "rule__Quantified__Group_0_1__2__Impl"
    // InternalPtl.g:6748:1: rule__Quantified__Group_0_1__2__Impl : ( ( rule__Quantified__QuantifierAssignment_0_1_2 ) ) ;
    public final void rule__Quantified__Group_0_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6752:1: ( ( ( rule__Quantified__QuantifierAssignment_0_1_2 ) ) )
            // InternalPtl.g:6753:1: ( ( rule__Quantified__QuantifierAssignment_0_1_2 ) )
            {
            // InternalPtl.g:6753:1: ( ( rule__Quantified__QuantifierAssignment_0_1_2 ) )
            // InternalPtl.g:6754:2: ( rule__Quantified__QuantifierAssignment_0_1_2 )
            {
             before(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_1_2()); 
            // InternalPtl.g:6755:2: ( rule__Quantified__QuantifierAssignment_0_1_2 )
            // InternalPtl.g:6755:3: rule__Quantified__QuantifierAssignment_0_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__QuantifierAssignment_0_1_2();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getQuantifierAssignment_0_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_0_1__2__Impl"


    // $ANTLR start "rule__Quantified__Group_1_1__0"
    // InternalPtl.g:6764:1: rule__Quantified__Group_1_1__0 : rule__Quantified__Group_1_1__0__Impl rule__Quantified__Group_1_1__1 ;
    public final void rule__Quantified__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6768:1: ( rule__Quantified__Group_1_1__0__Impl rule__Quantified__Group_1_1__1 )
            // InternalPtl.g:6769:2: rule__Quantified__Group_1_1__0__Impl rule__Quantified__Group_1_1__1
            {
            pushFollow(FOLLOW_8);
            rule__Quantified__Group_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__0"


    // $ANTLR start "rule__Quantified__Group_1_1__0__Impl"
    // InternalPtl.g:6776:1: rule__Quantified__Group_1_1__0__Impl : ( 'of' ) ;
    public final void rule__Quantified__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6780:1: ( ( 'of' ) )
            // InternalPtl.g:6781:1: ( 'of' )
            {
            // InternalPtl.g:6781:1: ( 'of' )
            // InternalPtl.g:6782:2: 'of'
            {
             before(grammarAccess.getQuantifiedAccess().getOfKeyword_1_1_0()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getOfKeyword_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__0__Impl"


    // $ANTLR start "rule__Quantified__Group_1_1__1"
    // InternalPtl.g:6791:1: rule__Quantified__Group_1_1__1 : rule__Quantified__Group_1_1__1__Impl rule__Quantified__Group_1_1__2 ;
    public final void rule__Quantified__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6795:1: ( rule__Quantified__Group_1_1__1__Impl rule__Quantified__Group_1_1__2 )
            // InternalPtl.g:6796:2: rule__Quantified__Group_1_1__1__Impl rule__Quantified__Group_1_1__2
            {
            pushFollow(FOLLOW_22);
            rule__Quantified__Group_1_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_1_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__1"


    // $ANTLR start "rule__Quantified__Group_1_1__1__Impl"
    // InternalPtl.g:6803:1: rule__Quantified__Group_1_1__1__Impl : ( ( rule__Quantified__ComponentsAssignment_1_1_1 ) ) ;
    public final void rule__Quantified__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6807:1: ( ( ( rule__Quantified__ComponentsAssignment_1_1_1 ) ) )
            // InternalPtl.g:6808:1: ( ( rule__Quantified__ComponentsAssignment_1_1_1 ) )
            {
            // InternalPtl.g:6808:1: ( ( rule__Quantified__ComponentsAssignment_1_1_1 ) )
            // InternalPtl.g:6809:2: ( rule__Quantified__ComponentsAssignment_1_1_1 )
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsAssignment_1_1_1()); 
            // InternalPtl.g:6810:2: ( rule__Quantified__ComponentsAssignment_1_1_1 )
            // InternalPtl.g:6810:3: rule__Quantified__ComponentsAssignment_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__ComponentsAssignment_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getComponentsAssignment_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__1__Impl"


    // $ANTLR start "rule__Quantified__Group_1_1__2"
    // InternalPtl.g:6818:1: rule__Quantified__Group_1_1__2 : rule__Quantified__Group_1_1__2__Impl ;
    public final void rule__Quantified__Group_1_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6822:1: ( rule__Quantified__Group_1_1__2__Impl )
            // InternalPtl.g:6823:2: rule__Quantified__Group_1_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group_1_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__2"


    // $ANTLR start "rule__Quantified__Group_1_1__2__Impl"
    // InternalPtl.g:6829:1: rule__Quantified__Group_1_1__2__Impl : ( ( rule__Quantified__Group_1_1_2__0 )* ) ;
    public final void rule__Quantified__Group_1_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6833:1: ( ( ( rule__Quantified__Group_1_1_2__0 )* ) )
            // InternalPtl.g:6834:1: ( ( rule__Quantified__Group_1_1_2__0 )* )
            {
            // InternalPtl.g:6834:1: ( ( rule__Quantified__Group_1_1_2__0 )* )
            // InternalPtl.g:6835:2: ( rule__Quantified__Group_1_1_2__0 )*
            {
             before(grammarAccess.getQuantifiedAccess().getGroup_1_1_2()); 
            // InternalPtl.g:6836:2: ( rule__Quantified__Group_1_1_2__0 )*
            loop66:
            do {
                int alt66=2;
                int LA66_0 = input.LA(1);

                if ( (LA66_0==57) ) {
                    alt66=1;
                }


                switch (alt66) {
            	case 1 :
            	    // InternalPtl.g:6836:3: rule__Quantified__Group_1_1_2__0
            	    {
            	    pushFollow(FOLLOW_23);
            	    rule__Quantified__Group_1_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop66;
                }
            } while (true);

             after(grammarAccess.getQuantifiedAccess().getGroup_1_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1__2__Impl"


    // $ANTLR start "rule__Quantified__Group_1_1_2__0"
    // InternalPtl.g:6845:1: rule__Quantified__Group_1_1_2__0 : rule__Quantified__Group_1_1_2__0__Impl rule__Quantified__Group_1_1_2__1 ;
    public final void rule__Quantified__Group_1_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6849:1: ( rule__Quantified__Group_1_1_2__0__Impl rule__Quantified__Group_1_1_2__1 )
            // InternalPtl.g:6850:2: rule__Quantified__Group_1_1_2__0__Impl rule__Quantified__Group_1_1_2__1
            {
            pushFollow(FOLLOW_8);
            rule__Quantified__Group_1_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_1_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1_2__0"


    // $ANTLR start "rule__Quantified__Group_1_1_2__0__Impl"
    // InternalPtl.g:6857:1: rule__Quantified__Group_1_1_2__0__Impl : ( ',' ) ;
    public final void rule__Quantified__Group_1_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6861:1: ( ( ',' ) )
            // InternalPtl.g:6862:1: ( ',' )
            {
            // InternalPtl.g:6862:1: ( ',' )
            // InternalPtl.g:6863:2: ','
            {
             before(grammarAccess.getQuantifiedAccess().getCommaKeyword_1_1_2_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getCommaKeyword_1_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1_2__0__Impl"


    // $ANTLR start "rule__Quantified__Group_1_1_2__1"
    // InternalPtl.g:6872:1: rule__Quantified__Group_1_1_2__1 : rule__Quantified__Group_1_1_2__1__Impl ;
    public final void rule__Quantified__Group_1_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6876:1: ( rule__Quantified__Group_1_1_2__1__Impl )
            // InternalPtl.g:6877:2: rule__Quantified__Group_1_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group_1_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1_2__1"


    // $ANTLR start "rule__Quantified__Group_1_1_2__1__Impl"
    // InternalPtl.g:6883:1: rule__Quantified__Group_1_1_2__1__Impl : ( ( rule__Quantified__ComponentsAssignment_1_1_2_1 ) ) ;
    public final void rule__Quantified__Group_1_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6887:1: ( ( ( rule__Quantified__ComponentsAssignment_1_1_2_1 ) ) )
            // InternalPtl.g:6888:1: ( ( rule__Quantified__ComponentsAssignment_1_1_2_1 ) )
            {
            // InternalPtl.g:6888:1: ( ( rule__Quantified__ComponentsAssignment_1_1_2_1 ) )
            // InternalPtl.g:6889:2: ( rule__Quantified__ComponentsAssignment_1_1_2_1 )
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsAssignment_1_1_2_1()); 
            // InternalPtl.g:6890:2: ( rule__Quantified__ComponentsAssignment_1_1_2_1 )
            // InternalPtl.g:6890:3: rule__Quantified__ComponentsAssignment_1_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__ComponentsAssignment_1_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getComponentsAssignment_1_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_1_1_2__1__Impl"


    // $ANTLR start "rule__Quantified__Group_5__0"
    // InternalPtl.g:6899:1: rule__Quantified__Group_5__0 : rule__Quantified__Group_5__0__Impl rule__Quantified__Group_5__1 ;
    public final void rule__Quantified__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6903:1: ( rule__Quantified__Group_5__0__Impl rule__Quantified__Group_5__1 )
            // InternalPtl.g:6904:2: rule__Quantified__Group_5__0__Impl rule__Quantified__Group_5__1
            {
            pushFollow(FOLLOW_8);
            rule__Quantified__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Quantified__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_5__0"


    // $ANTLR start "rule__Quantified__Group_5__0__Impl"
    // InternalPtl.g:6911:1: rule__Quantified__Group_5__0__Impl : ( ',' ) ;
    public final void rule__Quantified__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6915:1: ( ( ',' ) )
            // InternalPtl.g:6916:1: ( ',' )
            {
            // InternalPtl.g:6916:1: ( ',' )
            // InternalPtl.g:6917:2: ','
            {
             before(grammarAccess.getQuantifiedAccess().getCommaKeyword_5_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getQuantifiedAccess().getCommaKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_5__0__Impl"


    // $ANTLR start "rule__Quantified__Group_5__1"
    // InternalPtl.g:6926:1: rule__Quantified__Group_5__1 : rule__Quantified__Group_5__1__Impl ;
    public final void rule__Quantified__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6930:1: ( rule__Quantified__Group_5__1__Impl )
            // InternalPtl.g:6931:2: rule__Quantified__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_5__1"


    // $ANTLR start "rule__Quantified__Group_5__1__Impl"
    // InternalPtl.g:6937:1: rule__Quantified__Group_5__1__Impl : ( ( rule__Quantified__StatesAssignment_5_1 ) ) ;
    public final void rule__Quantified__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6941:1: ( ( ( rule__Quantified__StatesAssignment_5_1 ) ) )
            // InternalPtl.g:6942:1: ( ( rule__Quantified__StatesAssignment_5_1 ) )
            {
            // InternalPtl.g:6942:1: ( ( rule__Quantified__StatesAssignment_5_1 ) )
            // InternalPtl.g:6943:2: ( rule__Quantified__StatesAssignment_5_1 )
            {
             before(grammarAccess.getQuantifiedAccess().getStatesAssignment_5_1()); 
            // InternalPtl.g:6944:2: ( rule__Quantified__StatesAssignment_5_1 )
            // InternalPtl.g:6944:3: rule__Quantified__StatesAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Quantified__StatesAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getQuantifiedAccess().getStatesAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__Group_5__1__Impl"


    // $ANTLR start "rule__Encoding__Group__0"
    // InternalPtl.g:6953:1: rule__Encoding__Group__0 : rule__Encoding__Group__0__Impl rule__Encoding__Group__1 ;
    public final void rule__Encoding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6957:1: ( rule__Encoding__Group__0__Impl rule__Encoding__Group__1 )
            // InternalPtl.g:6958:2: rule__Encoding__Group__0__Impl rule__Encoding__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Encoding__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__0"


    // $ANTLR start "rule__Encoding__Group__0__Impl"
    // InternalPtl.g:6965:1: rule__Encoding__Group__0__Impl : ( 'encoding' ) ;
    public final void rule__Encoding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6969:1: ( ( 'encoding' ) )
            // InternalPtl.g:6970:1: ( 'encoding' )
            {
            // InternalPtl.g:6970:1: ( 'encoding' )
            // InternalPtl.g:6971:2: 'encoding'
            {
             before(grammarAccess.getEncodingAccess().getEncodingKeyword_0()); 
            match(input,84,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getEncodingKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__0__Impl"


    // $ANTLR start "rule__Encoding__Group__1"
    // InternalPtl.g:6980:1: rule__Encoding__Group__1 : rule__Encoding__Group__1__Impl rule__Encoding__Group__2 ;
    public final void rule__Encoding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6984:1: ( rule__Encoding__Group__1__Impl rule__Encoding__Group__2 )
            // InternalPtl.g:6985:2: rule__Encoding__Group__1__Impl rule__Encoding__Group__2
            {
            pushFollow(FOLLOW_68);
            rule__Encoding__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__1"


    // $ANTLR start "rule__Encoding__Group__1__Impl"
    // InternalPtl.g:6992:1: rule__Encoding__Group__1__Impl : ( ( rule__Encoding__NameAssignment_1 ) ) ;
    public final void rule__Encoding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:6996:1: ( ( ( rule__Encoding__NameAssignment_1 ) ) )
            // InternalPtl.g:6997:1: ( ( rule__Encoding__NameAssignment_1 ) )
            {
            // InternalPtl.g:6997:1: ( ( rule__Encoding__NameAssignment_1 ) )
            // InternalPtl.g:6998:2: ( rule__Encoding__NameAssignment_1 )
            {
             before(grammarAccess.getEncodingAccess().getNameAssignment_1()); 
            // InternalPtl.g:6999:2: ( rule__Encoding__NameAssignment_1 )
            // InternalPtl.g:6999:3: rule__Encoding__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Encoding__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEncodingAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__1__Impl"


    // $ANTLR start "rule__Encoding__Group__2"
    // InternalPtl.g:7007:1: rule__Encoding__Group__2 : rule__Encoding__Group__2__Impl rule__Encoding__Group__3 ;
    public final void rule__Encoding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7011:1: ( rule__Encoding__Group__2__Impl rule__Encoding__Group__3 )
            // InternalPtl.g:7012:2: rule__Encoding__Group__2__Impl rule__Encoding__Group__3
            {
            pushFollow(FOLLOW_8);
            rule__Encoding__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__2"


    // $ANTLR start "rule__Encoding__Group__2__Impl"
    // InternalPtl.g:7019:1: rule__Encoding__Group__2__Impl : ( 'of' ) ;
    public final void rule__Encoding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7023:1: ( ( 'of' ) )
            // InternalPtl.g:7024:1: ( 'of' )
            {
            // InternalPtl.g:7024:1: ( 'of' )
            // InternalPtl.g:7025:2: 'of'
            {
             before(grammarAccess.getEncodingAccess().getOfKeyword_2()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getOfKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__2__Impl"


    // $ANTLR start "rule__Encoding__Group__3"
    // InternalPtl.g:7034:1: rule__Encoding__Group__3 : rule__Encoding__Group__3__Impl rule__Encoding__Group__4 ;
    public final void rule__Encoding__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7038:1: ( rule__Encoding__Group__3__Impl rule__Encoding__Group__4 )
            // InternalPtl.g:7039:2: rule__Encoding__Group__3__Impl rule__Encoding__Group__4
            {
            pushFollow(FOLLOW_65);
            rule__Encoding__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__3"


    // $ANTLR start "rule__Encoding__Group__3__Impl"
    // InternalPtl.g:7046:1: rule__Encoding__Group__3__Impl : ( ( rule__Encoding__ModelAssignment_3 ) ) ;
    public final void rule__Encoding__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7050:1: ( ( ( rule__Encoding__ModelAssignment_3 ) ) )
            // InternalPtl.g:7051:1: ( ( rule__Encoding__ModelAssignment_3 ) )
            {
            // InternalPtl.g:7051:1: ( ( rule__Encoding__ModelAssignment_3 ) )
            // InternalPtl.g:7052:2: ( rule__Encoding__ModelAssignment_3 )
            {
             before(grammarAccess.getEncodingAccess().getModelAssignment_3()); 
            // InternalPtl.g:7053:2: ( rule__Encoding__ModelAssignment_3 )
            // InternalPtl.g:7053:3: rule__Encoding__ModelAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Encoding__ModelAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getEncodingAccess().getModelAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__3__Impl"


    // $ANTLR start "rule__Encoding__Group__4"
    // InternalPtl.g:7061:1: rule__Encoding__Group__4 : rule__Encoding__Group__4__Impl rule__Encoding__Group__5 ;
    public final void rule__Encoding__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7065:1: ( rule__Encoding__Group__4__Impl rule__Encoding__Group__5 )
            // InternalPtl.g:7066:2: rule__Encoding__Group__4__Impl rule__Encoding__Group__5
            {
            pushFollow(FOLLOW_8);
            rule__Encoding__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__4"


    // $ANTLR start "rule__Encoding__Group__4__Impl"
    // InternalPtl.g:7073:1: rule__Encoding__Group__4__Impl : ( 'in' ) ;
    public final void rule__Encoding__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7077:1: ( ( 'in' ) )
            // InternalPtl.g:7078:1: ( 'in' )
            {
            // InternalPtl.g:7078:1: ( 'in' )
            // InternalPtl.g:7079:2: 'in'
            {
             before(grammarAccess.getEncodingAccess().getInKeyword_4()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getInKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__4__Impl"


    // $ANTLR start "rule__Encoding__Group__5"
    // InternalPtl.g:7088:1: rule__Encoding__Group__5 : rule__Encoding__Group__5__Impl rule__Encoding__Group__6 ;
    public final void rule__Encoding__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7092:1: ( rule__Encoding__Group__5__Impl rule__Encoding__Group__6 )
            // InternalPtl.g:7093:2: rule__Encoding__Group__5__Impl rule__Encoding__Group__6
            {
            pushFollow(FOLLOW_9);
            rule__Encoding__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__5"


    // $ANTLR start "rule__Encoding__Group__5__Impl"
    // InternalPtl.g:7100:1: rule__Encoding__Group__5__Impl : ( ( rule__Encoding__ClaimAssignment_5 ) ) ;
    public final void rule__Encoding__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7104:1: ( ( ( rule__Encoding__ClaimAssignment_5 ) ) )
            // InternalPtl.g:7105:1: ( ( rule__Encoding__ClaimAssignment_5 ) )
            {
            // InternalPtl.g:7105:1: ( ( rule__Encoding__ClaimAssignment_5 ) )
            // InternalPtl.g:7106:2: ( rule__Encoding__ClaimAssignment_5 )
            {
             before(grammarAccess.getEncodingAccess().getClaimAssignment_5()); 
            // InternalPtl.g:7107:2: ( rule__Encoding__ClaimAssignment_5 )
            // InternalPtl.g:7107:3: rule__Encoding__ClaimAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Encoding__ClaimAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getEncodingAccess().getClaimAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__5__Impl"


    // $ANTLR start "rule__Encoding__Group__6"
    // InternalPtl.g:7115:1: rule__Encoding__Group__6 : rule__Encoding__Group__6__Impl rule__Encoding__Group__7 ;
    public final void rule__Encoding__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7119:1: ( rule__Encoding__Group__6__Impl rule__Encoding__Group__7 )
            // InternalPtl.g:7120:2: rule__Encoding__Group__6__Impl rule__Encoding__Group__7
            {
            pushFollow(FOLLOW_9);
            rule__Encoding__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__6"


    // $ANTLR start "rule__Encoding__Group__6__Impl"
    // InternalPtl.g:7127:1: rule__Encoding__Group__6__Impl : ( ( rule__Encoding__DescriptionAssignment_6 )? ) ;
    public final void rule__Encoding__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7131:1: ( ( ( rule__Encoding__DescriptionAssignment_6 )? ) )
            // InternalPtl.g:7132:1: ( ( rule__Encoding__DescriptionAssignment_6 )? )
            {
            // InternalPtl.g:7132:1: ( ( rule__Encoding__DescriptionAssignment_6 )? )
            // InternalPtl.g:7133:2: ( rule__Encoding__DescriptionAssignment_6 )?
            {
             before(grammarAccess.getEncodingAccess().getDescriptionAssignment_6()); 
            // InternalPtl.g:7134:2: ( rule__Encoding__DescriptionAssignment_6 )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( (LA67_0==RULE_STRING) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalPtl.g:7134:3: rule__Encoding__DescriptionAssignment_6
                    {
                    pushFollow(FOLLOW_2);
                    rule__Encoding__DescriptionAssignment_6();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEncodingAccess().getDescriptionAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__6__Impl"


    // $ANTLR start "rule__Encoding__Group__7"
    // InternalPtl.g:7142:1: rule__Encoding__Group__7 : rule__Encoding__Group__7__Impl rule__Encoding__Group__8 ;
    public final void rule__Encoding__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7146:1: ( rule__Encoding__Group__7__Impl rule__Encoding__Group__8 )
            // InternalPtl.g:7147:2: rule__Encoding__Group__7__Impl rule__Encoding__Group__8
            {
            pushFollow(FOLLOW_26);
            rule__Encoding__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__7"


    // $ANTLR start "rule__Encoding__Group__7__Impl"
    // InternalPtl.g:7154:1: rule__Encoding__Group__7__Impl : ( '{' ) ;
    public final void rule__Encoding__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7158:1: ( ( '{' ) )
            // InternalPtl.g:7159:1: ( '{' )
            {
            // InternalPtl.g:7159:1: ( '{' )
            // InternalPtl.g:7160:2: '{'
            {
             before(grammarAccess.getEncodingAccess().getLeftCurlyBracketKeyword_7()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getLeftCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__7__Impl"


    // $ANTLR start "rule__Encoding__Group__8"
    // InternalPtl.g:7169:1: rule__Encoding__Group__8 : rule__Encoding__Group__8__Impl rule__Encoding__Group__9 ;
    public final void rule__Encoding__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7173:1: ( rule__Encoding__Group__8__Impl rule__Encoding__Group__9 )
            // InternalPtl.g:7174:2: rule__Encoding__Group__8__Impl rule__Encoding__Group__9
            {
            pushFollow(FOLLOW_26);
            rule__Encoding__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Encoding__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__8"


    // $ANTLR start "rule__Encoding__Group__8__Impl"
    // InternalPtl.g:7181:1: rule__Encoding__Group__8__Impl : ( ( rule__Encoding__Alternatives_8 )* ) ;
    public final void rule__Encoding__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7185:1: ( ( ( rule__Encoding__Alternatives_8 )* ) )
            // InternalPtl.g:7186:1: ( ( rule__Encoding__Alternatives_8 )* )
            {
            // InternalPtl.g:7186:1: ( ( rule__Encoding__Alternatives_8 )* )
            // InternalPtl.g:7187:2: ( rule__Encoding__Alternatives_8 )*
            {
             before(grammarAccess.getEncodingAccess().getAlternatives_8()); 
            // InternalPtl.g:7188:2: ( rule__Encoding__Alternatives_8 )*
            loop68:
            do {
                int alt68=2;
                int LA68_0 = input.LA(1);

                if ( (LA68_0==RULE_ID||LA68_0==16||(LA68_0>=25 && LA68_0<=36)) ) {
                    alt68=1;
                }


                switch (alt68) {
            	case 1 :
            	    // InternalPtl.g:7188:3: rule__Encoding__Alternatives_8
            	    {
            	    pushFollow(FOLLOW_27);
            	    rule__Encoding__Alternatives_8();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop68;
                }
            } while (true);

             after(grammarAccess.getEncodingAccess().getAlternatives_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__8__Impl"


    // $ANTLR start "rule__Encoding__Group__9"
    // InternalPtl.g:7196:1: rule__Encoding__Group__9 : rule__Encoding__Group__9__Impl ;
    public final void rule__Encoding__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7200:1: ( rule__Encoding__Group__9__Impl )
            // InternalPtl.g:7201:2: rule__Encoding__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Encoding__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__9"


    // $ANTLR start "rule__Encoding__Group__9__Impl"
    // InternalPtl.g:7207:1: rule__Encoding__Group__9__Impl : ( '}' ) ;
    public final void rule__Encoding__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7211:1: ( ( '}' ) )
            // InternalPtl.g:7212:1: ( '}' )
            {
            // InternalPtl.g:7212:1: ( '}' )
            // InternalPtl.g:7213:2: '}'
            {
             before(grammarAccess.getEncodingAccess().getRightCurlyBracketKeyword_9()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getRightCurlyBracketKeyword_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__Group__9__Impl"


    // $ANTLR start "rule__StateEncoding__Group__0"
    // InternalPtl.g:7223:1: rule__StateEncoding__Group__0 : rule__StateEncoding__Group__0__Impl rule__StateEncoding__Group__1 ;
    public final void rule__StateEncoding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7227:1: ( rule__StateEncoding__Group__0__Impl rule__StateEncoding__Group__1 )
            // InternalPtl.g:7228:2: rule__StateEncoding__Group__0__Impl rule__StateEncoding__Group__1
            {
            pushFollow(FOLLOW_69);
            rule__StateEncoding__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group__0"


    // $ANTLR start "rule__StateEncoding__Group__0__Impl"
    // InternalPtl.g:7235:1: rule__StateEncoding__Group__0__Impl : ( ( rule__StateEncoding__StateAssignment_0 ) ) ;
    public final void rule__StateEncoding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7239:1: ( ( ( rule__StateEncoding__StateAssignment_0 ) ) )
            // InternalPtl.g:7240:1: ( ( rule__StateEncoding__StateAssignment_0 ) )
            {
            // InternalPtl.g:7240:1: ( ( rule__StateEncoding__StateAssignment_0 ) )
            // InternalPtl.g:7241:2: ( rule__StateEncoding__StateAssignment_0 )
            {
             before(grammarAccess.getStateEncodingAccess().getStateAssignment_0()); 
            // InternalPtl.g:7242:2: ( rule__StateEncoding__StateAssignment_0 )
            // InternalPtl.g:7242:3: rule__StateEncoding__StateAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__StateAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getStateEncodingAccess().getStateAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group__0__Impl"


    // $ANTLR start "rule__StateEncoding__Group__1"
    // InternalPtl.g:7250:1: rule__StateEncoding__Group__1 : rule__StateEncoding__Group__1__Impl ;
    public final void rule__StateEncoding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7254:1: ( rule__StateEncoding__Group__1__Impl )
            // InternalPtl.g:7255:2: rule__StateEncoding__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group__1"


    // $ANTLR start "rule__StateEncoding__Group__1__Impl"
    // InternalPtl.g:7261:1: rule__StateEncoding__Group__1__Impl : ( ( rule__StateEncoding__Alternatives_1 ) ) ;
    public final void rule__StateEncoding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7265:1: ( ( ( rule__StateEncoding__Alternatives_1 ) ) )
            // InternalPtl.g:7266:1: ( ( rule__StateEncoding__Alternatives_1 ) )
            {
            // InternalPtl.g:7266:1: ( ( rule__StateEncoding__Alternatives_1 ) )
            // InternalPtl.g:7267:2: ( rule__StateEncoding__Alternatives_1 )
            {
             before(grammarAccess.getStateEncodingAccess().getAlternatives_1()); 
            // InternalPtl.g:7268:2: ( rule__StateEncoding__Alternatives_1 )
            // InternalPtl.g:7268:3: rule__StateEncoding__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getStateEncodingAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group__1__Impl"


    // $ANTLR start "rule__StateEncoding__Group_1_0__0"
    // InternalPtl.g:7277:1: rule__StateEncoding__Group_1_0__0 : rule__StateEncoding__Group_1_0__0__Impl rule__StateEncoding__Group_1_0__1 ;
    public final void rule__StateEncoding__Group_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7281:1: ( rule__StateEncoding__Group_1_0__0__Impl rule__StateEncoding__Group_1_0__1 )
            // InternalPtl.g:7282:2: rule__StateEncoding__Group_1_0__0__Impl rule__StateEncoding__Group_1_0__1
            {
            pushFollow(FOLLOW_31);
            rule__StateEncoding__Group_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_0__0"


    // $ANTLR start "rule__StateEncoding__Group_1_0__0__Impl"
    // InternalPtl.g:7289:1: rule__StateEncoding__Group_1_0__0__Impl : ( '=' ) ;
    public final void rule__StateEncoding__Group_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7293:1: ( ( '=' ) )
            // InternalPtl.g:7294:1: ( '=' )
            {
            // InternalPtl.g:7294:1: ( '=' )
            // InternalPtl.g:7295:2: '='
            {
             before(grammarAccess.getStateEncodingAccess().getEqualsSignKeyword_1_0_0()); 
            match(input,14,FOLLOW_2); 
             after(grammarAccess.getStateEncodingAccess().getEqualsSignKeyword_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_0__0__Impl"


    // $ANTLR start "rule__StateEncoding__Group_1_0__1"
    // InternalPtl.g:7304:1: rule__StateEncoding__Group_1_0__1 : rule__StateEncoding__Group_1_0__1__Impl ;
    public final void rule__StateEncoding__Group_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7308:1: ( rule__StateEncoding__Group_1_0__1__Impl )
            // InternalPtl.g:7309:2: rule__StateEncoding__Group_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_0__1"


    // $ANTLR start "rule__StateEncoding__Group_1_0__1__Impl"
    // InternalPtl.g:7315:1: rule__StateEncoding__Group_1_0__1__Impl : ( ( rule__StateEncoding__ValueAssignment_1_0_1 ) ) ;
    public final void rule__StateEncoding__Group_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7319:1: ( ( ( rule__StateEncoding__ValueAssignment_1_0_1 ) ) )
            // InternalPtl.g:7320:1: ( ( rule__StateEncoding__ValueAssignment_1_0_1 ) )
            {
            // InternalPtl.g:7320:1: ( ( rule__StateEncoding__ValueAssignment_1_0_1 ) )
            // InternalPtl.g:7321:2: ( rule__StateEncoding__ValueAssignment_1_0_1 )
            {
             before(grammarAccess.getStateEncodingAccess().getValueAssignment_1_0_1()); 
            // InternalPtl.g:7322:2: ( rule__StateEncoding__ValueAssignment_1_0_1 )
            // InternalPtl.g:7322:3: rule__StateEncoding__ValueAssignment_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__ValueAssignment_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getStateEncodingAccess().getValueAssignment_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_0__1__Impl"


    // $ANTLR start "rule__StateEncoding__Group_1_1__0"
    // InternalPtl.g:7331:1: rule__StateEncoding__Group_1_1__0 : rule__StateEncoding__Group_1_1__0__Impl rule__StateEncoding__Group_1_1__1 ;
    public final void rule__StateEncoding__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7335:1: ( rule__StateEncoding__Group_1_1__0__Impl rule__StateEncoding__Group_1_1__1 )
            // InternalPtl.g:7336:2: rule__StateEncoding__Group_1_1__0__Impl rule__StateEncoding__Group_1_1__1
            {
            pushFollow(FOLLOW_70);
            rule__StateEncoding__Group_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_1__0"


    // $ANTLR start "rule__StateEncoding__Group_1_1__0__Impl"
    // InternalPtl.g:7343:1: rule__StateEncoding__Group_1_1__0__Impl : ( ( rule__StateEncoding__NotEncodedAssignment_1_1_0 ) ) ;
    public final void rule__StateEncoding__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7347:1: ( ( ( rule__StateEncoding__NotEncodedAssignment_1_1_0 ) ) )
            // InternalPtl.g:7348:1: ( ( rule__StateEncoding__NotEncodedAssignment_1_1_0 ) )
            {
            // InternalPtl.g:7348:1: ( ( rule__StateEncoding__NotEncodedAssignment_1_1_0 ) )
            // InternalPtl.g:7349:2: ( rule__StateEncoding__NotEncodedAssignment_1_1_0 )
            {
             before(grammarAccess.getStateEncodingAccess().getNotEncodedAssignment_1_1_0()); 
            // InternalPtl.g:7350:2: ( rule__StateEncoding__NotEncodedAssignment_1_1_0 )
            // InternalPtl.g:7350:3: rule__StateEncoding__NotEncodedAssignment_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__NotEncodedAssignment_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getStateEncodingAccess().getNotEncodedAssignment_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_1__0__Impl"


    // $ANTLR start "rule__StateEncoding__Group_1_1__1"
    // InternalPtl.g:7358:1: rule__StateEncoding__Group_1_1__1 : rule__StateEncoding__Group_1_1__1__Impl ;
    public final void rule__StateEncoding__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7362:1: ( rule__StateEncoding__Group_1_1__1__Impl )
            // InternalPtl.g:7363:2: rule__StateEncoding__Group_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StateEncoding__Group_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_1__1"


    // $ANTLR start "rule__StateEncoding__Group_1_1__1__Impl"
    // InternalPtl.g:7369:1: rule__StateEncoding__Group_1_1__1__Impl : ( 'encoded' ) ;
    public final void rule__StateEncoding__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7373:1: ( ( 'encoded' ) )
            // InternalPtl.g:7374:1: ( 'encoded' )
            {
            // InternalPtl.g:7374:1: ( 'encoded' )
            // InternalPtl.g:7375:2: 'encoded'
            {
             before(grammarAccess.getStateEncodingAccess().getEncodedKeyword_1_1_1()); 
            match(input,85,FOLLOW_2); 
             after(grammarAccess.getStateEncodingAccess().getEncodedKeyword_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__Group_1_1__1__Impl"


    // $ANTLR start "rule__ReservedEncoding__Group__0"
    // InternalPtl.g:7385:1: rule__ReservedEncoding__Group__0 : rule__ReservedEncoding__Group__0__Impl rule__ReservedEncoding__Group__1 ;
    public final void rule__ReservedEncoding__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7389:1: ( rule__ReservedEncoding__Group__0__Impl rule__ReservedEncoding__Group__1 )
            // InternalPtl.g:7390:2: rule__ReservedEncoding__Group__0__Impl rule__ReservedEncoding__Group__1
            {
            pushFollow(FOLLOW_31);
            rule__ReservedEncoding__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ReservedEncoding__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__0"


    // $ANTLR start "rule__ReservedEncoding__Group__0__Impl"
    // InternalPtl.g:7397:1: rule__ReservedEncoding__Group__0__Impl : ( 'reserved' ) ;
    public final void rule__ReservedEncoding__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7401:1: ( ( 'reserved' ) )
            // InternalPtl.g:7402:1: ( 'reserved' )
            {
            // InternalPtl.g:7402:1: ( 'reserved' )
            // InternalPtl.g:7403:2: 'reserved'
            {
             before(grammarAccess.getReservedEncodingAccess().getReservedKeyword_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getReservedEncodingAccess().getReservedKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__0__Impl"


    // $ANTLR start "rule__ReservedEncoding__Group__1"
    // InternalPtl.g:7412:1: rule__ReservedEncoding__Group__1 : rule__ReservedEncoding__Group__1__Impl rule__ReservedEncoding__Group__2 ;
    public final void rule__ReservedEncoding__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7416:1: ( rule__ReservedEncoding__Group__1__Impl rule__ReservedEncoding__Group__2 )
            // InternalPtl.g:7417:2: rule__ReservedEncoding__Group__1__Impl rule__ReservedEncoding__Group__2
            {
            pushFollow(FOLLOW_6);
            rule__ReservedEncoding__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ReservedEncoding__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__1"


    // $ANTLR start "rule__ReservedEncoding__Group__1__Impl"
    // InternalPtl.g:7424:1: rule__ReservedEncoding__Group__1__Impl : ( ( rule__ReservedEncoding__ValueAssignment_1 ) ) ;
    public final void rule__ReservedEncoding__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7428:1: ( ( ( rule__ReservedEncoding__ValueAssignment_1 ) ) )
            // InternalPtl.g:7429:1: ( ( rule__ReservedEncoding__ValueAssignment_1 ) )
            {
            // InternalPtl.g:7429:1: ( ( rule__ReservedEncoding__ValueAssignment_1 ) )
            // InternalPtl.g:7430:2: ( rule__ReservedEncoding__ValueAssignment_1 )
            {
             before(grammarAccess.getReservedEncodingAccess().getValueAssignment_1()); 
            // InternalPtl.g:7431:2: ( rule__ReservedEncoding__ValueAssignment_1 )
            // InternalPtl.g:7431:3: rule__ReservedEncoding__ValueAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ReservedEncoding__ValueAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getReservedEncodingAccess().getValueAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__1__Impl"


    // $ANTLR start "rule__ReservedEncoding__Group__2"
    // InternalPtl.g:7439:1: rule__ReservedEncoding__Group__2 : rule__ReservedEncoding__Group__2__Impl ;
    public final void rule__ReservedEncoding__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7443:1: ( rule__ReservedEncoding__Group__2__Impl )
            // InternalPtl.g:7444:2: rule__ReservedEncoding__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ReservedEncoding__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__2"


    // $ANTLR start "rule__ReservedEncoding__Group__2__Impl"
    // InternalPtl.g:7450:1: rule__ReservedEncoding__Group__2__Impl : ( ( rule__ReservedEncoding__DescriptionAssignment_2 )? ) ;
    public final void rule__ReservedEncoding__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7454:1: ( ( ( rule__ReservedEncoding__DescriptionAssignment_2 )? ) )
            // InternalPtl.g:7455:1: ( ( rule__ReservedEncoding__DescriptionAssignment_2 )? )
            {
            // InternalPtl.g:7455:1: ( ( rule__ReservedEncoding__DescriptionAssignment_2 )? )
            // InternalPtl.g:7456:2: ( rule__ReservedEncoding__DescriptionAssignment_2 )?
            {
             before(grammarAccess.getReservedEncodingAccess().getDescriptionAssignment_2()); 
            // InternalPtl.g:7457:2: ( rule__ReservedEncoding__DescriptionAssignment_2 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==RULE_STRING) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalPtl.g:7457:3: rule__ReservedEncoding__DescriptionAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ReservedEncoding__DescriptionAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getReservedEncodingAccess().getDescriptionAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__Group__2__Impl"


    // $ANTLR start "rule__QualifiedName__Group__0"
    // InternalPtl.g:7466:1: rule__QualifiedName__Group__0 : rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1 ;
    public final void rule__QualifiedName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7470:1: ( rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1 )
            // InternalPtl.g:7471:2: rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1
            {
            pushFollow(FOLLOW_71);
            rule__QualifiedName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__0"


    // $ANTLR start "rule__QualifiedName__Group__0__Impl"
    // InternalPtl.g:7478:1: rule__QualifiedName__Group__0__Impl : ( ruleValidID ) ;
    public final void rule__QualifiedName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7482:1: ( ( ruleValidID ) )
            // InternalPtl.g:7483:1: ( ruleValidID )
            {
            // InternalPtl.g:7483:1: ( ruleValidID )
            // InternalPtl.g:7484:2: ruleValidID
            {
             before(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__0__Impl"


    // $ANTLR start "rule__QualifiedName__Group__1"
    // InternalPtl.g:7493:1: rule__QualifiedName__Group__1 : rule__QualifiedName__Group__1__Impl ;
    public final void rule__QualifiedName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7497:1: ( rule__QualifiedName__Group__1__Impl )
            // InternalPtl.g:7498:2: rule__QualifiedName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__1"


    // $ANTLR start "rule__QualifiedName__Group__1__Impl"
    // InternalPtl.g:7504:1: rule__QualifiedName__Group__1__Impl : ( ( rule__QualifiedName__Group_1__0 )* ) ;
    public final void rule__QualifiedName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7508:1: ( ( ( rule__QualifiedName__Group_1__0 )* ) )
            // InternalPtl.g:7509:1: ( ( rule__QualifiedName__Group_1__0 )* )
            {
            // InternalPtl.g:7509:1: ( ( rule__QualifiedName__Group_1__0 )* )
            // InternalPtl.g:7510:2: ( rule__QualifiedName__Group_1__0 )*
            {
             before(grammarAccess.getQualifiedNameAccess().getGroup_1()); 
            // InternalPtl.g:7511:2: ( rule__QualifiedName__Group_1__0 )*
            loop70:
            do {
                int alt70=2;
                int LA70_0 = input.LA(1);

                if ( (LA70_0==86) ) {
                    alt70=1;
                }


                switch (alt70) {
            	case 1 :
            	    // InternalPtl.g:7511:3: rule__QualifiedName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_72);
            	    rule__QualifiedName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop70;
                }
            } while (true);

             after(grammarAccess.getQualifiedNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__1__Impl"


    // $ANTLR start "rule__QualifiedName__Group_1__0"
    // InternalPtl.g:7520:1: rule__QualifiedName__Group_1__0 : rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1 ;
    public final void rule__QualifiedName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7524:1: ( rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1 )
            // InternalPtl.g:7525:2: rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1
            {
            pushFollow(FOLLOW_8);
            rule__QualifiedName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__0"


    // $ANTLR start "rule__QualifiedName__Group_1__0__Impl"
    // InternalPtl.g:7532:1: rule__QualifiedName__Group_1__0__Impl : ( '.' ) ;
    public final void rule__QualifiedName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7536:1: ( ( '.' ) )
            // InternalPtl.g:7537:1: ( '.' )
            {
            // InternalPtl.g:7537:1: ( '.' )
            // InternalPtl.g:7538:2: '.'
            {
             before(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__0__Impl"


    // $ANTLR start "rule__QualifiedName__Group_1__1"
    // InternalPtl.g:7547:1: rule__QualifiedName__Group_1__1 : rule__QualifiedName__Group_1__1__Impl ;
    public final void rule__QualifiedName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7551:1: ( rule__QualifiedName__Group_1__1__Impl )
            // InternalPtl.g:7552:2: rule__QualifiedName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__1"


    // $ANTLR start "rule__QualifiedName__Group_1__1__Impl"
    // InternalPtl.g:7558:1: rule__QualifiedName__Group_1__1__Impl : ( ruleValidID ) ;
    public final void rule__QualifiedName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7562:1: ( ( ruleValidID ) )
            // InternalPtl.g:7563:1: ( ruleValidID )
            {
            // InternalPtl.g:7563:1: ( ruleValidID )
            // InternalPtl.g:7564:2: ruleValidID
            {
             before(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQualifiedNameAccess().getValidIDParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__1__Impl"


    // $ANTLR start "rule__SignedInt__Group__0"
    // InternalPtl.g:7574:1: rule__SignedInt__Group__0 : rule__SignedInt__Group__0__Impl rule__SignedInt__Group__1 ;
    public final void rule__SignedInt__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7578:1: ( rule__SignedInt__Group__0__Impl rule__SignedInt__Group__1 )
            // InternalPtl.g:7579:2: rule__SignedInt__Group__0__Impl rule__SignedInt__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__SignedInt__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SignedInt__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SignedInt__Group__0"


    // $ANTLR start "rule__SignedInt__Group__0__Impl"
    // InternalPtl.g:7586:1: rule__SignedInt__Group__0__Impl : ( ( '-' )? ) ;
    public final void rule__SignedInt__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7590:1: ( ( ( '-' )? ) )
            // InternalPtl.g:7591:1: ( ( '-' )? )
            {
            // InternalPtl.g:7591:1: ( ( '-' )? )
            // InternalPtl.g:7592:2: ( '-' )?
            {
             before(grammarAccess.getSignedIntAccess().getHyphenMinusKeyword_0()); 
            // InternalPtl.g:7593:2: ( '-' )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==87) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalPtl.g:7593:3: '-'
                    {
                    match(input,87,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getSignedIntAccess().getHyphenMinusKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SignedInt__Group__0__Impl"


    // $ANTLR start "rule__SignedInt__Group__1"
    // InternalPtl.g:7601:1: rule__SignedInt__Group__1 : rule__SignedInt__Group__1__Impl ;
    public final void rule__SignedInt__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7605:1: ( rule__SignedInt__Group__1__Impl )
            // InternalPtl.g:7606:2: rule__SignedInt__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SignedInt__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SignedInt__Group__1"


    // $ANTLR start "rule__SignedInt__Group__1__Impl"
    // InternalPtl.g:7612:1: rule__SignedInt__Group__1__Impl : ( RULE_INT ) ;
    public final void rule__SignedInt__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7616:1: ( ( RULE_INT ) )
            // InternalPtl.g:7617:1: ( RULE_INT )
            {
            // InternalPtl.g:7617:1: ( RULE_INT )
            // InternalPtl.g:7618:2: RULE_INT
            {
             before(grammarAccess.getSignedIntAccess().getINTTerminalRuleCall_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getSignedIntAccess().getINTTerminalRuleCall_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SignedInt__Group__1__Impl"


    // $ANTLR start "rule__PtlModel__ImportsAssignment_1"
    // InternalPtl.g:7628:1: rule__PtlModel__ImportsAssignment_1 : ( ruleImport ) ;
    public final void rule__PtlModel__ImportsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7632:1: ( ( ruleImport ) )
            // InternalPtl.g:7633:2: ( ruleImport )
            {
            // InternalPtl.g:7633:2: ( ruleImport )
            // InternalPtl.g:7634:3: ruleImport
            {
             before(grammarAccess.getPtlModelAccess().getImportsImportParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getPtlModelAccess().getImportsImportParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__ImportsAssignment_1"


    // $ANTLR start "rule__PtlModel__SeveritiesAssignment_2_0"
    // InternalPtl.g:7643:1: rule__PtlModel__SeveritiesAssignment_2_0 : ( ruleSeverityDirective ) ;
    public final void rule__PtlModel__SeveritiesAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7647:1: ( ( ruleSeverityDirective ) )
            // InternalPtl.g:7648:2: ( ruleSeverityDirective )
            {
            // InternalPtl.g:7648:2: ( ruleSeverityDirective )
            // InternalPtl.g:7649:3: ruleSeverityDirective
            {
             before(grammarAccess.getPtlModelAccess().getSeveritiesSeverityDirectiveParserRuleCall_2_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSeverityDirective();

            state._fsp--;

             after(grammarAccess.getPtlModelAccess().getSeveritiesSeverityDirectiveParserRuleCall_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__SeveritiesAssignment_2_0"


    // $ANTLR start "rule__PtlModel__ElementsAssignment_2_1"
    // InternalPtl.g:7658:1: rule__PtlModel__ElementsAssignment_2_1 : ( ruleElement ) ;
    public final void rule__PtlModel__ElementsAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7662:1: ( ( ruleElement ) )
            // InternalPtl.g:7663:2: ( ruleElement )
            {
            // InternalPtl.g:7663:2: ( ruleElement )
            // InternalPtl.g:7664:3: ruleElement
            {
             before(grammarAccess.getPtlModelAccess().getElementsElementParserRuleCall_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleElement();

            state._fsp--;

             after(grammarAccess.getPtlModelAccess().getElementsElementParserRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PtlModel__ElementsAssignment_2_1"


    // $ANTLR start "rule__Import__ImportURIAssignment_1"
    // InternalPtl.g:7673:1: rule__Import__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Import__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7677:1: ( ( RULE_STRING ) )
            // InternalPtl.g:7678:2: ( RULE_STRING )
            {
            // InternalPtl.g:7678:2: ( RULE_STRING )
            // InternalPtl.g:7679:3: RULE_STRING
            {
             before(grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__ImportURIAssignment_1"


    // $ANTLR start "rule__SeverityDirective__CheckIdAssignment_1"
    // InternalPtl.g:7688:1: rule__SeverityDirective__CheckIdAssignment_1 : ( RULE_STRING ) ;
    public final void rule__SeverityDirective__CheckIdAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7692:1: ( ( RULE_STRING ) )
            // InternalPtl.g:7693:2: ( RULE_STRING )
            {
            // InternalPtl.g:7693:2: ( RULE_STRING )
            // InternalPtl.g:7694:3: RULE_STRING
            {
             before(grammarAccess.getSeverityDirectiveAccess().getCheckIdSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSeverityDirectiveAccess().getCheckIdSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__CheckIdAssignment_1"


    // $ANTLR start "rule__SeverityDirective__LevelAssignment_2"
    // InternalPtl.g:7703:1: rule__SeverityDirective__LevelAssignment_2 : ( ruleSeverityLevel ) ;
    public final void rule__SeverityDirective__LevelAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7707:1: ( ( ruleSeverityLevel ) )
            // InternalPtl.g:7708:2: ( ruleSeverityLevel )
            {
            // InternalPtl.g:7708:2: ( ruleSeverityLevel )
            // InternalPtl.g:7709:3: ruleSeverityLevel
            {
             before(grammarAccess.getSeverityDirectiveAccess().getLevelSeverityLevelEnumRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSeverityLevel();

            state._fsp--;

             after(grammarAccess.getSeverityDirectiveAccess().getLevelSeverityLevelEnumRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SeverityDirective__LevelAssignment_2"


    // $ANTLR start "rule__Format__NameAssignment_1"
    // InternalPtl.g:7718:1: rule__Format__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Format__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7722:1: ( ( ruleValidID ) )
            // InternalPtl.g:7723:2: ( ruleValidID )
            {
            // InternalPtl.g:7723:2: ( ruleValidID )
            // InternalPtl.g:7724:3: ruleValidID
            {
             before(grammarAccess.getFormatAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__NameAssignment_1"


    // $ANTLR start "rule__Format__DescriptionAssignment_2"
    // InternalPtl.g:7733:1: rule__Format__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Format__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7737:1: ( ( RULE_STRING ) )
            // InternalPtl.g:7738:2: ( RULE_STRING )
            {
            // InternalPtl.g:7738:2: ( RULE_STRING )
            // InternalPtl.g:7739:3: RULE_STRING
            {
             before(grammarAccess.getFormatAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__DescriptionAssignment_2"


    // $ANTLR start "rule__Format__GranuleAssignment_5"
    // InternalPtl.g:7748:1: rule__Format__GranuleAssignment_5 : ( ruleByteSize ) ;
    public final void rule__Format__GranuleAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7752:1: ( ( ruleByteSize ) )
            // InternalPtl.g:7753:2: ( ruleByteSize )
            {
            // InternalPtl.g:7753:2: ( ruleByteSize )
            // InternalPtl.g:7754:3: ruleByteSize
            {
             before(grammarAccess.getFormatAccess().getGranuleByteSizeParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleByteSize();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getGranuleByteSizeParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__GranuleAssignment_5"


    // $ANTLR start "rule__Format__InputBitsAssignment_7"
    // InternalPtl.g:7763:1: rule__Format__InputBitsAssignment_7 : ( RULE_INT ) ;
    public final void rule__Format__InputBitsAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7767:1: ( ( RULE_INT ) )
            // InternalPtl.g:7768:2: ( RULE_INT )
            {
            // InternalPtl.g:7768:2: ( RULE_INT )
            // InternalPtl.g:7769:3: RULE_INT
            {
             before(grammarAccess.getFormatAccess().getInputBitsINTTerminalRuleCall_7_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getInputBitsINTTerminalRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__InputBitsAssignment_7"


    // $ANTLR start "rule__Format__OutputBitsAssignment_9_1"
    // InternalPtl.g:7778:1: rule__Format__OutputBitsAssignment_9_1 : ( RULE_INT ) ;
    public final void rule__Format__OutputBitsAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7782:1: ( ( RULE_INT ) )
            // InternalPtl.g:7783:2: ( RULE_INT )
            {
            // InternalPtl.g:7783:2: ( RULE_INT )
            // InternalPtl.g:7784:3: RULE_INT
            {
             before(grammarAccess.getFormatAccess().getOutputBitsINTTerminalRuleCall_9_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getOutputBitsINTTerminalRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__OutputBitsAssignment_9_1"


    // $ANTLR start "rule__Format__FirstLevelAssignment_11"
    // InternalPtl.g:7793:1: rule__Format__FirstLevelAssignment_11 : ( ruleSignedInt ) ;
    public final void rule__Format__FirstLevelAssignment_11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7797:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7798:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7798:2: ( ruleSignedInt )
            // InternalPtl.g:7799:3: ruleSignedInt
            {
             before(grammarAccess.getFormatAccess().getFirstLevelSignedIntParserRuleCall_11_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getFirstLevelSignedIntParserRuleCall_11_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__FirstLevelAssignment_11"


    // $ANTLR start "rule__Format__LastLevelAssignment_13"
    // InternalPtl.g:7808:1: rule__Format__LastLevelAssignment_13 : ( ruleSignedInt ) ;
    public final void rule__Format__LastLevelAssignment_13() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7812:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7813:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7813:2: ( ruleSignedInt )
            // InternalPtl.g:7814:3: ruleSignedInt
            {
             before(grammarAccess.getFormatAccess().getLastLevelSignedIntParserRuleCall_13_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getLastLevelSignedIntParserRuleCall_13_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__LastLevelAssignment_13"


    // $ANTLR start "rule__Format__RootPagesAssignment_14_1"
    // InternalPtl.g:7823:1: rule__Format__RootPagesAssignment_14_1 : ( RULE_INT ) ;
    public final void rule__Format__RootPagesAssignment_14_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7827:1: ( ( RULE_INT ) )
            // InternalPtl.g:7828:2: ( RULE_INT )
            {
            // InternalPtl.g:7828:2: ( RULE_INT )
            // InternalPtl.g:7829:3: RULE_INT
            {
             before(grammarAccess.getFormatAccess().getRootPagesINTTerminalRuleCall_14_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getRootPagesINTTerminalRuleCall_14_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__RootPagesAssignment_14_1"


    // $ANTLR start "rule__Format__StrideAssignment_15_1"
    // InternalPtl.g:7838:1: rule__Format__StrideAssignment_15_1 : ( RULE_INT ) ;
    public final void rule__Format__StrideAssignment_15_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7842:1: ( ( RULE_INT ) )
            // InternalPtl.g:7843:2: ( RULE_INT )
            {
            // InternalPtl.g:7843:2: ( RULE_INT )
            // InternalPtl.g:7844:3: RULE_INT
            {
             before(grammarAccess.getFormatAccess().getStrideINTTerminalRuleCall_15_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getStrideINTTerminalRuleCall_15_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__StrideAssignment_15_1"


    // $ANTLR start "rule__Format__Lpa2Assignment_16"
    // InternalPtl.g:7853:1: rule__Format__Lpa2Assignment_16 : ( ( 'lpa2' ) ) ;
    public final void rule__Format__Lpa2Assignment_16() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7857:1: ( ( ( 'lpa2' ) ) )
            // InternalPtl.g:7858:2: ( ( 'lpa2' ) )
            {
            // InternalPtl.g:7858:2: ( ( 'lpa2' ) )
            // InternalPtl.g:7859:3: ( 'lpa2' )
            {
             before(grammarAccess.getFormatAccess().getLpa2Lpa2Keyword_16_0()); 
            // InternalPtl.g:7860:3: ( 'lpa2' )
            // InternalPtl.g:7861:4: 'lpa2'
            {
             before(grammarAccess.getFormatAccess().getLpa2Lpa2Keyword_16_0()); 
            match(input,88,FOLLOW_2); 
             after(grammarAccess.getFormatAccess().getLpa2Lpa2Keyword_16_0()); 

            }

             after(grammarAccess.getFormatAccess().getLpa2Lpa2Keyword_16_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__Lpa2Assignment_16"


    // $ANTLR start "rule__Format__BlockLevelsAssignment_17_2"
    // InternalPtl.g:7872:1: rule__Format__BlockLevelsAssignment_17_2 : ( ruleSignedInt ) ;
    public final void rule__Format__BlockLevelsAssignment_17_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7876:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7877:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7877:2: ( ruleSignedInt )
            // InternalPtl.g:7878:3: ruleSignedInt
            {
             before(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__BlockLevelsAssignment_17_2"


    // $ANTLR start "rule__Format__BlockLevelsAssignment_17_3_1"
    // InternalPtl.g:7887:1: rule__Format__BlockLevelsAssignment_17_3_1 : ( ruleSignedInt ) ;
    public final void rule__Format__BlockLevelsAssignment_17_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7891:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7892:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7892:2: ( ruleSignedInt )
            // InternalPtl.g:7893:3: ruleSignedInt
            {
             before(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getBlockLevelsSignedIntParserRuleCall_17_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__BlockLevelsAssignment_17_3_1"


    // $ANTLR start "rule__Format__DescriptorsAssignment_18"
    // InternalPtl.g:7902:1: rule__Format__DescriptorsAssignment_18 : ( ruleDescriptor ) ;
    public final void rule__Format__DescriptorsAssignment_18() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7906:1: ( ( ruleDescriptor ) )
            // InternalPtl.g:7907:2: ( ruleDescriptor )
            {
            // InternalPtl.g:7907:2: ( ruleDescriptor )
            // InternalPtl.g:7908:3: ruleDescriptor
            {
             before(grammarAccess.getFormatAccess().getDescriptorsDescriptorParserRuleCall_18_0()); 
            pushFollow(FOLLOW_2);
            ruleDescriptor();

            state._fsp--;

             after(grammarAccess.getFormatAccess().getDescriptorsDescriptorParserRuleCall_18_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Format__DescriptorsAssignment_18"


    // $ANTLR start "rule__Descriptor__KindAssignment_0"
    // InternalPtl.g:7917:1: rule__Descriptor__KindAssignment_0 : ( ruleDescriptorKind ) ;
    public final void rule__Descriptor__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7921:1: ( ( ruleDescriptorKind ) )
            // InternalPtl.g:7922:2: ( ruleDescriptorKind )
            {
            // InternalPtl.g:7922:2: ( ruleDescriptorKind )
            // InternalPtl.g:7923:3: ruleDescriptorKind
            {
             before(grammarAccess.getDescriptorAccess().getKindDescriptorKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleDescriptorKind();

            state._fsp--;

             after(grammarAccess.getDescriptorAccess().getKindDescriptorKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__KindAssignment_0"


    // $ANTLR start "rule__Descriptor__NameAssignment_2"
    // InternalPtl.g:7932:1: rule__Descriptor__NameAssignment_2 : ( ruleValidID ) ;
    public final void rule__Descriptor__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7936:1: ( ( ruleValidID ) )
            // InternalPtl.g:7937:2: ( ruleValidID )
            {
            // InternalPtl.g:7937:2: ( ruleValidID )
            // InternalPtl.g:7938:3: ruleValidID
            {
             before(grammarAccess.getDescriptorAccess().getNameValidIDParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getDescriptorAccess().getNameValidIDParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__NameAssignment_2"


    // $ANTLR start "rule__Descriptor__LevelsAssignment_3_2"
    // InternalPtl.g:7947:1: rule__Descriptor__LevelsAssignment_3_2 : ( ruleSignedInt ) ;
    public final void rule__Descriptor__LevelsAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7951:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7952:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7952:2: ( ruleSignedInt )
            // InternalPtl.g:7953:3: ruleSignedInt
            {
             before(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__LevelsAssignment_3_2"


    // $ANTLR start "rule__Descriptor__LevelsAssignment_3_3_1"
    // InternalPtl.g:7962:1: rule__Descriptor__LevelsAssignment_3_3_1 : ( ruleSignedInt ) ;
    public final void rule__Descriptor__LevelsAssignment_3_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7966:1: ( ( ruleSignedInt ) )
            // InternalPtl.g:7967:2: ( ruleSignedInt )
            {
            // InternalPtl.g:7967:2: ( ruleSignedInt )
            // InternalPtl.g:7968:3: ruleSignedInt
            {
             before(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSignedInt();

            state._fsp--;

             after(grammarAccess.getDescriptorAccess().getLevelsSignedIntParserRuleCall_3_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__LevelsAssignment_3_3_1"


    // $ANTLR start "rule__Descriptor__DescriptionAssignment_4"
    // InternalPtl.g:7977:1: rule__Descriptor__DescriptionAssignment_4 : ( RULE_STRING ) ;
    public final void rule__Descriptor__DescriptionAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7981:1: ( ( RULE_STRING ) )
            // InternalPtl.g:7982:2: ( RULE_STRING )
            {
            // InternalPtl.g:7982:2: ( RULE_STRING )
            // InternalPtl.g:7983:3: RULE_STRING
            {
             before(grammarAccess.getDescriptorAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getDescriptorAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__DescriptionAssignment_4"


    // $ANTLR start "rule__Descriptor__FieldsAssignment_6"
    // InternalPtl.g:7992:1: rule__Descriptor__FieldsAssignment_6 : ( ruleField ) ;
    public final void rule__Descriptor__FieldsAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:7996:1: ( ( ruleField ) )
            // InternalPtl.g:7997:2: ( ruleField )
            {
            // InternalPtl.g:7997:2: ( ruleField )
            // InternalPtl.g:7998:3: ruleField
            {
             before(grammarAccess.getDescriptorAccess().getFieldsFieldParserRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleField();

            state._fsp--;

             after(grammarAccess.getDescriptorAccess().getFieldsFieldParserRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Descriptor__FieldsAssignment_6"


    // $ANTLR start "rule__Field__NameAssignment_0"
    // InternalPtl.g:8007:1: rule__Field__NameAssignment_0 : ( ruleValidID ) ;
    public final void rule__Field__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8011:1: ( ( ruleValidID ) )
            // InternalPtl.g:8012:2: ( ruleValidID )
            {
            // InternalPtl.g:8012:2: ( ruleValidID )
            // InternalPtl.g:8013:3: ruleValidID
            {
             before(grammarAccess.getFieldAccess().getNameValidIDParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getNameValidIDParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__NameAssignment_0"


    // $ANTLR start "rule__Field__BitsAssignment_1"
    // InternalPtl.g:8022:1: rule__Field__BitsAssignment_1 : ( ruleBitRange ) ;
    public final void rule__Field__BitsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8026:1: ( ( ruleBitRange ) )
            // InternalPtl.g:8027:2: ( ruleBitRange )
            {
            // InternalPtl.g:8027:2: ( ruleBitRange )
            // InternalPtl.g:8028:3: ruleBitRange
            {
             before(grammarAccess.getFieldAccess().getBitsBitRangeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBitRange();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getBitsBitRangeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__BitsAssignment_1"


    // $ANTLR start "rule__Field__KindAssignment_2_0_0"
    // InternalPtl.g:8037:1: rule__Field__KindAssignment_2_0_0 : ( ruleFixedKind ) ;
    public final void rule__Field__KindAssignment_2_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8041:1: ( ( ruleFixedKind ) )
            // InternalPtl.g:8042:2: ( ruleFixedKind )
            {
            // InternalPtl.g:8042:2: ( ruleFixedKind )
            // InternalPtl.g:8043:3: ruleFixedKind
            {
             before(grammarAccess.getFieldAccess().getKindFixedKindEnumRuleCall_2_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleFixedKind();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getKindFixedKindEnumRuleCall_2_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__KindAssignment_2_0_0"


    // $ANTLR start "rule__Field__FixedValueAssignment_2_0_1"
    // InternalPtl.g:8052:1: rule__Field__FixedValueAssignment_2_0_1 : ( ruleNumber ) ;
    public final void rule__Field__FixedValueAssignment_2_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8056:1: ( ( ruleNumber ) )
            // InternalPtl.g:8057:2: ( ruleNumber )
            {
            // InternalPtl.g:8057:2: ( ruleNumber )
            // InternalPtl.g:8058:3: ruleNumber
            {
             before(grammarAccess.getFieldAccess().getFixedValueNumberParserRuleCall_2_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getFixedValueNumberParserRuleCall_2_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__FixedValueAssignment_2_0_1"


    // $ANTLR start "rule__Field__KindAssignment_2_1_0"
    // InternalPtl.g:8067:1: rule__Field__KindAssignment_2_1_0 : ( ruleEnumKind ) ;
    public final void rule__Field__KindAssignment_2_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8071:1: ( ( ruleEnumKind ) )
            // InternalPtl.g:8072:2: ( ruleEnumKind )
            {
            // InternalPtl.g:8072:2: ( ruleEnumKind )
            // InternalPtl.g:8073:3: ruleEnumKind
            {
             before(grammarAccess.getFieldAccess().getKindEnumKindEnumRuleCall_2_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleEnumKind();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getKindEnumKindEnumRuleCall_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__KindAssignment_2_1_0"


    // $ANTLR start "rule__Field__LiteralsAssignment_2_1_2"
    // InternalPtl.g:8082:1: rule__Field__LiteralsAssignment_2_1_2 : ( ruleEnumLiteral ) ;
    public final void rule__Field__LiteralsAssignment_2_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8086:1: ( ( ruleEnumLiteral ) )
            // InternalPtl.g:8087:2: ( ruleEnumLiteral )
            {
            // InternalPtl.g:8087:2: ( ruleEnumLiteral )
            // InternalPtl.g:8088:3: ruleEnumLiteral
            {
             before(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleEnumLiteral();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__LiteralsAssignment_2_1_2"


    // $ANTLR start "rule__Field__LiteralsAssignment_2_1_3_1"
    // InternalPtl.g:8097:1: rule__Field__LiteralsAssignment_2_1_3_1 : ( ruleEnumLiteral ) ;
    public final void rule__Field__LiteralsAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8101:1: ( ( ruleEnumLiteral ) )
            // InternalPtl.g:8102:2: ( ruleEnumLiteral )
            {
            // InternalPtl.g:8102:2: ( ruleEnumLiteral )
            // InternalPtl.g:8103:3: ruleEnumLiteral
            {
             before(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleEnumLiteral();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getLiteralsEnumLiteralParserRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__LiteralsAssignment_2_1_3_1"


    // $ANTLR start "rule__Field__KindAssignment_2_2_0"
    // InternalPtl.g:8112:1: rule__Field__KindAssignment_2_2_0 : ( ruleAddressKind ) ;
    public final void rule__Field__KindAssignment_2_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8116:1: ( ( ruleAddressKind ) )
            // InternalPtl.g:8117:2: ( ruleAddressKind )
            {
            // InternalPtl.g:8117:2: ( ruleAddressKind )
            // InternalPtl.g:8118:3: ruleAddressKind
            {
             before(grammarAccess.getFieldAccess().getKindAddressKindEnumRuleCall_2_2_0_0()); 
            pushFollow(FOLLOW_2);
            ruleAddressKind();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getKindAddressKindEnumRuleCall_2_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__KindAssignment_2_2_0"


    // $ANTLR start "rule__Field__AddressBitsAssignment_2_2_1_1"
    // InternalPtl.g:8127:1: rule__Field__AddressBitsAssignment_2_2_1_1 : ( ruleBitRange ) ;
    public final void rule__Field__AddressBitsAssignment_2_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8131:1: ( ( ruleBitRange ) )
            // InternalPtl.g:8132:2: ( ruleBitRange )
            {
            // InternalPtl.g:8132:2: ( ruleBitRange )
            // InternalPtl.g:8133:3: ruleBitRange
            {
             before(grammarAccess.getFieldAccess().getAddressBitsBitRangeParserRuleCall_2_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBitRange();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getAddressBitsBitRangeParserRuleCall_2_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__AddressBitsAssignment_2_2_1_1"


    // $ANTLR start "rule__Field__KindAssignment_2_3"
    // InternalPtl.g:8142:1: rule__Field__KindAssignment_2_3 : ( rulePlainKind ) ;
    public final void rule__Field__KindAssignment_2_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8146:1: ( ( rulePlainKind ) )
            // InternalPtl.g:8147:2: ( rulePlainKind )
            {
            // InternalPtl.g:8147:2: ( rulePlainKind )
            // InternalPtl.g:8148:3: rulePlainKind
            {
             before(grammarAccess.getFieldAccess().getKindPlainKindEnumRuleCall_2_3_0()); 
            pushFollow(FOLLOW_2);
            rulePlainKind();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getKindPlainKindEnumRuleCall_2_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__KindAssignment_2_3"


    // $ANTLR start "rule__Field__OverlaysAssignment_3_1"
    // InternalPtl.g:8157:1: rule__Field__OverlaysAssignment_3_1 : ( ( ruleValidID ) ) ;
    public final void rule__Field__OverlaysAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8161:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8162:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8162:2: ( ( ruleValidID ) )
            // InternalPtl.g:8163:3: ( ruleValidID )
            {
             before(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_1_0()); 
            // InternalPtl.g:8164:3: ( ruleValidID )
            // InternalPtl.g:8165:4: ruleValidID
            {
             before(grammarAccess.getFieldAccess().getOverlaysFieldValidIDParserRuleCall_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getOverlaysFieldValidIDParserRuleCall_3_1_0_1()); 

            }

             after(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__OverlaysAssignment_3_1"


    // $ANTLR start "rule__Field__OverlaysAssignment_3_2_1"
    // InternalPtl.g:8176:1: rule__Field__OverlaysAssignment_3_2_1 : ( ( ruleValidID ) ) ;
    public final void rule__Field__OverlaysAssignment_3_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8180:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8181:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8181:2: ( ( ruleValidID ) )
            // InternalPtl.g:8182:3: ( ruleValidID )
            {
             before(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_2_1_0()); 
            // InternalPtl.g:8183:3: ( ruleValidID )
            // InternalPtl.g:8184:4: ruleValidID
            {
             before(grammarAccess.getFieldAccess().getOverlaysFieldValidIDParserRuleCall_3_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getFieldAccess().getOverlaysFieldValidIDParserRuleCall_3_2_1_0_1()); 

            }

             after(grammarAccess.getFieldAccess().getOverlaysFieldCrossReference_3_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__OverlaysAssignment_3_2_1"


    // $ANTLR start "rule__Field__DescriptionAssignment_4"
    // InternalPtl.g:8195:1: rule__Field__DescriptionAssignment_4 : ( RULE_STRING ) ;
    public final void rule__Field__DescriptionAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8199:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8200:2: ( RULE_STRING )
            {
            // InternalPtl.g:8200:2: ( RULE_STRING )
            // InternalPtl.g:8201:3: RULE_STRING
            {
             before(grammarAccess.getFieldAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getFieldAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Field__DescriptionAssignment_4"


    // $ANTLR start "rule__EnumLiteral__NameAssignment_0"
    // InternalPtl.g:8210:1: rule__EnumLiteral__NameAssignment_0 : ( ruleValidID ) ;
    public final void rule__EnumLiteral__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8214:1: ( ( ruleValidID ) )
            // InternalPtl.g:8215:2: ( ruleValidID )
            {
            // InternalPtl.g:8215:2: ( ruleValidID )
            // InternalPtl.g:8216:3: ruleValidID
            {
             before(grammarAccess.getEnumLiteralAccess().getNameValidIDParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getEnumLiteralAccess().getNameValidIDParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__NameAssignment_0"


    // $ANTLR start "rule__EnumLiteral__ValueAssignment_2"
    // InternalPtl.g:8225:1: rule__EnumLiteral__ValueAssignment_2 : ( ruleNumber ) ;
    public final void rule__EnumLiteral__ValueAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8229:1: ( ( ruleNumber ) )
            // InternalPtl.g:8230:2: ( ruleNumber )
            {
            // InternalPtl.g:8230:2: ( ruleNumber )
            // InternalPtl.g:8231:3: ruleNumber
            {
             before(grammarAccess.getEnumLiteralAccess().getValueNumberParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getEnumLiteralAccess().getValueNumberParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__ValueAssignment_2"


    // $ANTLR start "rule__EnumLiteral__DescriptionAssignment_3"
    // InternalPtl.g:8240:1: rule__EnumLiteral__DescriptionAssignment_3 : ( RULE_STRING ) ;
    public final void rule__EnumLiteral__DescriptionAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8244:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8245:2: ( RULE_STRING )
            {
            // InternalPtl.g:8245:2: ( RULE_STRING )
            // InternalPtl.g:8246:3: RULE_STRING
            {
             before(grammarAccess.getEnumLiteralAccess().getDescriptionSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnumLiteralAccess().getDescriptionSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__EnumLiteral__DescriptionAssignment_3"


    // $ANTLR start "rule__BitRange__HighAssignment_1"
    // InternalPtl.g:8255:1: rule__BitRange__HighAssignment_1 : ( RULE_INT ) ;
    public final void rule__BitRange__HighAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8259:1: ( ( RULE_INT ) )
            // InternalPtl.g:8260:2: ( RULE_INT )
            {
            // InternalPtl.g:8260:2: ( RULE_INT )
            // InternalPtl.g:8261:3: RULE_INT
            {
             before(grammarAccess.getBitRangeAccess().getHighINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getBitRangeAccess().getHighINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__HighAssignment_1"


    // $ANTLR start "rule__BitRange__LowAssignment_2_1"
    // InternalPtl.g:8270:1: rule__BitRange__LowAssignment_2_1 : ( RULE_INT ) ;
    public final void rule__BitRange__LowAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8274:1: ( ( RULE_INT ) )
            // InternalPtl.g:8275:2: ( RULE_INT )
            {
            // InternalPtl.g:8275:2: ( RULE_INT )
            // InternalPtl.g:8276:3: RULE_INT
            {
             before(grammarAccess.getBitRangeAccess().getLowINTTerminalRuleCall_2_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getBitRangeAccess().getLowINTTerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BitRange__LowAssignment_2_1"


    // $ANTLR start "rule__ClaimSet__NameAssignment_1"
    // InternalPtl.g:8285:1: rule__ClaimSet__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__ClaimSet__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8289:1: ( ( ruleValidID ) )
            // InternalPtl.g:8290:2: ( ruleValidID )
            {
            // InternalPtl.g:8290:2: ( ruleValidID )
            // InternalPtl.g:8291:3: ruleValidID
            {
             before(grammarAccess.getClaimSetAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getClaimSetAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__NameAssignment_1"


    // $ANTLR start "rule__ClaimSet__FieldsAssignment_3"
    // InternalPtl.g:8300:1: rule__ClaimSet__FieldsAssignment_3 : ( ( ruleQualifiedName ) ) ;
    public final void rule__ClaimSet__FieldsAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8304:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:8305:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:8305:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:8306:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_3_0()); 
            // InternalPtl.g:8307:3: ( ruleQualifiedName )
            // InternalPtl.g:8308:4: ruleQualifiedName
            {
             before(grammarAccess.getClaimSetAccess().getFieldsFieldQualifiedNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getClaimSetAccess().getFieldsFieldQualifiedNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__FieldsAssignment_3"


    // $ANTLR start "rule__ClaimSet__FieldsAssignment_4_1"
    // InternalPtl.g:8319:1: rule__ClaimSet__FieldsAssignment_4_1 : ( ( ruleQualifiedName ) ) ;
    public final void rule__ClaimSet__FieldsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8323:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:8324:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:8324:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:8325:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_4_1_0()); 
            // InternalPtl.g:8326:3: ( ruleQualifiedName )
            // InternalPtl.g:8327:4: ruleQualifiedName
            {
             before(grammarAccess.getClaimSetAccess().getFieldsFieldQualifiedNameParserRuleCall_4_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getClaimSetAccess().getFieldsFieldQualifiedNameParserRuleCall_4_1_0_1()); 

            }

             after(grammarAccess.getClaimSetAccess().getFieldsFieldCrossReference_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__FieldsAssignment_4_1"


    // $ANTLR start "rule__ClaimSet__DescriptionAssignment_5"
    // InternalPtl.g:8338:1: rule__ClaimSet__DescriptionAssignment_5 : ( RULE_STRING ) ;
    public final void rule__ClaimSet__DescriptionAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8342:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8343:2: ( RULE_STRING )
            {
            // InternalPtl.g:8343:2: ( RULE_STRING )
            // InternalPtl.g:8344:3: RULE_STRING
            {
             before(grammarAccess.getClaimSetAccess().getDescriptionSTRINGTerminalRuleCall_5_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getClaimSetAccess().getDescriptionSTRINGTerminalRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__DescriptionAssignment_5"


    // $ANTLR start "rule__ClaimSet__ClaimsAssignment_7"
    // InternalPtl.g:8353:1: rule__ClaimSet__ClaimsAssignment_7 : ( ruleClaim ) ;
    public final void rule__ClaimSet__ClaimsAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8357:1: ( ( ruleClaim ) )
            // InternalPtl.g:8358:2: ( ruleClaim )
            {
            // InternalPtl.g:8358:2: ( ruleClaim )
            // InternalPtl.g:8359:3: ruleClaim
            {
             before(grammarAccess.getClaimSetAccess().getClaimsClaimParserRuleCall_7_0()); 
            pushFollow(FOLLOW_2);
            ruleClaim();

            state._fsp--;

             after(grammarAccess.getClaimSetAccess().getClaimsClaimParserRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClaimSet__ClaimsAssignment_7"


    // $ANTLR start "rule__Claim__NameAssignment_1"
    // InternalPtl.g:8368:1: rule__Claim__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Claim__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8372:1: ( ( ruleValidID ) )
            // InternalPtl.g:8373:2: ( ruleValidID )
            {
            // InternalPtl.g:8373:2: ( ruleValidID )
            // InternalPtl.g:8374:3: ruleValidID
            {
             before(grammarAccess.getClaimAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getClaimAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__NameAssignment_1"


    // $ANTLR start "rule__Claim__BitsAssignment_2"
    // InternalPtl.g:8383:1: rule__Claim__BitsAssignment_2 : ( ruleBitRange ) ;
    public final void rule__Claim__BitsAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8387:1: ( ( ruleBitRange ) )
            // InternalPtl.g:8388:2: ( ruleBitRange )
            {
            // InternalPtl.g:8388:2: ( ruleBitRange )
            // InternalPtl.g:8389:3: ruleBitRange
            {
             before(grammarAccess.getClaimAccess().getBitsBitRangeParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleBitRange();

            state._fsp--;

             after(grammarAccess.getClaimAccess().getBitsBitRangeParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__BitsAssignment_2"


    // $ANTLR start "rule__Claim__SharedWithAssignment_3_2"
    // InternalPtl.g:8398:1: rule__Claim__SharedWithAssignment_3_2 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Claim__SharedWithAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8402:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:8403:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:8403:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:8404:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_2_0()); 
            // InternalPtl.g:8405:3: ( ruleQualifiedName )
            // InternalPtl.g:8406:4: ruleQualifiedName
            {
             before(grammarAccess.getClaimAccess().getSharedWithClaimSetQualifiedNameParserRuleCall_3_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getClaimAccess().getSharedWithClaimSetQualifiedNameParserRuleCall_3_2_0_1()); 

            }

             after(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__SharedWithAssignment_3_2"


    // $ANTLR start "rule__Claim__SharedWithAssignment_3_3_1"
    // InternalPtl.g:8417:1: rule__Claim__SharedWithAssignment_3_3_1 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Claim__SharedWithAssignment_3_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8421:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:8422:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:8422:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:8423:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_3_1_0()); 
            // InternalPtl.g:8424:3: ( ruleQualifiedName )
            // InternalPtl.g:8425:4: ruleQualifiedName
            {
             before(grammarAccess.getClaimAccess().getSharedWithClaimSetQualifiedNameParserRuleCall_3_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getClaimAccess().getSharedWithClaimSetQualifiedNameParserRuleCall_3_3_1_0_1()); 

            }

             after(grammarAccess.getClaimAccess().getSharedWithClaimSetCrossReference_3_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__SharedWithAssignment_3_3_1"


    // $ANTLR start "rule__Claim__DescriptionAssignment_4"
    // InternalPtl.g:8436:1: rule__Claim__DescriptionAssignment_4 : ( RULE_STRING ) ;
    public final void rule__Claim__DescriptionAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8440:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8441:2: ( RULE_STRING )
            {
            // InternalPtl.g:8441:2: ( RULE_STRING )
            // InternalPtl.g:8442:3: RULE_STRING
            {
             before(grammarAccess.getClaimAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getClaimAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Claim__DescriptionAssignment_4"


    // $ANTLR start "rule__OwnershipModel__NameAssignment_1"
    // InternalPtl.g:8451:1: rule__OwnershipModel__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__OwnershipModel__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8455:1: ( ( ruleValidID ) )
            // InternalPtl.g:8456:2: ( ruleValidID )
            {
            // InternalPtl.g:8456:2: ( ruleValidID )
            // InternalPtl.g:8457:3: ruleValidID
            {
             before(grammarAccess.getOwnershipModelAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__NameAssignment_1"


    // $ANTLR start "rule__OwnershipModel__DescriptionAssignment_2"
    // InternalPtl.g:8466:1: rule__OwnershipModel__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__OwnershipModel__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8470:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8471:2: ( RULE_STRING )
            {
            // InternalPtl.g:8471:2: ( RULE_STRING )
            // InternalPtl.g:8472:3: RULE_STRING
            {
             before(grammarAccess.getOwnershipModelAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOwnershipModelAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__DescriptionAssignment_2"


    // $ANTLR start "rule__OwnershipModel__StatesAssignment_4"
    // InternalPtl.g:8481:1: rule__OwnershipModel__StatesAssignment_4 : ( ruleState ) ;
    public final void rule__OwnershipModel__StatesAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8485:1: ( ( ruleState ) )
            // InternalPtl.g:8486:2: ( ruleState )
            {
            // InternalPtl.g:8486:2: ( ruleState )
            // InternalPtl.g:8487:3: ruleState
            {
             before(grammarAccess.getOwnershipModelAccess().getStatesStateParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleState();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getStatesStateParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__StatesAssignment_4"


    // $ANTLR start "rule__OwnershipModel__InitialStateAssignment_5_1"
    // InternalPtl.g:8496:1: rule__OwnershipModel__InitialStateAssignment_5_1 : ( ( ruleValidID ) ) ;
    public final void rule__OwnershipModel__InitialStateAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8500:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8501:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8501:2: ( ( ruleValidID ) )
            // InternalPtl.g:8502:3: ( ruleValidID )
            {
             before(grammarAccess.getOwnershipModelAccess().getInitialStateStateCrossReference_5_1_0()); 
            // InternalPtl.g:8503:3: ( ruleValidID )
            // InternalPtl.g:8504:4: ruleValidID
            {
             before(grammarAccess.getOwnershipModelAccess().getInitialStateStateValidIDParserRuleCall_5_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getInitialStateStateValidIDParserRuleCall_5_1_0_1()); 

            }

             after(grammarAccess.getOwnershipModelAccess().getInitialStateStateCrossReference_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__InitialStateAssignment_5_1"


    // $ANTLR start "rule__OwnershipModel__ComponentsAssignment_6"
    // InternalPtl.g:8515:1: rule__OwnershipModel__ComponentsAssignment_6 : ( ruleComponent ) ;
    public final void rule__OwnershipModel__ComponentsAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8519:1: ( ( ruleComponent ) )
            // InternalPtl.g:8520:2: ( ruleComponent )
            {
            // InternalPtl.g:8520:2: ( ruleComponent )
            // InternalPtl.g:8521:3: ruleComponent
            {
             before(grammarAccess.getOwnershipModelAccess().getComponentsComponentParserRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleComponent();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getComponentsComponentParserRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__ComponentsAssignment_6"


    // $ANTLR start "rule__OwnershipModel__TransitionsAssignment_7"
    // InternalPtl.g:8530:1: rule__OwnershipModel__TransitionsAssignment_7 : ( ruleTransition ) ;
    public final void rule__OwnershipModel__TransitionsAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8534:1: ( ( ruleTransition ) )
            // InternalPtl.g:8535:2: ( ruleTransition )
            {
            // InternalPtl.g:8535:2: ( ruleTransition )
            // InternalPtl.g:8536:3: ruleTransition
            {
             before(grammarAccess.getOwnershipModelAccess().getTransitionsTransitionParserRuleCall_7_0()); 
            pushFollow(FOLLOW_2);
            ruleTransition();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getTransitionsTransitionParserRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__TransitionsAssignment_7"


    // $ANTLR start "rule__OwnershipModel__InvariantsAssignment_8"
    // InternalPtl.g:8545:1: rule__OwnershipModel__InvariantsAssignment_8 : ( ruleInvariant ) ;
    public final void rule__OwnershipModel__InvariantsAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8549:1: ( ( ruleInvariant ) )
            // InternalPtl.g:8550:2: ( ruleInvariant )
            {
            // InternalPtl.g:8550:2: ( ruleInvariant )
            // InternalPtl.g:8551:3: ruleInvariant
            {
             before(grammarAccess.getOwnershipModelAccess().getInvariantsInvariantParserRuleCall_8_0()); 
            pushFollow(FOLLOW_2);
            ruleInvariant();

            state._fsp--;

             after(grammarAccess.getOwnershipModelAccess().getInvariantsInvariantParserRuleCall_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OwnershipModel__InvariantsAssignment_8"


    // $ANTLR start "rule__State__NameAssignment_1"
    // InternalPtl.g:8560:1: rule__State__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__State__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8564:1: ( ( ruleValidID ) )
            // InternalPtl.g:8565:2: ( ruleValidID )
            {
            // InternalPtl.g:8565:2: ( ruleValidID )
            // InternalPtl.g:8566:3: ruleValidID
            {
             before(grammarAccess.getStateAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getStateAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__NameAssignment_1"


    // $ANTLR start "rule__State__DescriptionAssignment_2"
    // InternalPtl.g:8575:1: rule__State__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__State__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8579:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8580:2: ( RULE_STRING )
            {
            // InternalPtl.g:8580:2: ( RULE_STRING )
            // InternalPtl.g:8581:3: RULE_STRING
            {
             before(grammarAccess.getStateAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStateAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__State__DescriptionAssignment_2"


    // $ANTLR start "rule__Component__NameAssignment_1"
    // InternalPtl.g:8590:1: rule__Component__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Component__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8594:1: ( ( ruleValidID ) )
            // InternalPtl.g:8595:2: ( ruleValidID )
            {
            // InternalPtl.g:8595:2: ( ruleValidID )
            // InternalPtl.g:8596:3: ruleValidID
            {
             before(grammarAccess.getComponentAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getComponentAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__NameAssignment_1"


    // $ANTLR start "rule__Component__FamilyAssignment_2_0"
    // InternalPtl.g:8605:1: rule__Component__FamilyAssignment_2_0 : ( ( '[' ) ) ;
    public final void rule__Component__FamilyAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8609:1: ( ( ( '[' ) ) )
            // InternalPtl.g:8610:2: ( ( '[' ) )
            {
            // InternalPtl.g:8610:2: ( ( '[' ) )
            // InternalPtl.g:8611:3: ( '[' )
            {
             before(grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0()); 
            // InternalPtl.g:8612:3: ( '[' )
            // InternalPtl.g:8613:4: '['
            {
             before(grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0()); 

            }

             after(grammarAccess.getComponentAccess().getFamilyLeftSquareBracketKeyword_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__FamilyAssignment_2_0"


    // $ANTLR start "rule__Component__InitialStateAssignment_3_1"
    // InternalPtl.g:8624:1: rule__Component__InitialStateAssignment_3_1 : ( ( ruleValidID ) ) ;
    public final void rule__Component__InitialStateAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8628:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8629:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8629:2: ( ( ruleValidID ) )
            // InternalPtl.g:8630:3: ( ruleValidID )
            {
             before(grammarAccess.getComponentAccess().getInitialStateStateCrossReference_3_1_0()); 
            // InternalPtl.g:8631:3: ( ruleValidID )
            // InternalPtl.g:8632:4: ruleValidID
            {
             before(grammarAccess.getComponentAccess().getInitialStateStateValidIDParserRuleCall_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getComponentAccess().getInitialStateStateValidIDParserRuleCall_3_1_0_1()); 

            }

             after(grammarAccess.getComponentAccess().getInitialStateStateCrossReference_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__InitialStateAssignment_3_1"


    // $ANTLR start "rule__Component__DescriptionAssignment_4"
    // InternalPtl.g:8643:1: rule__Component__DescriptionAssignment_4 : ( RULE_STRING ) ;
    public final void rule__Component__DescriptionAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8647:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8648:2: ( RULE_STRING )
            {
            // InternalPtl.g:8648:2: ( RULE_STRING )
            // InternalPtl.g:8649:3: RULE_STRING
            {
             before(grammarAccess.getComponentAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getComponentAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Component__DescriptionAssignment_4"


    // $ANTLR start "rule__Transition__NameAssignment_1"
    // InternalPtl.g:8658:1: rule__Transition__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Transition__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8662:1: ( ( ruleValidID ) )
            // InternalPtl.g:8663:2: ( ruleValidID )
            {
            // InternalPtl.g:8663:2: ( ruleValidID )
            // InternalPtl.g:8664:3: ruleValidID
            {
             before(grammarAccess.getTransitionAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getTransitionAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__NameAssignment_1"


    // $ANTLR start "rule__Transition__DescriptionAssignment_2"
    // InternalPtl.g:8673:1: rule__Transition__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Transition__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8677:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8678:2: ( RULE_STRING )
            {
            // InternalPtl.g:8678:2: ( RULE_STRING )
            // InternalPtl.g:8679:3: RULE_STRING
            {
             before(grammarAccess.getTransitionAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTransitionAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__DescriptionAssignment_2"


    // $ANTLR start "rule__Transition__InitiatorAssignment_5"
    // InternalPtl.g:8688:1: rule__Transition__InitiatorAssignment_5 : ( ruleTransitionSide ) ;
    public final void rule__Transition__InitiatorAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8692:1: ( ( ruleTransitionSide ) )
            // InternalPtl.g:8693:2: ( ruleTransitionSide )
            {
            // InternalPtl.g:8693:2: ( ruleTransitionSide )
            // InternalPtl.g:8694:3: ruleTransitionSide
            {
             before(grammarAccess.getTransitionAccess().getInitiatorTransitionSideParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleTransitionSide();

            state._fsp--;

             after(grammarAccess.getTransitionAccess().getInitiatorTransitionSideParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__InitiatorAssignment_5"


    // $ANTLR start "rule__Transition__CompleterAssignment_6_1"
    // InternalPtl.g:8703:1: rule__Transition__CompleterAssignment_6_1 : ( ruleTransitionSide ) ;
    public final void rule__Transition__CompleterAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8707:1: ( ( ruleTransitionSide ) )
            // InternalPtl.g:8708:2: ( ruleTransitionSide )
            {
            // InternalPtl.g:8708:2: ( ruleTransitionSide )
            // InternalPtl.g:8709:3: ruleTransitionSide
            {
             before(grammarAccess.getTransitionAccess().getCompleterTransitionSideParserRuleCall_6_1_0()); 
            pushFollow(FOLLOW_2);
            ruleTransitionSide();

            state._fsp--;

             after(grammarAccess.getTransitionAccess().getCompleterTransitionSideParserRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Transition__CompleterAssignment_6_1"


    // $ANTLR start "rule__TransitionSide__ComponentsAssignment_0_0"
    // InternalPtl.g:8718:1: rule__TransitionSide__ComponentsAssignment_0_0 : ( ( ruleValidID ) ) ;
    public final void rule__TransitionSide__ComponentsAssignment_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8722:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8723:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8723:2: ( ( ruleValidID ) )
            // InternalPtl.g:8724:3: ( ruleValidID )
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_0_0()); 
            // InternalPtl.g:8725:3: ( ruleValidID )
            // InternalPtl.g:8726:4: ruleValidID
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsComponentValidIDParserRuleCall_0_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getTransitionSideAccess().getComponentsComponentValidIDParserRuleCall_0_0_0_1()); 

            }

             after(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__ComponentsAssignment_0_0"


    // $ANTLR start "rule__TransitionSide__ComponentsAssignment_0_1_1"
    // InternalPtl.g:8737:1: rule__TransitionSide__ComponentsAssignment_0_1_1 : ( ( ruleValidID ) ) ;
    public final void rule__TransitionSide__ComponentsAssignment_0_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8741:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8742:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8742:2: ( ( ruleValidID ) )
            // InternalPtl.g:8743:3: ( ruleValidID )
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_1_1_0()); 
            // InternalPtl.g:8744:3: ( ruleValidID )
            // InternalPtl.g:8745:4: ruleValidID
            {
             before(grammarAccess.getTransitionSideAccess().getComponentsComponentValidIDParserRuleCall_0_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getTransitionSideAccess().getComponentsComponentValidIDParserRuleCall_0_1_1_0_1()); 

            }

             after(grammarAccess.getTransitionSideAccess().getComponentsComponentCrossReference_0_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__ComponentsAssignment_0_1_1"


    // $ANTLR start "rule__TransitionSide__FromAssignment_1"
    // InternalPtl.g:8756:1: rule__TransitionSide__FromAssignment_1 : ( ( ruleValidID ) ) ;
    public final void rule__TransitionSide__FromAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8760:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8761:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8761:2: ( ( ruleValidID ) )
            // InternalPtl.g:8762:3: ( ruleValidID )
            {
             before(grammarAccess.getTransitionSideAccess().getFromStateCrossReference_1_0()); 
            // InternalPtl.g:8763:3: ( ruleValidID )
            // InternalPtl.g:8764:4: ruleValidID
            {
             before(grammarAccess.getTransitionSideAccess().getFromStateValidIDParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getTransitionSideAccess().getFromStateValidIDParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getTransitionSideAccess().getFromStateCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__FromAssignment_1"


    // $ANTLR start "rule__TransitionSide__ToAssignment_3"
    // InternalPtl.g:8775:1: rule__TransitionSide__ToAssignment_3 : ( ( ruleValidID ) ) ;
    public final void rule__TransitionSide__ToAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8779:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8780:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8780:2: ( ( ruleValidID ) )
            // InternalPtl.g:8781:3: ( ruleValidID )
            {
             before(grammarAccess.getTransitionSideAccess().getToStateCrossReference_3_0()); 
            // InternalPtl.g:8782:3: ( ruleValidID )
            // InternalPtl.g:8783:4: ruleValidID
            {
             before(grammarAccess.getTransitionSideAccess().getToStateValidIDParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getTransitionSideAccess().getToStateValidIDParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getTransitionSideAccess().getToStateCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TransitionSide__ToAssignment_3"


    // $ANTLR start "rule__Invariant__NameAssignment_1"
    // InternalPtl.g:8794:1: rule__Invariant__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Invariant__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8798:1: ( ( ruleValidID ) )
            // InternalPtl.g:8799:2: ( ruleValidID )
            {
            // InternalPtl.g:8799:2: ( ruleValidID )
            // InternalPtl.g:8800:3: ruleValidID
            {
             before(grammarAccess.getInvariantAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getInvariantAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__NameAssignment_1"


    // $ANTLR start "rule__Invariant__DescriptionAssignment_2"
    // InternalPtl.g:8809:1: rule__Invariant__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Invariant__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8813:1: ( ( RULE_STRING ) )
            // InternalPtl.g:8814:2: ( RULE_STRING )
            {
            // InternalPtl.g:8814:2: ( RULE_STRING )
            // InternalPtl.g:8815:3: RULE_STRING
            {
             before(grammarAccess.getInvariantAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getInvariantAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__DescriptionAssignment_2"


    // $ANTLR start "rule__Invariant__PredicateAssignment_4"
    // InternalPtl.g:8824:1: rule__Invariant__PredicateAssignment_4 : ( ruleImplication ) ;
    public final void rule__Invariant__PredicateAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8828:1: ( ( ruleImplication ) )
            // InternalPtl.g:8829:2: ( ruleImplication )
            {
            // InternalPtl.g:8829:2: ( ruleImplication )
            // InternalPtl.g:8830:3: ruleImplication
            {
             before(grammarAccess.getInvariantAccess().getPredicateImplicationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleImplication();

            state._fsp--;

             after(grammarAccess.getInvariantAccess().getPredicateImplicationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Invariant__PredicateAssignment_4"


    // $ANTLR start "rule__Implication__OperatorAssignment_1_1"
    // InternalPtl.g:8839:1: rule__Implication__OperatorAssignment_1_1 : ( ruleImpliesOperator ) ;
    public final void rule__Implication__OperatorAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8843:1: ( ( ruleImpliesOperator ) )
            // InternalPtl.g:8844:2: ( ruleImpliesOperator )
            {
            // InternalPtl.g:8844:2: ( ruleImpliesOperator )
            // InternalPtl.g:8845:3: ruleImpliesOperator
            {
             before(grammarAccess.getImplicationAccess().getOperatorImpliesOperatorEnumRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImpliesOperator();

            state._fsp--;

             after(grammarAccess.getImplicationAccess().getOperatorImpliesOperatorEnumRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__OperatorAssignment_1_1"


    // $ANTLR start "rule__Implication__RightAssignment_1_2"
    // InternalPtl.g:8854:1: rule__Implication__RightAssignment_1_2 : ( ruleImplication ) ;
    public final void rule__Implication__RightAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8858:1: ( ( ruleImplication ) )
            // InternalPtl.g:8859:2: ( ruleImplication )
            {
            // InternalPtl.g:8859:2: ( ruleImplication )
            // InternalPtl.g:8860:3: ruleImplication
            {
             before(grammarAccess.getImplicationAccess().getRightImplicationParserRuleCall_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleImplication();

            state._fsp--;

             after(grammarAccess.getImplicationAccess().getRightImplicationParserRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Implication__RightAssignment_1_2"


    // $ANTLR start "rule__Disjunction__OperatorAssignment_1_1"
    // InternalPtl.g:8869:1: rule__Disjunction__OperatorAssignment_1_1 : ( ruleOrOperator ) ;
    public final void rule__Disjunction__OperatorAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8873:1: ( ( ruleOrOperator ) )
            // InternalPtl.g:8874:2: ( ruleOrOperator )
            {
            // InternalPtl.g:8874:2: ( ruleOrOperator )
            // InternalPtl.g:8875:3: ruleOrOperator
            {
             before(grammarAccess.getDisjunctionAccess().getOperatorOrOperatorEnumRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleOrOperator();

            state._fsp--;

             after(grammarAccess.getDisjunctionAccess().getOperatorOrOperatorEnumRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__OperatorAssignment_1_1"


    // $ANTLR start "rule__Disjunction__RightAssignment_1_2"
    // InternalPtl.g:8884:1: rule__Disjunction__RightAssignment_1_2 : ( ruleConjunction ) ;
    public final void rule__Disjunction__RightAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8888:1: ( ( ruleConjunction ) )
            // InternalPtl.g:8889:2: ( ruleConjunction )
            {
            // InternalPtl.g:8889:2: ( ruleConjunction )
            // InternalPtl.g:8890:3: ruleConjunction
            {
             before(grammarAccess.getDisjunctionAccess().getRightConjunctionParserRuleCall_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleConjunction();

            state._fsp--;

             after(grammarAccess.getDisjunctionAccess().getRightConjunctionParserRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Disjunction__RightAssignment_1_2"


    // $ANTLR start "rule__Conjunction__OperatorAssignment_1_1"
    // InternalPtl.g:8899:1: rule__Conjunction__OperatorAssignment_1_1 : ( ruleAndOperator ) ;
    public final void rule__Conjunction__OperatorAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8903:1: ( ( ruleAndOperator ) )
            // InternalPtl.g:8904:2: ( ruleAndOperator )
            {
            // InternalPtl.g:8904:2: ( ruleAndOperator )
            // InternalPtl.g:8905:3: ruleAndOperator
            {
             before(grammarAccess.getConjunctionAccess().getOperatorAndOperatorEnumRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAndOperator();

            state._fsp--;

             after(grammarAccess.getConjunctionAccess().getOperatorAndOperatorEnumRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__OperatorAssignment_1_1"


    // $ANTLR start "rule__Conjunction__RightAssignment_1_2"
    // InternalPtl.g:8914:1: rule__Conjunction__RightAssignment_1_2 : ( ruleNegation ) ;
    public final void rule__Conjunction__RightAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8918:1: ( ( ruleNegation ) )
            // InternalPtl.g:8919:2: ( ruleNegation )
            {
            // InternalPtl.g:8919:2: ( ruleNegation )
            // InternalPtl.g:8920:3: ruleNegation
            {
             before(grammarAccess.getConjunctionAccess().getRightNegationParserRuleCall_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNegation();

            state._fsp--;

             after(grammarAccess.getConjunctionAccess().getRightNegationParserRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Conjunction__RightAssignment_1_2"


    // $ANTLR start "rule__Negation__OperandAssignment_0_2"
    // InternalPtl.g:8929:1: rule__Negation__OperandAssignment_0_2 : ( ruleNegation ) ;
    public final void rule__Negation__OperandAssignment_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8933:1: ( ( ruleNegation ) )
            // InternalPtl.g:8934:2: ( ruleNegation )
            {
            // InternalPtl.g:8934:2: ( ruleNegation )
            // InternalPtl.g:8935:3: ruleNegation
            {
             before(grammarAccess.getNegationAccess().getOperandNegationParserRuleCall_0_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNegation();

            state._fsp--;

             after(grammarAccess.getNegationAccess().getOperandNegationParserRuleCall_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Negation__OperandAssignment_0_2"


    // $ANTLR start "rule__Quantified__QuantifierAssignment_0_0_1"
    // InternalPtl.g:8944:1: rule__Quantified__QuantifierAssignment_0_0_1 : ( ruleExactlyOne ) ;
    public final void rule__Quantified__QuantifierAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8948:1: ( ( ruleExactlyOne ) )
            // InternalPtl.g:8949:2: ( ruleExactlyOne )
            {
            // InternalPtl.g:8949:2: ( ruleExactlyOne )
            // InternalPtl.g:8950:3: ruleExactlyOne
            {
             before(grammarAccess.getQuantifiedAccess().getQuantifierExactlyOneEnumRuleCall_0_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleExactlyOne();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getQuantifierExactlyOneEnumRuleCall_0_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__QuantifierAssignment_0_0_1"


    // $ANTLR start "rule__Quantified__QuantifierAssignment_0_1_2"
    // InternalPtl.g:8959:1: rule__Quantified__QuantifierAssignment_0_1_2 : ( ruleAtMostOne ) ;
    public final void rule__Quantified__QuantifierAssignment_0_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8963:1: ( ( ruleAtMostOne ) )
            // InternalPtl.g:8964:2: ( ruleAtMostOne )
            {
            // InternalPtl.g:8964:2: ( ruleAtMostOne )
            // InternalPtl.g:8965:3: ruleAtMostOne
            {
             before(grammarAccess.getQuantifiedAccess().getQuantifierAtMostOneEnumRuleCall_0_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleAtMostOne();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getQuantifierAtMostOneEnumRuleCall_0_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__QuantifierAssignment_0_1_2"


    // $ANTLR start "rule__Quantified__QuantifierAssignment_0_2"
    // InternalPtl.g:8974:1: rule__Quantified__QuantifierAssignment_0_2 : ( ruleSimpleQuantifier ) ;
    public final void rule__Quantified__QuantifierAssignment_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8978:1: ( ( ruleSimpleQuantifier ) )
            // InternalPtl.g:8979:2: ( ruleSimpleQuantifier )
            {
            // InternalPtl.g:8979:2: ( ruleSimpleQuantifier )
            // InternalPtl.g:8980:3: ruleSimpleQuantifier
            {
             before(grammarAccess.getQuantifiedAccess().getQuantifierSimpleQuantifierEnumRuleCall_0_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSimpleQuantifier();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getQuantifierSimpleQuantifierEnumRuleCall_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__QuantifierAssignment_0_2"


    // $ANTLR start "rule__Quantified__ComponentsAssignment_1_1_1"
    // InternalPtl.g:8989:1: rule__Quantified__ComponentsAssignment_1_1_1 : ( ( ruleValidID ) ) ;
    public final void rule__Quantified__ComponentsAssignment_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:8993:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:8994:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:8994:2: ( ( ruleValidID ) )
            // InternalPtl.g:8995:3: ( ruleValidID )
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_1_0()); 
            // InternalPtl.g:8996:3: ( ruleValidID )
            // InternalPtl.g:8997:4: ruleValidID
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsComponentValidIDParserRuleCall_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getComponentsComponentValidIDParserRuleCall_1_1_1_0_1()); 

            }

             after(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__ComponentsAssignment_1_1_1"


    // $ANTLR start "rule__Quantified__ComponentsAssignment_1_1_2_1"
    // InternalPtl.g:9008:1: rule__Quantified__ComponentsAssignment_1_1_2_1 : ( ( ruleValidID ) ) ;
    public final void rule__Quantified__ComponentsAssignment_1_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9012:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:9013:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:9013:2: ( ( ruleValidID ) )
            // InternalPtl.g:9014:3: ( ruleValidID )
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_2_1_0()); 
            // InternalPtl.g:9015:3: ( ruleValidID )
            // InternalPtl.g:9016:4: ruleValidID
            {
             before(grammarAccess.getQuantifiedAccess().getComponentsComponentValidIDParserRuleCall_1_1_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getComponentsComponentValidIDParserRuleCall_1_1_2_1_0_1()); 

            }

             after(grammarAccess.getQuantifiedAccess().getComponentsComponentCrossReference_1_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__ComponentsAssignment_1_1_2_1"


    // $ANTLR start "rule__Quantified__StatesAssignment_4"
    // InternalPtl.g:9027:1: rule__Quantified__StatesAssignment_4 : ( ( ruleValidID ) ) ;
    public final void rule__Quantified__StatesAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9031:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:9032:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:9032:2: ( ( ruleValidID ) )
            // InternalPtl.g:9033:3: ( ruleValidID )
            {
             before(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_4_0()); 
            // InternalPtl.g:9034:3: ( ruleValidID )
            // InternalPtl.g:9035:4: ruleValidID
            {
             before(grammarAccess.getQuantifiedAccess().getStatesStateValidIDParserRuleCall_4_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getStatesStateValidIDParserRuleCall_4_0_1()); 

            }

             after(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__StatesAssignment_4"


    // $ANTLR start "rule__Quantified__StatesAssignment_5_1"
    // InternalPtl.g:9046:1: rule__Quantified__StatesAssignment_5_1 : ( ( ruleValidID ) ) ;
    public final void rule__Quantified__StatesAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9050:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:9051:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:9051:2: ( ( ruleValidID ) )
            // InternalPtl.g:9052:3: ( ruleValidID )
            {
             before(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_5_1_0()); 
            // InternalPtl.g:9053:3: ( ruleValidID )
            // InternalPtl.g:9054:4: ruleValidID
            {
             before(grammarAccess.getQuantifiedAccess().getStatesStateValidIDParserRuleCall_5_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getQuantifiedAccess().getStatesStateValidIDParserRuleCall_5_1_0_1()); 

            }

             after(grammarAccess.getQuantifiedAccess().getStatesStateCrossReference_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Quantified__StatesAssignment_5_1"


    // $ANTLR start "rule__Encoding__NameAssignment_1"
    // InternalPtl.g:9065:1: rule__Encoding__NameAssignment_1 : ( ruleValidID ) ;
    public final void rule__Encoding__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9069:1: ( ( ruleValidID ) )
            // InternalPtl.g:9070:2: ( ruleValidID )
            {
            // InternalPtl.g:9070:2: ( ruleValidID )
            // InternalPtl.g:9071:3: ruleValidID
            {
             before(grammarAccess.getEncodingAccess().getNameValidIDParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getEncodingAccess().getNameValidIDParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__NameAssignment_1"


    // $ANTLR start "rule__Encoding__ModelAssignment_3"
    // InternalPtl.g:9080:1: rule__Encoding__ModelAssignment_3 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Encoding__ModelAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9084:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:9085:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:9085:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:9086:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getEncodingAccess().getModelOwnershipModelCrossReference_3_0()); 
            // InternalPtl.g:9087:3: ( ruleQualifiedName )
            // InternalPtl.g:9088:4: ruleQualifiedName
            {
             before(grammarAccess.getEncodingAccess().getModelOwnershipModelQualifiedNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getEncodingAccess().getModelOwnershipModelQualifiedNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getEncodingAccess().getModelOwnershipModelCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__ModelAssignment_3"


    // $ANTLR start "rule__Encoding__ClaimAssignment_5"
    // InternalPtl.g:9099:1: rule__Encoding__ClaimAssignment_5 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Encoding__ClaimAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9103:1: ( ( ( ruleQualifiedName ) ) )
            // InternalPtl.g:9104:2: ( ( ruleQualifiedName ) )
            {
            // InternalPtl.g:9104:2: ( ( ruleQualifiedName ) )
            // InternalPtl.g:9105:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getEncodingAccess().getClaimClaimCrossReference_5_0()); 
            // InternalPtl.g:9106:3: ( ruleQualifiedName )
            // InternalPtl.g:9107:4: ruleQualifiedName
            {
             before(grammarAccess.getEncodingAccess().getClaimClaimQualifiedNameParserRuleCall_5_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getEncodingAccess().getClaimClaimQualifiedNameParserRuleCall_5_0_1()); 

            }

             after(grammarAccess.getEncodingAccess().getClaimClaimCrossReference_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__ClaimAssignment_5"


    // $ANTLR start "rule__Encoding__DescriptionAssignment_6"
    // InternalPtl.g:9118:1: rule__Encoding__DescriptionAssignment_6 : ( RULE_STRING ) ;
    public final void rule__Encoding__DescriptionAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9122:1: ( ( RULE_STRING ) )
            // InternalPtl.g:9123:2: ( RULE_STRING )
            {
            // InternalPtl.g:9123:2: ( RULE_STRING )
            // InternalPtl.g:9124:3: RULE_STRING
            {
             before(grammarAccess.getEncodingAccess().getDescriptionSTRINGTerminalRuleCall_6_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEncodingAccess().getDescriptionSTRINGTerminalRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__DescriptionAssignment_6"


    // $ANTLR start "rule__Encoding__EntriesAssignment_8_0"
    // InternalPtl.g:9133:1: rule__Encoding__EntriesAssignment_8_0 : ( ruleStateEncoding ) ;
    public final void rule__Encoding__EntriesAssignment_8_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9137:1: ( ( ruleStateEncoding ) )
            // InternalPtl.g:9138:2: ( ruleStateEncoding )
            {
            // InternalPtl.g:9138:2: ( ruleStateEncoding )
            // InternalPtl.g:9139:3: ruleStateEncoding
            {
             before(grammarAccess.getEncodingAccess().getEntriesStateEncodingParserRuleCall_8_0_0()); 
            pushFollow(FOLLOW_2);
            ruleStateEncoding();

            state._fsp--;

             after(grammarAccess.getEncodingAccess().getEntriesStateEncodingParserRuleCall_8_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__EntriesAssignment_8_0"


    // $ANTLR start "rule__Encoding__ReservedAssignment_8_1"
    // InternalPtl.g:9148:1: rule__Encoding__ReservedAssignment_8_1 : ( ruleReservedEncoding ) ;
    public final void rule__Encoding__ReservedAssignment_8_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9152:1: ( ( ruleReservedEncoding ) )
            // InternalPtl.g:9153:2: ( ruleReservedEncoding )
            {
            // InternalPtl.g:9153:2: ( ruleReservedEncoding )
            // InternalPtl.g:9154:3: ruleReservedEncoding
            {
             before(grammarAccess.getEncodingAccess().getReservedReservedEncodingParserRuleCall_8_1_0()); 
            pushFollow(FOLLOW_2);
            ruleReservedEncoding();

            state._fsp--;

             after(grammarAccess.getEncodingAccess().getReservedReservedEncodingParserRuleCall_8_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Encoding__ReservedAssignment_8_1"


    // $ANTLR start "rule__StateEncoding__StateAssignment_0"
    // InternalPtl.g:9163:1: rule__StateEncoding__StateAssignment_0 : ( ( ruleValidID ) ) ;
    public final void rule__StateEncoding__StateAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9167:1: ( ( ( ruleValidID ) ) )
            // InternalPtl.g:9168:2: ( ( ruleValidID ) )
            {
            // InternalPtl.g:9168:2: ( ( ruleValidID ) )
            // InternalPtl.g:9169:3: ( ruleValidID )
            {
             before(grammarAccess.getStateEncodingAccess().getStateStateCrossReference_0_0()); 
            // InternalPtl.g:9170:3: ( ruleValidID )
            // InternalPtl.g:9171:4: ruleValidID
            {
             before(grammarAccess.getStateEncodingAccess().getStateStateValidIDParserRuleCall_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleValidID();

            state._fsp--;

             after(grammarAccess.getStateEncodingAccess().getStateStateValidIDParserRuleCall_0_0_1()); 

            }

             after(grammarAccess.getStateEncodingAccess().getStateStateCrossReference_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__StateAssignment_0"


    // $ANTLR start "rule__StateEncoding__ValueAssignment_1_0_1"
    // InternalPtl.g:9182:1: rule__StateEncoding__ValueAssignment_1_0_1 : ( ruleNumber ) ;
    public final void rule__StateEncoding__ValueAssignment_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9186:1: ( ( ruleNumber ) )
            // InternalPtl.g:9187:2: ( ruleNumber )
            {
            // InternalPtl.g:9187:2: ( ruleNumber )
            // InternalPtl.g:9188:3: ruleNumber
            {
             before(grammarAccess.getStateEncodingAccess().getValueNumberParserRuleCall_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getStateEncodingAccess().getValueNumberParserRuleCall_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__ValueAssignment_1_0_1"


    // $ANTLR start "rule__StateEncoding__NotEncodedAssignment_1_1_0"
    // InternalPtl.g:9197:1: rule__StateEncoding__NotEncodedAssignment_1_1_0 : ( ( 'not' ) ) ;
    public final void rule__StateEncoding__NotEncodedAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9201:1: ( ( ( 'not' ) ) )
            // InternalPtl.g:9202:2: ( ( 'not' ) )
            {
            // InternalPtl.g:9202:2: ( ( 'not' ) )
            // InternalPtl.g:9203:3: ( 'not' )
            {
             before(grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0()); 
            // InternalPtl.g:9204:3: ( 'not' )
            // InternalPtl.g:9205:4: 'not'
            {
             before(grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0()); 

            }

             after(grammarAccess.getStateEncodingAccess().getNotEncodedNotKeyword_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StateEncoding__NotEncodedAssignment_1_1_0"


    // $ANTLR start "rule__ReservedEncoding__ValueAssignment_1"
    // InternalPtl.g:9216:1: rule__ReservedEncoding__ValueAssignment_1 : ( ruleNumber ) ;
    public final void rule__ReservedEncoding__ValueAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9220:1: ( ( ruleNumber ) )
            // InternalPtl.g:9221:2: ( ruleNumber )
            {
            // InternalPtl.g:9221:2: ( ruleNumber )
            // InternalPtl.g:9222:3: ruleNumber
            {
             before(grammarAccess.getReservedEncodingAccess().getValueNumberParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getReservedEncodingAccess().getValueNumberParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__ValueAssignment_1"


    // $ANTLR start "rule__ReservedEncoding__DescriptionAssignment_2"
    // InternalPtl.g:9231:1: rule__ReservedEncoding__DescriptionAssignment_2 : ( RULE_STRING ) ;
    public final void rule__ReservedEncoding__DescriptionAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalPtl.g:9235:1: ( ( RULE_STRING ) )
            // InternalPtl.g:9236:2: ( RULE_STRING )
            {
            // InternalPtl.g:9236:2: ( RULE_STRING )
            // InternalPtl.g:9237:3: RULE_STRING
            {
             before(grammarAccess.getReservedEncodingAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getReservedEncodingAccess().getDescriptionSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ReservedEncoding__DescriptionAssignment_2"

    // Delegated rules


    protected DFA59 dfa59 = new DFA59(this);
    static final String dfa_1s = "\21\uffff";
    static final String dfa_2s = "\1\4\16\71\2\uffff";
    static final String dfa_3s = "\1\44\16\113\2\uffff";
    static final String dfa_4s = "\17\uffff\1\2\1\1";
    static final String dfa_5s = "\21\uffff}>";
    static final String[] dfa_6s = {
            "\1\1\13\uffff\1\13\10\uffff\1\2\1\3\1\4\1\5\1\6\1\7\1\10\1\11\1\12\1\14\1\15\1\16",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "\1\20\5\uffff\1\20\13\uffff\1\17",
            "",
            ""
    };

    static final short[] dfa_1 = DFA.unpackEncodedString(dfa_1s);
    static final char[] dfa_2 = DFA.unpackEncodedStringToUnsignedChars(dfa_2s);
    static final char[] dfa_3 = DFA.unpackEncodedStringToUnsignedChars(dfa_3s);
    static final short[] dfa_4 = DFA.unpackEncodedString(dfa_4s);
    static final short[] dfa_5 = DFA.unpackEncodedString(dfa_5s);
    static final short[][] dfa_6 = unpackEncodedStringArray(dfa_6s);

    class DFA59 extends DFA {

        public DFA59(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 59;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "5514:2: ( rule__TransitionSide__Group_0__0 )?";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000700000000000L,0x0000000000100021L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000100000000002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000600000000002L,0x0000000000100021L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000200L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x000001E000000000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000001FFE010010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000800000000200L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000120L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000001000400000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000000020L,0x0000000000800000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x00D800001E000000L,0x0000000001000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x000000001E000002L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0100000000000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0200000000000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0200000000000002L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0400000000000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0100800000000200L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0008001FFE010010L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000001FFE010012L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000600000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x2000000000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x10000003E001C200L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x00000000000000E0L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000800000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0208000000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0800000000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0xC000000000000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0200800000000200L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0008000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000004L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000200L,0x0000000000000008L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0008000400800000L,0x0000000000001140L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000800002L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000100L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000002L,0x0000000000001000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x2000000000000200L,0x0000000000000040L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000080L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x4000000000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000200L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0008000000000000L,0x0000000000000400L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x8200000000000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x8000000000000200L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x01000E0000000000L,0x0000000000026000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000080000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000080002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000000000L,0x0000000000002000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000000L,0x0000000000008000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000001800000L,0x0000000000080000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000000000000L,0x0000000000010000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000000000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000000000000000L,0x0000000000080000L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000000004000L,0x0000000000002000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000000L,0x0000000000400000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000000002L,0x0000000000400000L});

}