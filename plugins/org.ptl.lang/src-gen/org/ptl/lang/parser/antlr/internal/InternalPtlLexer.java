package org.ptl.lang.parser.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.parser.antlr.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalPtlLexer extends Lexer {
    public static final int T__144=144;
    public static final int T__143=143;
    public static final int T__146=146;
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
    public static final int T__100=100;
    public static final int T__221=221;
    public static final int T__220=220;
    public static final int T__102=102;
    public static final int T__223=223;
    public static final int T__101=101;
    public static final int T__222=222;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__218=218;
    public static final int T__217=217;
    public static final int T__14=14;
    public static final int T__219=219;
    public static final int T__214=214;
    public static final int T__213=213;
    public static final int T__216=216;
    public static final int T__215=215;
    public static final int T__210=210;
    public static final int T__212=212;
    public static final int T__211=211;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__207=207;
    public static final int T__23=23;
    public static final int T__206=206;
    public static final int T__24=24;
    public static final int T__209=209;
    public static final int T__25=25;
    public static final int T__208=208;
    public static final int T__203=203;
    public static final int T__202=202;
    public static final int T__20=20;
    public static final int T__205=205;
    public static final int T__21=21;
    public static final int T__204=204;
    public static final int T__122=122;
    public static final int T__121=121;
    public static final int T__124=124;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_SL_COMMENT=11;
    public static final int T__119=119;
    public static final int T__118=118;
    public static final int T__115=115;
    public static final int T__236=236;
    public static final int EOF=-1;
    public static final int T__114=114;
    public static final int T__235=235;
    public static final int T__117=117;
    public static final int T__116=116;
    public static final int T__237=237;
    public static final int T__111=111;
    public static final int T__232=232;
    public static final int T__110=110;
    public static final int T__231=231;
    public static final int T__113=113;
    public static final int T__234=234;
    public static final int T__112=112;
    public static final int T__233=233;
    public static final int T__230=230;
    public static final int T__108=108;
    public static final int T__229=229;
    public static final int T__107=107;
    public static final int T__228=228;
    public static final int T__109=109;
    public static final int T__104=104;
    public static final int T__225=225;
    public static final int T__103=103;
    public static final int T__224=224;
    public static final int T__106=106;
    public static final int T__227=227;
    public static final int T__105=105;
    public static final int T__226=226;
    public static final int RULE_HEX=7;
    public static final int RULE_BIN=8;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__201=201;
    public static final int T__200=200;
    public static final int T__91=91;
    public static final int T__188=188;
    public static final int T__92=92;
    public static final int T__187=187;
    public static final int T__93=93;
    public static final int T__94=94;
    public static final int T__189=189;
    public static final int T__184=184;
    public static final int T__183=183;
    public static final int T__186=186;
    public static final int T__90=90;
    public static final int T__185=185;
    public static final int T__180=180;
    public static final int T__182=182;
    public static final int T__181=181;
    public static final int T__99=99;
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
    public static final int T__169=169;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=4;
    public static final int T__77=77;
    public static final int T__78=78;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__74=74;
    public static final int T__75=75;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__199=199;
    public static final int T__81=81;
    public static final int T__198=198;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int T__195=195;
    public static final int T__194=194;
    public static final int RULE_WS=12;
    public static final int T__197=197;
    public static final int T__196=196;
    public static final int T__191=191;
    public static final int T__190=190;
    public static final int T__193=193;
    public static final int T__192=192;
    public static final int RULE_ANY_OTHER=13;
    public static final int T__88=88;
    public static final int T__89=89;
    public static final int T__84=84;
    public static final int T__85=85;
    public static final int T__86=86;
    public static final int T__87=87;

    // delegates
    // delegators

    public InternalPtlLexer() {;} 
    public InternalPtlLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalPtlLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalPtl.g"; }

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:11:7: ( 'import' )
            // InternalPtl.g:11:9: 'import'
            {
            match("import"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:12:7: ( 'severity' )
            // InternalPtl.g:12:9: 'severity'
            {
            match("severity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:13:7: ( 'format' )
            // InternalPtl.g:13:9: 'format'
            {
            match("format"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14:7: ( '{' )
            // InternalPtl.g:14:9: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:15:7: ( 'granule' )
            // InternalPtl.g:15:9: 'granule'
            {
            match("granule"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:16:7: ( 'input' )
            // InternalPtl.g:16:9: 'input'
            {
            match("input"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:17:7: ( 'bits' )
            // InternalPtl.g:17:9: 'bits'
            {
            match("bits"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:18:7: ( 'output' )
            // InternalPtl.g:18:9: 'output'
            {
            match("output"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:19:7: ( 'levels' )
            // InternalPtl.g:19:9: 'levels'
            {
            match("levels"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:20:7: ( '..' )
            // InternalPtl.g:20:9: '..'
            {
            match(".."); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:21:7: ( 'root' )
            // InternalPtl.g:21:9: 'root'
            {
            match("root"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:22:7: ( 'pages' )
            // InternalPtl.g:22:9: 'pages'
            {
            match("pages"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:23:7: ( 'stride' )
            // InternalPtl.g:23:9: 'stride'
            {
            match("stride"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:24:7: ( 'lpa2' )
            // InternalPtl.g:24:9: 'lpa2'
            {
            match("lpa2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:25:7: ( 'blocks' )
            // InternalPtl.g:25:9: 'blocks'
            {
            match("blocks"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:26:7: ( 'at' )
            // InternalPtl.g:26:9: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:27:7: ( ',' )
            // InternalPtl.g:27:9: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:28:7: ( 'descriptors' )
            // InternalPtl.g:28:9: 'descriptors'
            {
            match("descriptors"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:29:7: ( 'from' )
            // InternalPtl.g:29:9: 'from'
            {
            match("from"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:30:7: ( '}' )
            // InternalPtl.g:30:9: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:31:7: ( 'descriptor' )
            // InternalPtl.g:31:9: 'descriptor'
            {
            match("descriptor"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:32:7: ( 'level' )
            // InternalPtl.g:32:9: 'level'
            {
            match("level"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:33:7: ( 'holds' )
            // InternalPtl.g:33:9: 'holds'
            {
            match("holds"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:34:7: ( 'role' )
            // InternalPtl.g:34:9: 'role'
            {
            match("role"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:35:7: ( 'overlays' )
            // InternalPtl.g:35:9: 'overlays'
            {
            match("overlays"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:36:7: ( '=' )
            // InternalPtl.g:36:9: '='
            {
            match('='); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:37:7: ( '[' )
            // InternalPtl.g:37:9: '['
            {
            match('['); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:38:7: ( ':' )
            // InternalPtl.g:38:9: ':'
            {
            match(':'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:39:7: ( ']' )
            // InternalPtl.g:39:9: ']'
            {
            match(']'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:40:7: ( 'claims' )
            // InternalPtl.g:40:9: 'claims'
            {
            match("claims"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:41:7: ( 'on' )
            // InternalPtl.g:41:9: 'on'
            {
            match("on"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:42:7: ( 'claim' )
            // InternalPtl.g:42:9: 'claim'
            {
            match("claim"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:43:7: ( 'shared' )
            // InternalPtl.g:43:9: 'shared'
            {
            match("shared"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:44:7: ( 'with' )
            // InternalPtl.g:44:9: 'with'
            {
            match("with"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:45:7: ( 'ownership' )
            // InternalPtl.g:45:9: 'ownership'
            {
            match("ownership"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:46:7: ( 'initially' )
            // InternalPtl.g:46:9: 'initially'
            {
            match("initially"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:47:7: ( 'state' )
            // InternalPtl.g:47:9: 'state'
            {
            match("state"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:48:7: ( 'component' )
            // InternalPtl.g:48:9: 'component'
            {
            match("component"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:49:7: ( '*' )
            // InternalPtl.g:49:9: '*'
            {
            match('*'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:50:7: ( 'counter' )
            // InternalPtl.g:50:9: 'counter'
            {
            match("counter"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:51:7: ( 'max' )
            // InternalPtl.g:51:9: 'max'
            {
            match("max"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:52:7: ( 'transition' )
            // InternalPtl.g:52:9: 'transition'
            {
            match("transition"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:53:7: ( 'initiator' )
            // InternalPtl.g:53:9: 'initiator'
            {
            match("initiator"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:54:7: ( 'completer' )
            // InternalPtl.g:54:9: 'completer'
            {
            match("completer"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:55:7: ( 'requires' )
            // InternalPtl.g:55:9: 'requires'
            {
            match("requires"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:56:7: ( 'else' )
            // InternalPtl.g:56:9: 'else'
            {
            match("else"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:57:7: ( 'update' )
            // InternalPtl.g:57:9: 'update'
            {
            match("update"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:58:7: ( '->' )
            // InternalPtl.g:58:9: '->'
            {
            match("->"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:59:7: ( 'invariant' )
            // InternalPtl.g:59:9: 'invariant'
            {
            match("invariant"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:60:7: ( 'not' )
            // InternalPtl.g:60:9: 'not'
            {
            match("not"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:61:7: ( '(' )
            // InternalPtl.g:61:9: '('
            {
            match('('); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:62:7: ( ')' )
            // InternalPtl.g:62:9: ')'
            {
            match(')'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:63:7: ( 'number' )
            // InternalPtl.g:63:9: 'number'
            {
            match("number"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:64:7: ( 'of' )
            // InternalPtl.g:64:9: 'of'
            {
            match("of"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:65:7: ( 'in' )
            // InternalPtl.g:65:9: 'in'
            {
            match("in"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:66:7: ( 'is' )
            // InternalPtl.g:66:9: 'is'
            {
            match("is"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:67:7: ( 'exactly' )
            // InternalPtl.g:67:9: 'exactly'
            {
            match("exactly"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:68:7: ( 'most' )
            // InternalPtl.g:68:9: 'most'
            {
            match("most"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:69:7: ( 'components' )
            // InternalPtl.g:69:9: 'components'
            {
            match("components"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:70:7: ( 'encoding' )
            // InternalPtl.g:70:9: 'encoding'
            {
            match("encoding"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:71:7: ( 'as' )
            // InternalPtl.g:71:9: 'as'
            {
            match("as"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:72:7: ( 'encoded' )
            // InternalPtl.g:72:9: 'encoded'
            {
            match("encoded"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:73:7: ( 'reserved' )
            // InternalPtl.g:73:9: 'reserved'
            {
            match("reserved"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:74:7: ( 'operations' )
            // InternalPtl.g:74:9: 'operations'
            {
            match("operations"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:75:7: ( 'for' )
            // InternalPtl.g:75:9: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:76:7: ( 'library' )
            // InternalPtl.g:76:9: 'library'
            {
            match("library"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:77:7: ( 'prot' )
            // InternalPtl.g:77:9: 'prot'
            {
            match("prot"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:78:7: ( 'permissions' )
            // InternalPtl.g:78:9: 'permissions'
            {
            match("permissions"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:79:7: ( 'lock' )
            // InternalPtl.g:79:9: 'lock'
            {
            match("lock"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:80:7: ( 'marker' )
            // InternalPtl.g:80:9: 'marker'
            {
            match("marker"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:81:7: ( 'owner' )
            // InternalPtl.g:81:9: 'owner'
            {
            match("owner"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:82:7: ( 'field' )
            // InternalPtl.g:82:9: 'field'
            {
            match("field"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:83:7: ( 'address' )
            // InternalPtl.g:83:9: 'address'
            {
            match("address"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:84:7: ( 'inject' )
            // InternalPtl.g:84:9: 'inject'
            {
            match("inject"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:85:7: ( 'may' )
            // InternalPtl.g:85:9: 'may'
            {
            match("may"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:86:7: ( 'change' )
            // InternalPtl.g:86:9: 'change'
            {
            match("change"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:87:7: ( 'walks' )
            // InternalPtl.g:87:9: 'walks'
            {
            match("walks"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:88:7: ( 'reject' )
            // InternalPtl.g:88:9: 'reject'
            {
            match("reject"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:89:7: ( '&' )
            // InternalPtl.g:89:9: '&'
            {
            match('&'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:90:7: ( '!' )
            // InternalPtl.g:90:9: '!'
            {
            match('!'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:91:7: ( 'walker' )
            // InternalPtl.g:91:9: 'walker'
            {
            match("walker"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:92:7: ( 'policy' )
            // InternalPtl.g:92:9: 'policy'
            {
            match("policy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:93:7: ( 'flags' )
            // InternalPtl.g:93:9: 'flags'
            {
            match("flags"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:94:7: ( 'outcomes' )
            // InternalPtl.g:94:9: 'outcomes'
            {
            match("outcomes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:95:7: ( 'when' )
            // InternalPtl.g:95:9: 'when'
            {
            match("when"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:96:7: ( 'otherwise' )
            // InternalPtl.g:96:9: 'otherwise'
            {
            match("otherwise"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:97:8: ( 'error' )
            // InternalPtl.g:97:10: 'error'
            {
            match("error"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:98:8: ( 'binding' )
            // InternalPtl.g:98:10: 'binding'
            {
            match("binding"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:99:8: ( 'via' )
            // InternalPtl.g:99:10: 'via'
            {
            match("via"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:100:8: ( 'offset' )
            // InternalPtl.g:100:10: 'offset'
            {
            match("offset"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:101:8: ( 'side' )
            // InternalPtl.g:101:10: 'side'
            {
            match("side"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:102:8: ( 'table' )
            // InternalPtl.g:102:10: 'table'
            {
            match("table"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:103:8: ( 'empty' )
            // InternalPtl.g:103:10: 'empty'
            {
            match("empty"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:104:8: ( 'unmapped' )
            // InternalPtl.g:104:10: 'unmapped'
            {
            match("unmapped"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "T__108"
    public final void mT__108() throws RecognitionException {
        try {
            int _type = T__108;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:105:8: ( 'lazy' )
            // InternalPtl.g:105:10: 'lazy'
            {
            match("lazy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__108"

    // $ANTLR start "T__109"
    public final void mT__109() throws RecognitionException {
        try {
            int _type = T__109;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:106:8: ( 'annotates' )
            // InternalPtl.g:106:10: 'annotates'
            {
            match("annotates"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__109"

    // $ANTLR start "T__110"
    public final void mT__110() throws RecognitionException {
        try {
            int _type = T__110;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:107:8: ( 'scenario' )
            // InternalPtl.g:107:10: 'scenario'
            {
            match("scenario"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__110"

    // $ANTLR start "T__111"
    public final void mT__111() throws RecognitionException {
        try {
            int _type = T__111;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:108:8: ( 'memory' )
            // InternalPtl.g:108:10: 'memory'
            {
            match("memory"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__111"

    // $ANTLR start "T__112"
    public final void mT__112() throws RecognitionException {
        try {
            int _type = T__112;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:109:8: ( 'features' )
            // InternalPtl.g:109:10: 'features'
            {
            match("features"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__112"

    // $ANTLR start "T__113"
    public final void mT__113() throws RecognitionException {
        try {
            int _type = T__113;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:110:8: ( 'page' )
            // InternalPtl.g:110:10: 'page'
            {
            match("page"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__113"

    // $ANTLR start "T__114"
    public final void mT__114() throws RecognitionException {
        try {
            int _type = T__114;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:111:8: ( 'concurrently' )
            // InternalPtl.g:111:10: 'concurrently'
            {
            match("concurrently"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__114"

    // $ANTLR start "T__115"
    public final void mT__115() throws RecognitionException {
        try {
            int _type = T__115;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:112:8: ( 'cpu' )
            // InternalPtl.g:112:10: 'cpu'
            {
            match("cpu"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__115"

    // $ANTLR start "T__116"
    public final void mT__116() throws RecognitionException {
        try {
            int _type = T__116;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:113:8: ( 'exclusive' )
            // InternalPtl.g:113:10: 'exclusive'
            {
            match("exclusive"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__116"

    // $ANTLR start "T__117"
    public final void mT__117() throws RecognitionException {
        try {
            int _type = T__117;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:114:8: ( 'returns' )
            // InternalPtl.g:114:10: 'returns'
            {
            match("returns"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__117"

    // $ANTLR start "T__118"
    public final void mT__118() throws RecognitionException {
        try {
            int _type = T__118;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:115:8: ( 'or' )
            // InternalPtl.g:115:10: 'or'
            {
            match("or"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__118"

    // $ANTLR start "T__119"
    public final void mT__119() throws RecognitionException {
        try {
            int _type = T__119;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:116:8: ( 'livelock' )
            // InternalPtl.g:116:10: 'livelock'
            {
            match("livelock"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__119"

    // $ANTLR start "T__120"
    public final void mT__120() throws RecognitionException {
        try {
            int _type = T__120;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:117:8: ( 'map' )
            // InternalPtl.g:117:10: 'map'
            {
            match("map"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__120"

    // $ANTLR start "T__121"
    public final void mT__121() throws RecognitionException {
        try {
            int _type = T__121;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:118:8: ( 'size' )
            // InternalPtl.g:118:10: 'size'
            {
            match("size"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__121"

    // $ANTLR start "T__122"
    public final void mT__122() throws RecognitionException {
        try {
            int _type = T__122;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:119:8: ( 'to' )
            // InternalPtl.g:119:10: 'to'
            {
            match("to"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__122"

    // $ANTLR start "T__123"
    public final void mT__123() throws RecognitionException {
        try {
            int _type = T__123;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:120:8: ( 'unmap' )
            // InternalPtl.g:120:10: 'unmap'
            {
            match("unmap"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__123"

    // $ANTLR start "T__124"
    public final void mT__124() throws RecognitionException {
        try {
            int _type = T__124;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:121:8: ( 'relax' )
            // InternalPtl.g:121:10: 'relax'
            {
            match("relax"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__124"

    // $ANTLR start "T__125"
    public final void mT__125() throws RecognitionException {
        try {
            int _type = T__125;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:122:8: ( 'wrprotect' )
            // InternalPtl.g:122:10: 'wrprotect'
            {
            match("wrprotect"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__125"

    // $ANTLR start "T__126"
    public final void mT__126() throws RecognitionException {
        try {
            int _type = T__126;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:123:8: ( 'mkyoung' )
            // InternalPtl.g:123:10: 'mkyoung'
            {
            match("mkyoung"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__126"

    // $ANTLR start "T__127"
    public final void mT__127() throws RecognitionException {
        try {
            int _type = T__127;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:124:8: ( 'mkold' )
            // InternalPtl.g:124:10: 'mkold'
            {
            match("mkold"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__127"

    // $ANTLR start "T__128"
    public final void mT__128() throws RecognitionException {
        try {
            int _type = T__128;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:125:8: ( 'split' )
            // InternalPtl.g:125:10: 'split'
            {
            match("split"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__128"

    // $ANTLR start "T__129"
    public final void mT__129() throws RecognitionException {
        try {
            int _type = T__129;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:126:8: ( 'cache' )
            // InternalPtl.g:126:10: 'cache'
            {
            match("cache"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__129"

    // $ANTLR start "T__130"
    public final void mT__130() throws RecognitionException {
        try {
            int _type = T__130;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:127:8: ( 'set' )
            // InternalPtl.g:127:10: 'set'
            {
            match("set"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__130"

    // $ANTLR start "T__131"
    public final void mT__131() throws RecognitionException {
        try {
            int _type = T__131;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:128:8: ( 'translate' )
            // InternalPtl.g:128:10: 'translate'
            {
            match("translate"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__131"

    // $ANTLR start "T__132"
    public final void mT__132() throws RecognitionException {
        try {
            int _type = T__132;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:129:8: ( 'walk' )
            // InternalPtl.g:129:10: 'walk'
            {
            match("walk"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__132"

    // $ANTLR start "T__133"
    public final void mT__133() throws RecognitionException {
        try {
            int _type = T__133;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:130:8: ( 'visiting' )
            // InternalPtl.g:130:10: 'visiting'
            {
            match("visiting"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__133"

    // $ANTLR start "T__134"
    public final void mT__134() throws RecognitionException {
        try {
            int _type = T__134;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:131:8: ( 'returning' )
            // InternalPtl.g:131:10: 'returning'
            {
            match("returning"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__134"

    // $ANTLR start "T__135"
    public final void mT__135() throws RecognitionException {
        try {
            int _type = T__135;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:132:8: ( 'times' )
            // InternalPtl.g:132:10: 'times'
            {
            match("times"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__135"

    // $ANTLR start "T__136"
    public final void mT__136() throws RecognitionException {
        try {
            int _type = T__136;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:133:8: ( 'memcache' )
            // InternalPtl.g:133:10: 'memcache'
            {
            match("memcache"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__136"

    // $ANTLR start "T__137"
    public final void mT__137() throws RecognitionException {
        try {
            int _type = T__137;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:134:8: ( 'none' )
            // InternalPtl.g:134:10: 'none'
            {
            match("none"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__137"

    // $ANTLR start "T__138"
    public final void mT__138() throws RecognitionException {
        try {
            int _type = T__138;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:135:8: ( 'expect' )
            // InternalPtl.g:135:10: 'expect'
            {
            match("expect"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__138"

    // $ANTLR start "T__139"
    public final void mT__139() throws RecognitionException {
        try {
            int _type = T__139;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:136:8: ( 'result' )
            // InternalPtl.g:136:10: 'result'
            {
            match("result"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__139"

    // $ANTLR start "T__140"
    public final void mT__140() throws RecognitionException {
        try {
            int _type = T__140;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:137:8: ( 'pte' )
            // InternalPtl.g:137:10: 'pte'
            {
            match("pte"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__140"

    // $ANTLR start "T__141"
    public final void mT__141() throws RecognitionException {
        try {
            int _type = T__141;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:138:8: ( 'kind' )
            // InternalPtl.g:138:10: 'kind'
            {
            match("kind"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__141"

    // $ANTLR start "T__142"
    public final void mT__142() throws RecognitionException {
        try {
            int _type = T__142;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:139:8: ( 'fault' )
            // InternalPtl.g:139:10: 'fault'
            {
            match("fault"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__142"

    // $ANTLR start "T__143"
    public final void mT__143() throws RecognitionException {
        try {
            int _type = T__143;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:140:8: ( 'invariants' )
            // InternalPtl.g:140:10: 'invariants'
            {
            match("invariants"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__143"

    // $ANTLR start "T__144"
    public final void mT__144() throws RecognitionException {
        try {
            int _type = T__144;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:141:8: ( 'hold' )
            // InternalPtl.g:141:10: 'hold'
            {
            match("hold"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__144"

    // $ANTLR start "T__145"
    public final void mT__145() throws RecognitionException {
        try {
            int _type = T__145;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:142:8: ( 'leaves' )
            // InternalPtl.g:142:10: 'leaves'
            {
            match("leaves"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__145"

    // $ANTLR start "T__146"
    public final void mT__146() throws RecognitionException {
        try {
            int _type = T__146;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:143:8: ( 'count' )
            // InternalPtl.g:143:10: 'count'
            {
            match("count"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__146"

    // $ANTLR start "T__147"
    public final void mT__147() throws RecognitionException {
        try {
            int _type = T__147;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:144:8: ( 'tables' )
            // InternalPtl.g:144:10: 'tables'
            {
            match("tables"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__147"

    // $ANTLR start "T__148"
    public final void mT__148() throws RecognitionException {
        try {
            int _type = T__148;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:145:8: ( 'visited' )
            // InternalPtl.g:145:10: 'visited'
            {
            match("visited"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__148"

    // $ANTLR start "T__149"
    public final void mT__149() throws RecognitionException {
        try {
            int _type = T__149;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:146:8: ( 'translations' )
            // InternalPtl.g:146:10: 'translations'
            {
            match("translations"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__149"

    // $ANTLR start "T__150"
    public final void mT__150() throws RecognitionException {
        try {
            int _type = T__150;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:147:8: ( 'layout' )
            // InternalPtl.g:147:10: 'layout'
            {
            match("layout"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__150"

    // $ANTLR start "T__151"
    public final void mT__151() throws RecognitionException {
        try {
            int _type = T__151;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:148:8: ( 'bool' )
            // InternalPtl.g:148:10: 'bool'
            {
            match("bool"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__151"

    // $ANTLR start "T__152"
    public final void mT__152() throws RecognitionException {
        try {
            int _type = T__152;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:149:8: ( 'aligned' )
            // InternalPtl.g:149:10: 'aligned'
            {
            match("aligned"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__152"

    // $ANTLR start "T__153"
    public final void mT__153() throws RecognitionException {
        try {
            int _type = T__153;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:150:8: ( 'default' )
            // InternalPtl.g:150:10: 'default'
            {
            match("default"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__153"

    // $ANTLR start "T__154"
    public final void mT__154() throws RecognitionException {
        try {
            int _type = T__154;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:151:8: ( 'let' )
            // InternalPtl.g:151:10: 'let'
            {
            match("let"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__154"

    // $ANTLR start "T__155"
    public final void mT__155() throws RecognitionException {
        try {
            int _type = T__155;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:152:8: ( 'transform' )
            // InternalPtl.g:152:10: 'transform'
            {
            match("transform"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__155"

    // $ANTLR start "T__156"
    public final void mT__156() throws RecognitionException {
        try {
            int _type = T__156;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:153:8: ( 'samples' )
            // InternalPtl.g:153:10: 'samples'
            {
            match("samples"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__156"

    // $ANTLR start "T__157"
    public final void mT__157() throws RecognitionException {
        try {
            int _type = T__157;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:154:8: ( 'region' )
            // InternalPtl.g:154:10: 'region'
            {
            match("region"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__157"

    // $ANTLR start "T__158"
    public final void mT__158() throws RecognitionException {
        try {
            int _type = T__158;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:155:8: ( 'grows' )
            // InternalPtl.g:155:10: 'grows'
            {
            match("grows"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__158"

    // $ANTLR start "T__159"
    public final void mT__159() throws RecognitionException {
        try {
            int _type = T__159;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:156:8: ( 'keeps' )
            // InternalPtl.g:156:10: 'keeps'
            {
            match("keeps"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__159"

    // $ANTLR start "T__160"
    public final void mT__160() throws RecognitionException {
        try {
            int _type = T__160;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:157:8: ( 'bit' )
            // InternalPtl.g:157:10: 'bit'
            {
            match("bit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__160"

    // $ANTLR start "T__161"
    public final void mT__161() throws RecognitionException {
        try {
            int _type = T__161;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:158:8: ( 'overlaps' )
            // InternalPtl.g:158:10: 'overlaps'
            {
            match("overlaps"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__161"

    // $ANTLR start "T__162"
    public final void mT__162() throws RecognitionException {
        try {
            int _type = T__162;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:159:8: ( 'picture' )
            // InternalPtl.g:159:10: 'picture'
            {
            match("picture"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__162"

    // $ANTLR start "T__163"
    public final void mT__163() throws RecognitionException {
        try {
            int _type = T__163;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:160:8: ( 'assume' )
            // InternalPtl.g:160:10: 'assume'
            {
            match("assume"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__163"

    // $ANTLR start "T__164"
    public final void mT__164() throws RecognitionException {
        try {
            int _type = T__164;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:161:8: ( '?' )
            // InternalPtl.g:161:10: '?'
            {
            match('?'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__164"

    // $ANTLR start "T__165"
    public final void mT__165() throws RecognitionException {
        try {
            int _type = T__165;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:162:8: ( 'true' )
            // InternalPtl.g:162:10: 'true'
            {
            match("true"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__165"

    // $ANTLR start "T__166"
    public final void mT__166() throws RecognitionException {
        try {
            int _type = T__166;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:163:8: ( 'false' )
            // InternalPtl.g:163:10: 'false'
            {
            match("false"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__166"

    // $ANTLR start "T__167"
    public final void mT__167() throws RecognitionException {
        try {
            int _type = T__167;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:164:8: ( '.' )
            // InternalPtl.g:164:10: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__167"

    // $ANTLR start "T__168"
    public final void mT__168() throws RecognitionException {
        try {
            int _type = T__168;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:165:8: ( 'block' )
            // InternalPtl.g:165:10: 'block'
            {
            match("block"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__168"

    // $ANTLR start "T__169"
    public final void mT__169() throws RecognitionException {
        try {
            int _type = T__169;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:166:8: ( 'invalid' )
            // InternalPtl.g:166:10: 'invalid'
            {
            match("invalid"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__169"

    // $ANTLR start "T__170"
    public final void mT__170() throws RecognitionException {
        try {
            int _type = T__170;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:167:8: ( 'value' )
            // InternalPtl.g:167:10: 'value'
            {
            match("value"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__170"

    // $ANTLR start "T__171"
    public final void mT__171() throws RecognitionException {
        try {
            int _type = T__171;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:168:8: ( 'flag' )
            // InternalPtl.g:168:10: 'flag'
            {
            match("flag"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__171"

    // $ANTLR start "T__172"
    public final void mT__172() throws RecognitionException {
        try {
            int _type = T__172;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:169:8: ( 'software' )
            // InternalPtl.g:169:10: 'software'
            {
            match("software"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__172"

    // $ANTLR start "T__173"
    public final void mT__173() throws RecognitionException {
        try {
            int _type = T__173;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:170:8: ( 'ignored' )
            // InternalPtl.g:170:10: 'ignored'
            {
            match("ignored"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__173"

    // $ANTLR start "T__174"
    public final void mT__174() throws RecognitionException {
        try {
            int _type = T__174;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:171:8: ( 'hyp' )
            // InternalPtl.g:171:10: 'hyp'
            {
            match("hyp"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__174"

    // $ANTLR start "T__175"
    public final void mT__175() throws RecognitionException {
        try {
            int _type = T__175;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:172:8: ( 'stage2' )
            // InternalPtl.g:172:10: 'stage2'
            {
            match("stage2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__175"

    // $ANTLR start "T__176"
    public final void mT__176() throws RecognitionException {
        try {
            int _type = T__176;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:173:8: ( 'up' )
            // InternalPtl.g:173:10: 'up'
            {
            match("up"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__176"

    // $ANTLR start "T__177"
    public final void mT__177() throws RecognitionException {
        try {
            int _type = T__177;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:174:8: ( 'down' )
            // InternalPtl.g:174:10: 'down'
            {
            match("down"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__177"

    // $ANTLR start "T__178"
    public final void mT__178() throws RecognitionException {
        try {
            int _type = T__178;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:175:8: ( 'zero' )
            // InternalPtl.g:175:10: 'zero'
            {
            match("zero"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__178"

    // $ANTLR start "T__179"
    public final void mT__179() throws RecognitionException {
        try {
            int _type = T__179;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:176:8: ( 'fixed' )
            // InternalPtl.g:176:10: 'fixed'
            {
            match("fixed"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__179"

    // $ANTLR start "T__180"
    public final void mT__180() throws RecognitionException {
        try {
            int _type = T__180;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:177:8: ( 'random' )
            // InternalPtl.g:177:10: 'random'
            {
            match("random"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__180"

    // $ANTLR start "T__181"
    public final void mT__181() throws RecognitionException {
        try {
            int _type = T__181;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:178:8: ( 'start' )
            // InternalPtl.g:178:10: 'start'
            {
            match("start"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__181"

    // $ANTLR start "T__182"
    public final void mT__182() throws RecognitionException {
        try {
            int _type = T__182;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:179:8: ( 'end' )
            // InternalPtl.g:179:10: 'end'
            {
            match("end"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__182"

    // $ANTLR start "T__183"
    public final void mT__183() throws RecognitionException {
        try {
            int _type = T__183;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:180:8: ( 'permission' )
            // InternalPtl.g:180:10: 'permission'
            {
            match("permission"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__183"

    // $ANTLR start "T__184"
    public final void mT__184() throws RecognitionException {
        try {
            int _type = T__184;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:181:8: ( 'cursor' )
            // InternalPtl.g:181:10: 'cursor'
            {
            match("cursor"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__184"

    // $ANTLR start "T__185"
    public final void mT__185() throws RecognitionException {
        try {
            int _type = T__185;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:182:8: ( 'fwb' )
            // InternalPtl.g:182:10: 'fwb'
            {
            match("fwb"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__185"

    // $ANTLR start "T__186"
    public final void mT__186() throws RecognitionException {
        try {
            int _type = T__186;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:183:8: ( '-' )
            // InternalPtl.g:183:10: '-'
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__186"

    // $ANTLR start "T__187"
    public final void mT__187() throws RecognitionException {
        try {
            int _type = T__187;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:184:8: ( 'warning' )
            // InternalPtl.g:184:10: 'warning'
            {
            match("warning"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__187"

    // $ANTLR start "T__188"
    public final void mT__188() throws RecognitionException {
        try {
            int _type = T__188;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:185:8: ( 'info' )
            // InternalPtl.g:185:10: 'info'
            {
            match("info"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__188"

    // $ANTLR start "T__189"
    public final void mT__189() throws RecognitionException {
        try {
            int _type = T__189;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:186:8: ( 'ignore' )
            // InternalPtl.g:186:10: 'ignore'
            {
            match("ignore"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__189"

    // $ANTLR start "T__190"
    public final void mT__190() throws RecognitionException {
        try {
            int _type = T__190;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:187:8: ( 'enum' )
            // InternalPtl.g:187:10: 'enum'
            {
            match("enum"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__190"

    // $ANTLR start "T__191"
    public final void mT__191() throws RecognitionException {
        try {
            int _type = T__191;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:188:8: ( 'access_flag' )
            // InternalPtl.g:188:10: 'access_flag'
            {
            match("access_flag"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__191"

    // $ANTLR start "T__192"
    public final void mT__192() throws RecognitionException {
        try {
            int _type = T__192;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:189:8: ( '+=' )
            // InternalPtl.g:189:10: '+='
            {
            match("+="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__192"

    // $ANTLR start "T__193"
    public final void mT__193() throws RecognitionException {
        try {
            int _type = T__193;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:190:8: ( '-=' )
            // InternalPtl.g:190:10: '-='
            {
            match("-="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__193"

    // $ANTLR start "T__194"
    public final void mT__194() throws RecognitionException {
        try {
            int _type = T__194;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:191:8: ( '==' )
            // InternalPtl.g:191:10: '=='
            {
            match("=="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__194"

    // $ANTLR start "T__195"
    public final void mT__195() throws RecognitionException {
        try {
            int _type = T__195;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:192:8: ( '!=' )
            // InternalPtl.g:192:10: '!='
            {
            match("!="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__195"

    // $ANTLR start "T__196"
    public final void mT__196() throws RecognitionException {
        try {
            int _type = T__196;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:193:8: ( '<' )
            // InternalPtl.g:193:10: '<'
            {
            match('<'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__196"

    // $ANTLR start "T__197"
    public final void mT__197() throws RecognitionException {
        try {
            int _type = T__197;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:194:8: ( '<=' )
            // InternalPtl.g:194:10: '<='
            {
            match("<="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__197"

    // $ANTLR start "T__198"
    public final void mT__198() throws RecognitionException {
        try {
            int _type = T__198;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:195:8: ( '>' )
            // InternalPtl.g:195:10: '>'
            {
            match('>'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__198"

    // $ANTLR start "T__199"
    public final void mT__199() throws RecognitionException {
        try {
            int _type = T__199;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:196:8: ( '>=' )
            // InternalPtl.g:196:10: '>='
            {
            match(">="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__199"

    // $ANTLR start "T__200"
    public final void mT__200() throws RecognitionException {
        try {
            int _type = T__200;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:197:8: ( 'implies' )
            // InternalPtl.g:197:10: 'implies'
            {
            match("implies"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__200"

    // $ANTLR start "T__201"
    public final void mT__201() throws RecognitionException {
        try {
            int _type = T__201;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:198:8: ( 'and' )
            // InternalPtl.g:198:10: 'and'
            {
            match("and"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__201"

    // $ANTLR start "T__202"
    public final void mT__202() throws RecognitionException {
        try {
            int _type = T__202;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:199:8: ( 'one' )
            // InternalPtl.g:199:10: 'one'
            {
            match("one"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__202"

    // $ANTLR start "T__203"
    public final void mT__203() throws RecognitionException {
        try {
            int _type = T__203;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:200:8: ( 'some' )
            // InternalPtl.g:200:10: 'some'
            {
            match("some"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__203"

    // $ANTLR start "T__204"
    public final void mT__204() throws RecognitionException {
        try {
            int _type = T__204;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:201:8: ( 'all' )
            // InternalPtl.g:201:10: 'all'
            {
            match("all"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__204"

    // $ANTLR start "T__205"
    public final void mT__205() throws RecognitionException {
        try {
            int _type = T__205;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:202:8: ( 'no' )
            // InternalPtl.g:202:10: 'no'
            {
            match("no"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__205"

    // $ANTLR start "T__206"
    public final void mT__206() throws RecognitionException {
        try {
            int _type = T__206;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:203:8: ( 'break_without_tlbi' )
            // InternalPtl.g:203:10: 'break_without_tlbi'
            {
            match("break_without_tlbi"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__206"

    // $ANTLR start "T__207"
    public final void mT__207() throws RecognitionException {
        try {
            int _type = T__207;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:204:8: ( 'plain_make' )
            // InternalPtl.g:204:10: 'plain_make'
            {
            match("plain_make"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__207"

    // $ANTLR start "T__208"
    public final void mT__208() throws RecognitionException {
        try {
            int _type = T__208;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:205:8: ( 'replace_without_break' )
            // InternalPtl.g:205:10: 'replace_without_break'
            {
            match("replace_without_break"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__208"

    // $ANTLR start "T__209"
    public final void mT__209() throws RecognitionException {
        try {
            int _type = T__209;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:206:8: ( 'tlbi_wrong_page' )
            // InternalPtl.g:206:10: 'tlbi_wrong_page'
            {
            match("tlbi_wrong_page"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__209"

    // $ANTLR start "T__210"
    public final void mT__210() throws RecognitionException {
        try {
            int _type = T__210;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:207:8: ( 'tlb_range' )
            // InternalPtl.g:207:10: 'tlb_range'
            {
            match("tlb_range"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__210"

    // $ANTLR start "T__211"
    public final void mT__211() throws RecognitionException {
        try {
            int _type = T__211;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:208:8: ( 'set_owner' )
            // InternalPtl.g:208:10: 'set_owner'
            {
            match("set_owner"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__211"

    // $ANTLR start "T__212"
    public final void mT__212() throws RecognitionException {
        try {
            int _type = T__212;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:209:8: ( 'always' )
            // InternalPtl.g:209:10: 'always'
            {
            match("always"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__212"

    // $ANTLR start "T__213"
    public final void mT__213() throws RecognitionException {
        try {
            int _type = T__213;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:210:8: ( 'unless' )
            // InternalPtl.g:210:10: 'unless'
            {
            match("unless"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__213"

    // $ANTLR start "T__214"
    public final void mT__214() throws RecognitionException {
        try {
            int _type = T__214;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:211:8: ( '|=' )
            // InternalPtl.g:211:10: '|='
            {
            match("|="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__214"

    // $ANTLR start "T__215"
    public final void mT__215() throws RecognitionException {
        try {
            int _type = T__215;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:212:8: ( '&=' )
            // InternalPtl.g:212:10: '&='
            {
            match("&="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__215"

    // $ANTLR start "T__216"
    public final void mT__216() throws RecognitionException {
        try {
            int _type = T__216;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:213:8: ( 'continue' )
            // InternalPtl.g:213:10: 'continue'
            {
            match("continue"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__216"

    // $ANTLR start "T__217"
    public final void mT__217() throws RecognitionException {
        try {
            int _type = T__217;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:214:8: ( 'retry' )
            // InternalPtl.g:214:10: 'retry'
            {
            match("retry"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__217"

    // $ANTLR start "T__218"
    public final void mT__218() throws RecognitionException {
        try {
            int _type = T__218;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:215:8: ( 'stop' )
            // InternalPtl.g:215:10: 'stop'
            {
            match("stop"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__218"

    // $ANTLR start "T__219"
    public final void mT__219() throws RecognitionException {
        try {
            int _type = T__219;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:216:8: ( 'read' )
            // InternalPtl.g:216:10: 'read'
            {
            match("read"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__219"

    // $ANTLR start "T__220"
    public final void mT__220() throws RecognitionException {
        try {
            int _type = T__220;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:217:8: ( 'write' )
            // InternalPtl.g:217:10: 'write'
            {
            match("write"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__220"

    // $ANTLR start "T__221"
    public final void mT__221() throws RecognitionException {
        try {
            int _type = T__221;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:218:8: ( 'exec' )
            // InternalPtl.g:218:10: 'exec'
            {
            match("exec"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__221"

    // $ANTLR start "T__222"
    public final void mT__222() throws RecognitionException {
        try {
            int _type = T__222;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:219:8: ( 'translation' )
            // InternalPtl.g:219:10: 'translation'
            {
            match("translation"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__222"

    // $ANTLR start "T__223"
    public final void mT__223() throws RecognitionException {
        try {
            int _type = T__223;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:220:8: ( 'address_size' )
            // InternalPtl.g:220:10: 'address_size'
            {
            match("address_size"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__223"

    // $ANTLR start "T__224"
    public final void mT__224() throws RecognitionException {
        try {
            int _type = T__224;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:221:8: ( '||' )
            // InternalPtl.g:221:10: '||'
            {
            match("||"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__224"

    // $ANTLR start "T__225"
    public final void mT__225() throws RecognitionException {
        try {
            int _type = T__225;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:222:8: ( '&&' )
            // InternalPtl.g:222:10: '&&'
            {
            match("&&"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__225"

    // $ANTLR start "T__226"
    public final void mT__226() throws RecognitionException {
        try {
            int _type = T__226;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:223:8: ( '|' )
            // InternalPtl.g:223:10: '|'
            {
            match('|'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__226"

    // $ANTLR start "T__227"
    public final void mT__227() throws RecognitionException {
        try {
            int _type = T__227;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:224:8: ( '^' )
            // InternalPtl.g:224:10: '^'
            {
            match('^'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__227"

    // $ANTLR start "T__228"
    public final void mT__228() throws RecognitionException {
        try {
            int _type = T__228;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:225:8: ( '<<' )
            // InternalPtl.g:225:10: '<<'
            {
            match("<<"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__228"

    // $ANTLR start "T__229"
    public final void mT__229() throws RecognitionException {
        try {
            int _type = T__229;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:226:8: ( '>>' )
            // InternalPtl.g:226:10: '>>'
            {
            match(">>"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__229"

    // $ANTLR start "T__230"
    public final void mT__230() throws RecognitionException {
        try {
            int _type = T__230;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:227:8: ( '+' )
            // InternalPtl.g:227:10: '+'
            {
            match('+'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__230"

    // $ANTLR start "T__231"
    public final void mT__231() throws RecognitionException {
        try {
            int _type = T__231;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:228:8: ( '~' )
            // InternalPtl.g:228:10: '~'
            {
            match('~'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__231"

    // $ANTLR start "T__232"
    public final void mT__232() throws RecognitionException {
        try {
            int _type = T__232;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:229:8: ( 'BIT' )
            // InternalPtl.g:229:10: 'BIT'
            {
            match("BIT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__232"

    // $ANTLR start "T__233"
    public final void mT__233() throws RecognitionException {
        try {
            int _type = T__233;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:230:8: ( 'GENMASK' )
            // InternalPtl.g:230:10: 'GENMASK'
            {
            match("GENMASK"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__233"

    // $ANTLR start "T__234"
    public final void mT__234() throws RecognitionException {
        try {
            int _type = T__234;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:231:8: ( 'fls64' )
            // InternalPtl.g:231:10: 'fls64'
            {
            match("fls64"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__234"

    // $ANTLR start "T__235"
    public final void mT__235() throws RecognitionException {
        try {
            int _type = T__235;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:232:8: ( 'min' )
            // InternalPtl.g:232:10: 'min'
            {
            match("min"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__235"

    // $ANTLR start "T__236"
    public final void mT__236() throws RecognitionException {
        try {
            int _type = T__236;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:233:8: ( 'align_down' )
            // InternalPtl.g:233:10: 'align_down'
            {
            match("align_down"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__236"

    // $ANTLR start "T__237"
    public final void mT__237() throws RecognitionException {
        try {
            int _type = T__237;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:234:8: ( 'align_up' )
            // InternalPtl.g:234:10: 'align_up'
            {
            match("align_up"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__237"

    // $ANTLR start "RULE_HEX"
    public final void mRULE_HEX() throws RecognitionException {
        try {
            int _type = RULE_HEX;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14222:10: ( '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+ )
            // InternalPtl.g:14222:12: '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
            {
            match("0x"); 

            // InternalPtl.g:14222:17: ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
            int cnt1=0;
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>='0' && LA1_0<='9')||(LA1_0>='A' && LA1_0<='F')||LA1_0=='_'||(LA1_0>='a' && LA1_0<='f')) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalPtl.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='F')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='f') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt1 >= 1 ) break loop1;
                        EarlyExitException eee =
                            new EarlyExitException(1, input);
                        throw eee;
                }
                cnt1++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_HEX"

    // $ANTLR start "RULE_BIN"
    public final void mRULE_BIN() throws RecognitionException {
        try {
            int _type = RULE_BIN;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14224:10: ( '0b' ( '0' | '1' | '_' )+ )
            // InternalPtl.g:14224:12: '0b' ( '0' | '1' | '_' )+
            {
            match("0b"); 

            // InternalPtl.g:14224:17: ( '0' | '1' | '_' )+
            int cnt2=0;
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='0' && LA2_0<='1')||LA2_0=='_') ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalPtl.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='1')||input.LA(1)=='_' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt2 >= 1 ) break loop2;
                        EarlyExitException eee =
                            new EarlyExitException(2, input);
                        throw eee;
                }
                cnt2++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_BIN"

    // $ANTLR start "RULE_SIZE"
    public final void mRULE_SIZE() throws RecognitionException {
        try {
            int _type = RULE_SIZE;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14226:11: ( ( '0' .. '9' )+ ( 'K' | 'M' | 'G' | 'T' ) )
            // InternalPtl.g:14226:13: ( '0' .. '9' )+ ( 'K' | 'M' | 'G' | 'T' )
            {
            // InternalPtl.g:14226:13: ( '0' .. '9' )+
            int cnt3=0;
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( ((LA3_0>='0' && LA3_0<='9')) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalPtl.g:14226:14: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt3 >= 1 ) break loop3;
                        EarlyExitException eee =
                            new EarlyExitException(3, input);
                        throw eee;
                }
                cnt3++;
            } while (true);

            if ( input.LA(1)=='G'||input.LA(1)=='K'||input.LA(1)=='M'||input.LA(1)=='T' ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SIZE"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14228:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* )
            // InternalPtl.g:14228:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            {
            // InternalPtl.g:14228:11: ( '^' )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0=='^') ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalPtl.g:14228:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalPtl.g:14228:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop5:
            do {
                int alt5=2;
                int LA5_0 = input.LA(1);

                if ( ((LA5_0>='0' && LA5_0<='9')||(LA5_0>='A' && LA5_0<='Z')||LA5_0=='_'||(LA5_0>='a' && LA5_0<='z')) ) {
                    alt5=1;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalPtl.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop5;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14230:10: ( ( '0' .. '9' )+ )
            // InternalPtl.g:14230:12: ( '0' .. '9' )+
            {
            // InternalPtl.g:14230:12: ( '0' .. '9' )+
            int cnt6=0;
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( ((LA6_0>='0' && LA6_0<='9')) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalPtl.g:14230:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt6 >= 1 ) break loop6;
                        EarlyExitException eee =
                            new EarlyExitException(6, input);
                        throw eee;
                }
                cnt6++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14232:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalPtl.g:14232:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalPtl.g:14232:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0=='\"') ) {
                alt9=1;
            }
            else if ( (LA9_0=='\'') ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalPtl.g:14232:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalPtl.g:14232:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
                    loop7:
                    do {
                        int alt7=3;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0=='\\') ) {
                            alt7=1;
                        }
                        else if ( ((LA7_0>='\u0000' && LA7_0<='!')||(LA7_0>='#' && LA7_0<='[')||(LA7_0>=']' && LA7_0<='\uFFFF')) ) {
                            alt7=2;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalPtl.g:14232:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPtl.g:14232:28: ~ ( ( '\\\\' | '\"' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    // InternalPtl.g:14232:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalPtl.g:14232:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
                    loop8:
                    do {
                        int alt8=3;
                        int LA8_0 = input.LA(1);

                        if ( (LA8_0=='\\') ) {
                            alt8=1;
                        }
                        else if ( ((LA8_0>='\u0000' && LA8_0<='&')||(LA8_0>='(' && LA8_0<='[')||(LA8_0>=']' && LA8_0<='\uFFFF')) ) {
                            alt8=2;
                        }


                        switch (alt8) {
                    	case 1 :
                    	    // InternalPtl.g:14232:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPtl.g:14232:61: ~ ( ( '\\\\' | '\\'' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop8;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14234:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalPtl.g:14234:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalPtl.g:14234:24: ( options {greedy=false; } : . )*
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( (LA10_0=='*') ) {
                    int LA10_1 = input.LA(2);

                    if ( (LA10_1=='/') ) {
                        alt10=2;
                    }
                    else if ( ((LA10_1>='\u0000' && LA10_1<='.')||(LA10_1>='0' && LA10_1<='\uFFFF')) ) {
                        alt10=1;
                    }


                }
                else if ( ((LA10_0>='\u0000' && LA10_0<=')')||(LA10_0>='+' && LA10_0<='\uFFFF')) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalPtl.g:14234:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14236:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalPtl.g:14236:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalPtl.g:14236:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>='\u0000' && LA11_0<='\t')||(LA11_0>='\u000B' && LA11_0<='\f')||(LA11_0>='\u000E' && LA11_0<='\uFFFF')) ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    // InternalPtl.g:14236:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop11;
                }
            } while (true);

            // InternalPtl.g:14236:40: ( ( '\\r' )? '\\n' )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0=='\n'||LA13_0=='\r') ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalPtl.g:14236:41: ( '\\r' )? '\\n'
                    {
                    // InternalPtl.g:14236:41: ( '\\r' )?
                    int alt12=2;
                    int LA12_0 = input.LA(1);

                    if ( (LA12_0=='\r') ) {
                        alt12=1;
                    }
                    switch (alt12) {
                        case 1 :
                            // InternalPtl.g:14236:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14238:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalPtl.g:14238:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalPtl.g:14238:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt14=0;
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( ((LA14_0>='\t' && LA14_0<='\n')||LA14_0=='\r'||LA14_0==' ') ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalPtl.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt14 >= 1 ) break loop14;
                        EarlyExitException eee =
                            new EarlyExitException(14, input);
                        throw eee;
                }
                cnt14++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:14240:16: ( . )
            // InternalPtl.g:14240:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalPtl.g:1:8: ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | T__138 | T__139 | T__140 | T__141 | T__142 | T__143 | T__144 | T__145 | T__146 | T__147 | T__148 | T__149 | T__150 | T__151 | T__152 | T__153 | T__154 | T__155 | T__156 | T__157 | T__158 | T__159 | T__160 | T__161 | T__162 | T__163 | T__164 | T__165 | T__166 | T__167 | T__168 | T__169 | T__170 | T__171 | T__172 | T__173 | T__174 | T__175 | T__176 | T__177 | T__178 | T__179 | T__180 | T__181 | T__182 | T__183 | T__184 | T__185 | T__186 | T__187 | T__188 | T__189 | T__190 | T__191 | T__192 | T__193 | T__194 | T__195 | T__196 | T__197 | T__198 | T__199 | T__200 | T__201 | T__202 | T__203 | T__204 | T__205 | T__206 | T__207 | T__208 | T__209 | T__210 | T__211 | T__212 | T__213 | T__214 | T__215 | T__216 | T__217 | T__218 | T__219 | T__220 | T__221 | T__222 | T__223 | T__224 | T__225 | T__226 | T__227 | T__228 | T__229 | T__230 | T__231 | T__232 | T__233 | T__234 | T__235 | T__236 | T__237 | RULE_HEX | RULE_BIN | RULE_SIZE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt15=234;
        alt15 = dfa15.predict(input);
        switch (alt15) {
            case 1 :
                // InternalPtl.g:1:10: T__14
                {
                mT__14(); 

                }
                break;
            case 2 :
                // InternalPtl.g:1:16: T__15
                {
                mT__15(); 

                }
                break;
            case 3 :
                // InternalPtl.g:1:22: T__16
                {
                mT__16(); 

                }
                break;
            case 4 :
                // InternalPtl.g:1:28: T__17
                {
                mT__17(); 

                }
                break;
            case 5 :
                // InternalPtl.g:1:34: T__18
                {
                mT__18(); 

                }
                break;
            case 6 :
                // InternalPtl.g:1:40: T__19
                {
                mT__19(); 

                }
                break;
            case 7 :
                // InternalPtl.g:1:46: T__20
                {
                mT__20(); 

                }
                break;
            case 8 :
                // InternalPtl.g:1:52: T__21
                {
                mT__21(); 

                }
                break;
            case 9 :
                // InternalPtl.g:1:58: T__22
                {
                mT__22(); 

                }
                break;
            case 10 :
                // InternalPtl.g:1:64: T__23
                {
                mT__23(); 

                }
                break;
            case 11 :
                // InternalPtl.g:1:70: T__24
                {
                mT__24(); 

                }
                break;
            case 12 :
                // InternalPtl.g:1:76: T__25
                {
                mT__25(); 

                }
                break;
            case 13 :
                // InternalPtl.g:1:82: T__26
                {
                mT__26(); 

                }
                break;
            case 14 :
                // InternalPtl.g:1:88: T__27
                {
                mT__27(); 

                }
                break;
            case 15 :
                // InternalPtl.g:1:94: T__28
                {
                mT__28(); 

                }
                break;
            case 16 :
                // InternalPtl.g:1:100: T__29
                {
                mT__29(); 

                }
                break;
            case 17 :
                // InternalPtl.g:1:106: T__30
                {
                mT__30(); 

                }
                break;
            case 18 :
                // InternalPtl.g:1:112: T__31
                {
                mT__31(); 

                }
                break;
            case 19 :
                // InternalPtl.g:1:118: T__32
                {
                mT__32(); 

                }
                break;
            case 20 :
                // InternalPtl.g:1:124: T__33
                {
                mT__33(); 

                }
                break;
            case 21 :
                // InternalPtl.g:1:130: T__34
                {
                mT__34(); 

                }
                break;
            case 22 :
                // InternalPtl.g:1:136: T__35
                {
                mT__35(); 

                }
                break;
            case 23 :
                // InternalPtl.g:1:142: T__36
                {
                mT__36(); 

                }
                break;
            case 24 :
                // InternalPtl.g:1:148: T__37
                {
                mT__37(); 

                }
                break;
            case 25 :
                // InternalPtl.g:1:154: T__38
                {
                mT__38(); 

                }
                break;
            case 26 :
                // InternalPtl.g:1:160: T__39
                {
                mT__39(); 

                }
                break;
            case 27 :
                // InternalPtl.g:1:166: T__40
                {
                mT__40(); 

                }
                break;
            case 28 :
                // InternalPtl.g:1:172: T__41
                {
                mT__41(); 

                }
                break;
            case 29 :
                // InternalPtl.g:1:178: T__42
                {
                mT__42(); 

                }
                break;
            case 30 :
                // InternalPtl.g:1:184: T__43
                {
                mT__43(); 

                }
                break;
            case 31 :
                // InternalPtl.g:1:190: T__44
                {
                mT__44(); 

                }
                break;
            case 32 :
                // InternalPtl.g:1:196: T__45
                {
                mT__45(); 

                }
                break;
            case 33 :
                // InternalPtl.g:1:202: T__46
                {
                mT__46(); 

                }
                break;
            case 34 :
                // InternalPtl.g:1:208: T__47
                {
                mT__47(); 

                }
                break;
            case 35 :
                // InternalPtl.g:1:214: T__48
                {
                mT__48(); 

                }
                break;
            case 36 :
                // InternalPtl.g:1:220: T__49
                {
                mT__49(); 

                }
                break;
            case 37 :
                // InternalPtl.g:1:226: T__50
                {
                mT__50(); 

                }
                break;
            case 38 :
                // InternalPtl.g:1:232: T__51
                {
                mT__51(); 

                }
                break;
            case 39 :
                // InternalPtl.g:1:238: T__52
                {
                mT__52(); 

                }
                break;
            case 40 :
                // InternalPtl.g:1:244: T__53
                {
                mT__53(); 

                }
                break;
            case 41 :
                // InternalPtl.g:1:250: T__54
                {
                mT__54(); 

                }
                break;
            case 42 :
                // InternalPtl.g:1:256: T__55
                {
                mT__55(); 

                }
                break;
            case 43 :
                // InternalPtl.g:1:262: T__56
                {
                mT__56(); 

                }
                break;
            case 44 :
                // InternalPtl.g:1:268: T__57
                {
                mT__57(); 

                }
                break;
            case 45 :
                // InternalPtl.g:1:274: T__58
                {
                mT__58(); 

                }
                break;
            case 46 :
                // InternalPtl.g:1:280: T__59
                {
                mT__59(); 

                }
                break;
            case 47 :
                // InternalPtl.g:1:286: T__60
                {
                mT__60(); 

                }
                break;
            case 48 :
                // InternalPtl.g:1:292: T__61
                {
                mT__61(); 

                }
                break;
            case 49 :
                // InternalPtl.g:1:298: T__62
                {
                mT__62(); 

                }
                break;
            case 50 :
                // InternalPtl.g:1:304: T__63
                {
                mT__63(); 

                }
                break;
            case 51 :
                // InternalPtl.g:1:310: T__64
                {
                mT__64(); 

                }
                break;
            case 52 :
                // InternalPtl.g:1:316: T__65
                {
                mT__65(); 

                }
                break;
            case 53 :
                // InternalPtl.g:1:322: T__66
                {
                mT__66(); 

                }
                break;
            case 54 :
                // InternalPtl.g:1:328: T__67
                {
                mT__67(); 

                }
                break;
            case 55 :
                // InternalPtl.g:1:334: T__68
                {
                mT__68(); 

                }
                break;
            case 56 :
                // InternalPtl.g:1:340: T__69
                {
                mT__69(); 

                }
                break;
            case 57 :
                // InternalPtl.g:1:346: T__70
                {
                mT__70(); 

                }
                break;
            case 58 :
                // InternalPtl.g:1:352: T__71
                {
                mT__71(); 

                }
                break;
            case 59 :
                // InternalPtl.g:1:358: T__72
                {
                mT__72(); 

                }
                break;
            case 60 :
                // InternalPtl.g:1:364: T__73
                {
                mT__73(); 

                }
                break;
            case 61 :
                // InternalPtl.g:1:370: T__74
                {
                mT__74(); 

                }
                break;
            case 62 :
                // InternalPtl.g:1:376: T__75
                {
                mT__75(); 

                }
                break;
            case 63 :
                // InternalPtl.g:1:382: T__76
                {
                mT__76(); 

                }
                break;
            case 64 :
                // InternalPtl.g:1:388: T__77
                {
                mT__77(); 

                }
                break;
            case 65 :
                // InternalPtl.g:1:394: T__78
                {
                mT__78(); 

                }
                break;
            case 66 :
                // InternalPtl.g:1:400: T__79
                {
                mT__79(); 

                }
                break;
            case 67 :
                // InternalPtl.g:1:406: T__80
                {
                mT__80(); 

                }
                break;
            case 68 :
                // InternalPtl.g:1:412: T__81
                {
                mT__81(); 

                }
                break;
            case 69 :
                // InternalPtl.g:1:418: T__82
                {
                mT__82(); 

                }
                break;
            case 70 :
                // InternalPtl.g:1:424: T__83
                {
                mT__83(); 

                }
                break;
            case 71 :
                // InternalPtl.g:1:430: T__84
                {
                mT__84(); 

                }
                break;
            case 72 :
                // InternalPtl.g:1:436: T__85
                {
                mT__85(); 

                }
                break;
            case 73 :
                // InternalPtl.g:1:442: T__86
                {
                mT__86(); 

                }
                break;
            case 74 :
                // InternalPtl.g:1:448: T__87
                {
                mT__87(); 

                }
                break;
            case 75 :
                // InternalPtl.g:1:454: T__88
                {
                mT__88(); 

                }
                break;
            case 76 :
                // InternalPtl.g:1:460: T__89
                {
                mT__89(); 

                }
                break;
            case 77 :
                // InternalPtl.g:1:466: T__90
                {
                mT__90(); 

                }
                break;
            case 78 :
                // InternalPtl.g:1:472: T__91
                {
                mT__91(); 

                }
                break;
            case 79 :
                // InternalPtl.g:1:478: T__92
                {
                mT__92(); 

                }
                break;
            case 80 :
                // InternalPtl.g:1:484: T__93
                {
                mT__93(); 

                }
                break;
            case 81 :
                // InternalPtl.g:1:490: T__94
                {
                mT__94(); 

                }
                break;
            case 82 :
                // InternalPtl.g:1:496: T__95
                {
                mT__95(); 

                }
                break;
            case 83 :
                // InternalPtl.g:1:502: T__96
                {
                mT__96(); 

                }
                break;
            case 84 :
                // InternalPtl.g:1:508: T__97
                {
                mT__97(); 

                }
                break;
            case 85 :
                // InternalPtl.g:1:514: T__98
                {
                mT__98(); 

                }
                break;
            case 86 :
                // InternalPtl.g:1:520: T__99
                {
                mT__99(); 

                }
                break;
            case 87 :
                // InternalPtl.g:1:526: T__100
                {
                mT__100(); 

                }
                break;
            case 88 :
                // InternalPtl.g:1:533: T__101
                {
                mT__101(); 

                }
                break;
            case 89 :
                // InternalPtl.g:1:540: T__102
                {
                mT__102(); 

                }
                break;
            case 90 :
                // InternalPtl.g:1:547: T__103
                {
                mT__103(); 

                }
                break;
            case 91 :
                // InternalPtl.g:1:554: T__104
                {
                mT__104(); 

                }
                break;
            case 92 :
                // InternalPtl.g:1:561: T__105
                {
                mT__105(); 

                }
                break;
            case 93 :
                // InternalPtl.g:1:568: T__106
                {
                mT__106(); 

                }
                break;
            case 94 :
                // InternalPtl.g:1:575: T__107
                {
                mT__107(); 

                }
                break;
            case 95 :
                // InternalPtl.g:1:582: T__108
                {
                mT__108(); 

                }
                break;
            case 96 :
                // InternalPtl.g:1:589: T__109
                {
                mT__109(); 

                }
                break;
            case 97 :
                // InternalPtl.g:1:596: T__110
                {
                mT__110(); 

                }
                break;
            case 98 :
                // InternalPtl.g:1:603: T__111
                {
                mT__111(); 

                }
                break;
            case 99 :
                // InternalPtl.g:1:610: T__112
                {
                mT__112(); 

                }
                break;
            case 100 :
                // InternalPtl.g:1:617: T__113
                {
                mT__113(); 

                }
                break;
            case 101 :
                // InternalPtl.g:1:624: T__114
                {
                mT__114(); 

                }
                break;
            case 102 :
                // InternalPtl.g:1:631: T__115
                {
                mT__115(); 

                }
                break;
            case 103 :
                // InternalPtl.g:1:638: T__116
                {
                mT__116(); 

                }
                break;
            case 104 :
                // InternalPtl.g:1:645: T__117
                {
                mT__117(); 

                }
                break;
            case 105 :
                // InternalPtl.g:1:652: T__118
                {
                mT__118(); 

                }
                break;
            case 106 :
                // InternalPtl.g:1:659: T__119
                {
                mT__119(); 

                }
                break;
            case 107 :
                // InternalPtl.g:1:666: T__120
                {
                mT__120(); 

                }
                break;
            case 108 :
                // InternalPtl.g:1:673: T__121
                {
                mT__121(); 

                }
                break;
            case 109 :
                // InternalPtl.g:1:680: T__122
                {
                mT__122(); 

                }
                break;
            case 110 :
                // InternalPtl.g:1:687: T__123
                {
                mT__123(); 

                }
                break;
            case 111 :
                // InternalPtl.g:1:694: T__124
                {
                mT__124(); 

                }
                break;
            case 112 :
                // InternalPtl.g:1:701: T__125
                {
                mT__125(); 

                }
                break;
            case 113 :
                // InternalPtl.g:1:708: T__126
                {
                mT__126(); 

                }
                break;
            case 114 :
                // InternalPtl.g:1:715: T__127
                {
                mT__127(); 

                }
                break;
            case 115 :
                // InternalPtl.g:1:722: T__128
                {
                mT__128(); 

                }
                break;
            case 116 :
                // InternalPtl.g:1:729: T__129
                {
                mT__129(); 

                }
                break;
            case 117 :
                // InternalPtl.g:1:736: T__130
                {
                mT__130(); 

                }
                break;
            case 118 :
                // InternalPtl.g:1:743: T__131
                {
                mT__131(); 

                }
                break;
            case 119 :
                // InternalPtl.g:1:750: T__132
                {
                mT__132(); 

                }
                break;
            case 120 :
                // InternalPtl.g:1:757: T__133
                {
                mT__133(); 

                }
                break;
            case 121 :
                // InternalPtl.g:1:764: T__134
                {
                mT__134(); 

                }
                break;
            case 122 :
                // InternalPtl.g:1:771: T__135
                {
                mT__135(); 

                }
                break;
            case 123 :
                // InternalPtl.g:1:778: T__136
                {
                mT__136(); 

                }
                break;
            case 124 :
                // InternalPtl.g:1:785: T__137
                {
                mT__137(); 

                }
                break;
            case 125 :
                // InternalPtl.g:1:792: T__138
                {
                mT__138(); 

                }
                break;
            case 126 :
                // InternalPtl.g:1:799: T__139
                {
                mT__139(); 

                }
                break;
            case 127 :
                // InternalPtl.g:1:806: T__140
                {
                mT__140(); 

                }
                break;
            case 128 :
                // InternalPtl.g:1:813: T__141
                {
                mT__141(); 

                }
                break;
            case 129 :
                // InternalPtl.g:1:820: T__142
                {
                mT__142(); 

                }
                break;
            case 130 :
                // InternalPtl.g:1:827: T__143
                {
                mT__143(); 

                }
                break;
            case 131 :
                // InternalPtl.g:1:834: T__144
                {
                mT__144(); 

                }
                break;
            case 132 :
                // InternalPtl.g:1:841: T__145
                {
                mT__145(); 

                }
                break;
            case 133 :
                // InternalPtl.g:1:848: T__146
                {
                mT__146(); 

                }
                break;
            case 134 :
                // InternalPtl.g:1:855: T__147
                {
                mT__147(); 

                }
                break;
            case 135 :
                // InternalPtl.g:1:862: T__148
                {
                mT__148(); 

                }
                break;
            case 136 :
                // InternalPtl.g:1:869: T__149
                {
                mT__149(); 

                }
                break;
            case 137 :
                // InternalPtl.g:1:876: T__150
                {
                mT__150(); 

                }
                break;
            case 138 :
                // InternalPtl.g:1:883: T__151
                {
                mT__151(); 

                }
                break;
            case 139 :
                // InternalPtl.g:1:890: T__152
                {
                mT__152(); 

                }
                break;
            case 140 :
                // InternalPtl.g:1:897: T__153
                {
                mT__153(); 

                }
                break;
            case 141 :
                // InternalPtl.g:1:904: T__154
                {
                mT__154(); 

                }
                break;
            case 142 :
                // InternalPtl.g:1:911: T__155
                {
                mT__155(); 

                }
                break;
            case 143 :
                // InternalPtl.g:1:918: T__156
                {
                mT__156(); 

                }
                break;
            case 144 :
                // InternalPtl.g:1:925: T__157
                {
                mT__157(); 

                }
                break;
            case 145 :
                // InternalPtl.g:1:932: T__158
                {
                mT__158(); 

                }
                break;
            case 146 :
                // InternalPtl.g:1:939: T__159
                {
                mT__159(); 

                }
                break;
            case 147 :
                // InternalPtl.g:1:946: T__160
                {
                mT__160(); 

                }
                break;
            case 148 :
                // InternalPtl.g:1:953: T__161
                {
                mT__161(); 

                }
                break;
            case 149 :
                // InternalPtl.g:1:960: T__162
                {
                mT__162(); 

                }
                break;
            case 150 :
                // InternalPtl.g:1:967: T__163
                {
                mT__163(); 

                }
                break;
            case 151 :
                // InternalPtl.g:1:974: T__164
                {
                mT__164(); 

                }
                break;
            case 152 :
                // InternalPtl.g:1:981: T__165
                {
                mT__165(); 

                }
                break;
            case 153 :
                // InternalPtl.g:1:988: T__166
                {
                mT__166(); 

                }
                break;
            case 154 :
                // InternalPtl.g:1:995: T__167
                {
                mT__167(); 

                }
                break;
            case 155 :
                // InternalPtl.g:1:1002: T__168
                {
                mT__168(); 

                }
                break;
            case 156 :
                // InternalPtl.g:1:1009: T__169
                {
                mT__169(); 

                }
                break;
            case 157 :
                // InternalPtl.g:1:1016: T__170
                {
                mT__170(); 

                }
                break;
            case 158 :
                // InternalPtl.g:1:1023: T__171
                {
                mT__171(); 

                }
                break;
            case 159 :
                // InternalPtl.g:1:1030: T__172
                {
                mT__172(); 

                }
                break;
            case 160 :
                // InternalPtl.g:1:1037: T__173
                {
                mT__173(); 

                }
                break;
            case 161 :
                // InternalPtl.g:1:1044: T__174
                {
                mT__174(); 

                }
                break;
            case 162 :
                // InternalPtl.g:1:1051: T__175
                {
                mT__175(); 

                }
                break;
            case 163 :
                // InternalPtl.g:1:1058: T__176
                {
                mT__176(); 

                }
                break;
            case 164 :
                // InternalPtl.g:1:1065: T__177
                {
                mT__177(); 

                }
                break;
            case 165 :
                // InternalPtl.g:1:1072: T__178
                {
                mT__178(); 

                }
                break;
            case 166 :
                // InternalPtl.g:1:1079: T__179
                {
                mT__179(); 

                }
                break;
            case 167 :
                // InternalPtl.g:1:1086: T__180
                {
                mT__180(); 

                }
                break;
            case 168 :
                // InternalPtl.g:1:1093: T__181
                {
                mT__181(); 

                }
                break;
            case 169 :
                // InternalPtl.g:1:1100: T__182
                {
                mT__182(); 

                }
                break;
            case 170 :
                // InternalPtl.g:1:1107: T__183
                {
                mT__183(); 

                }
                break;
            case 171 :
                // InternalPtl.g:1:1114: T__184
                {
                mT__184(); 

                }
                break;
            case 172 :
                // InternalPtl.g:1:1121: T__185
                {
                mT__185(); 

                }
                break;
            case 173 :
                // InternalPtl.g:1:1128: T__186
                {
                mT__186(); 

                }
                break;
            case 174 :
                // InternalPtl.g:1:1135: T__187
                {
                mT__187(); 

                }
                break;
            case 175 :
                // InternalPtl.g:1:1142: T__188
                {
                mT__188(); 

                }
                break;
            case 176 :
                // InternalPtl.g:1:1149: T__189
                {
                mT__189(); 

                }
                break;
            case 177 :
                // InternalPtl.g:1:1156: T__190
                {
                mT__190(); 

                }
                break;
            case 178 :
                // InternalPtl.g:1:1163: T__191
                {
                mT__191(); 

                }
                break;
            case 179 :
                // InternalPtl.g:1:1170: T__192
                {
                mT__192(); 

                }
                break;
            case 180 :
                // InternalPtl.g:1:1177: T__193
                {
                mT__193(); 

                }
                break;
            case 181 :
                // InternalPtl.g:1:1184: T__194
                {
                mT__194(); 

                }
                break;
            case 182 :
                // InternalPtl.g:1:1191: T__195
                {
                mT__195(); 

                }
                break;
            case 183 :
                // InternalPtl.g:1:1198: T__196
                {
                mT__196(); 

                }
                break;
            case 184 :
                // InternalPtl.g:1:1205: T__197
                {
                mT__197(); 

                }
                break;
            case 185 :
                // InternalPtl.g:1:1212: T__198
                {
                mT__198(); 

                }
                break;
            case 186 :
                // InternalPtl.g:1:1219: T__199
                {
                mT__199(); 

                }
                break;
            case 187 :
                // InternalPtl.g:1:1226: T__200
                {
                mT__200(); 

                }
                break;
            case 188 :
                // InternalPtl.g:1:1233: T__201
                {
                mT__201(); 

                }
                break;
            case 189 :
                // InternalPtl.g:1:1240: T__202
                {
                mT__202(); 

                }
                break;
            case 190 :
                // InternalPtl.g:1:1247: T__203
                {
                mT__203(); 

                }
                break;
            case 191 :
                // InternalPtl.g:1:1254: T__204
                {
                mT__204(); 

                }
                break;
            case 192 :
                // InternalPtl.g:1:1261: T__205
                {
                mT__205(); 

                }
                break;
            case 193 :
                // InternalPtl.g:1:1268: T__206
                {
                mT__206(); 

                }
                break;
            case 194 :
                // InternalPtl.g:1:1275: T__207
                {
                mT__207(); 

                }
                break;
            case 195 :
                // InternalPtl.g:1:1282: T__208
                {
                mT__208(); 

                }
                break;
            case 196 :
                // InternalPtl.g:1:1289: T__209
                {
                mT__209(); 

                }
                break;
            case 197 :
                // InternalPtl.g:1:1296: T__210
                {
                mT__210(); 

                }
                break;
            case 198 :
                // InternalPtl.g:1:1303: T__211
                {
                mT__211(); 

                }
                break;
            case 199 :
                // InternalPtl.g:1:1310: T__212
                {
                mT__212(); 

                }
                break;
            case 200 :
                // InternalPtl.g:1:1317: T__213
                {
                mT__213(); 

                }
                break;
            case 201 :
                // InternalPtl.g:1:1324: T__214
                {
                mT__214(); 

                }
                break;
            case 202 :
                // InternalPtl.g:1:1331: T__215
                {
                mT__215(); 

                }
                break;
            case 203 :
                // InternalPtl.g:1:1338: T__216
                {
                mT__216(); 

                }
                break;
            case 204 :
                // InternalPtl.g:1:1345: T__217
                {
                mT__217(); 

                }
                break;
            case 205 :
                // InternalPtl.g:1:1352: T__218
                {
                mT__218(); 

                }
                break;
            case 206 :
                // InternalPtl.g:1:1359: T__219
                {
                mT__219(); 

                }
                break;
            case 207 :
                // InternalPtl.g:1:1366: T__220
                {
                mT__220(); 

                }
                break;
            case 208 :
                // InternalPtl.g:1:1373: T__221
                {
                mT__221(); 

                }
                break;
            case 209 :
                // InternalPtl.g:1:1380: T__222
                {
                mT__222(); 

                }
                break;
            case 210 :
                // InternalPtl.g:1:1387: T__223
                {
                mT__223(); 

                }
                break;
            case 211 :
                // InternalPtl.g:1:1394: T__224
                {
                mT__224(); 

                }
                break;
            case 212 :
                // InternalPtl.g:1:1401: T__225
                {
                mT__225(); 

                }
                break;
            case 213 :
                // InternalPtl.g:1:1408: T__226
                {
                mT__226(); 

                }
                break;
            case 214 :
                // InternalPtl.g:1:1415: T__227
                {
                mT__227(); 

                }
                break;
            case 215 :
                // InternalPtl.g:1:1422: T__228
                {
                mT__228(); 

                }
                break;
            case 216 :
                // InternalPtl.g:1:1429: T__229
                {
                mT__229(); 

                }
                break;
            case 217 :
                // InternalPtl.g:1:1436: T__230
                {
                mT__230(); 

                }
                break;
            case 218 :
                // InternalPtl.g:1:1443: T__231
                {
                mT__231(); 

                }
                break;
            case 219 :
                // InternalPtl.g:1:1450: T__232
                {
                mT__232(); 

                }
                break;
            case 220 :
                // InternalPtl.g:1:1457: T__233
                {
                mT__233(); 

                }
                break;
            case 221 :
                // InternalPtl.g:1:1464: T__234
                {
                mT__234(); 

                }
                break;
            case 222 :
                // InternalPtl.g:1:1471: T__235
                {
                mT__235(); 

                }
                break;
            case 223 :
                // InternalPtl.g:1:1478: T__236
                {
                mT__236(); 

                }
                break;
            case 224 :
                // InternalPtl.g:1:1485: T__237
                {
                mT__237(); 

                }
                break;
            case 225 :
                // InternalPtl.g:1:1492: RULE_HEX
                {
                mRULE_HEX(); 

                }
                break;
            case 226 :
                // InternalPtl.g:1:1501: RULE_BIN
                {
                mRULE_BIN(); 

                }
                break;
            case 227 :
                // InternalPtl.g:1:1510: RULE_SIZE
                {
                mRULE_SIZE(); 

                }
                break;
            case 228 :
                // InternalPtl.g:1:1520: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 229 :
                // InternalPtl.g:1:1528: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 230 :
                // InternalPtl.g:1:1537: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 231 :
                // InternalPtl.g:1:1549: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 232 :
                // InternalPtl.g:1:1565: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 233 :
                // InternalPtl.g:1:1581: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 234 :
                // InternalPtl.g:1:1589: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA15 dfa15 = new DFA15(this);
    static final String DFA15_eotS =
        "\1\uffff\3\72\1\uffff\4\72\1\136\3\72\1\uffff\1\72\1\uffff\1\72\1\166\3\uffff\2\72\1\uffff\4\72\1\u0098\1\72\2\uffff\1\u009f\1\u00a1\2\72\1\uffff\1\72\1\u00a9\1\u00ac\1\u00af\1\u00b2\1\u00b3\1\uffff\2\72\2\u00b9\1\uffff\3\65\2\uffff\1\72\1\u00c6\1\u00c7\1\72\1\uffff\17\72\1\uffff\7\72\1\u00ea\1\72\1\u00ed\2\72\1\u00f0\5\72\2\uffff\12\72\1\u010c\1\u010e\4\72\1\uffff\2\72\1\uffff\2\72\5\uffff\12\72\1\uffff\7\72\1\u0135\7\72\1\u0143\1\72\3\uffff\1\u0148\1\72\7\uffff\4\72\1\uffff\1\72\15\uffff\2\72\3\uffff\1\u00b9\5\uffff\6\72\2\uffff\2\72\1\u015c\13\72\1\u016b\10\72\1\u0174\2\72\1\u0178\6\72\1\u0180\1\uffff\2\72\1\uffff\2\72\1\uffff\2\72\1\u0187\25\72\1\u019f\2\72\1\uffff\1\72\1\uffff\2\72\1\u01a5\1\72\1\u01a7\6\72\1\u01ae\5\72\1\u01b5\10\72\1\u01be\1\72\1\u01c0\1\u01c1\4\72\1\u01c7\3\72\1\uffff\10\72\1\u01d4\4\72\1\uffff\2\72\1\u01db\1\72\1\uffff\1\72\1\u01de\5\72\1\u01e4\7\72\1\u01ed\3\72\1\uffff\4\72\1\u01f5\1\72\1\u01f7\1\u01f8\4\72\1\u01fd\1\72\1\uffff\1\u01ff\2\72\1\u0203\4\72\1\uffff\2\72\1\u020a\1\uffff\2\72\1\u020d\4\72\1\uffff\6\72\1\uffff\1\u0218\2\72\1\u021b\1\u021c\1\72\1\u021e\1\u021f\11\72\1\u0229\1\72\1\u022c\1\u022d\2\72\1\uffff\5\72\1\uffff\1\72\1\uffff\4\72\1\u023a\1\u023c\1\uffff\6\72\1\uffff\2\72\1\u0246\1\u0249\1\72\1\u024b\2\72\1\uffff\1\72\2\uffff\1\u024f\4\72\1\uffff\1\72\1\u0255\4\72\1\u025a\3\72\1\u025e\1\72\1\uffff\1\u0260\5\72\1\uffff\1\u0266\1\72\1\uffff\2\72\1\u026a\1\72\1\u026c\1\uffff\3\72\1\u0270\4\72\1\uffff\4\72\1\u0279\1\72\1\u027b\1\uffff\1\72\2\uffff\1\72\1\u027e\2\72\1\uffff\1\72\1\uffff\1\u0282\1\u0283\1\u0284\1\uffff\1\u0285\1\72\1\u0287\1\u0288\1\72\1\u028a\1\uffff\1\72\1\u028d\1\uffff\4\72\1\u0293\3\72\1\u0298\1\72\1\uffff\2\72\2\uffff\1\72\2\uffff\5\72\1\u02a2\1\u02a3\2\72\1\uffff\1\72\1\u02a7\2\uffff\14\72\1\uffff\1\u02b5\1\uffff\1\u02b7\2\72\1\u02bb\3\72\1\u02bf\1\72\1\uffff\1\u02c1\1\72\1\uffff\1\72\1\uffff\1\72\1\u02c5\1\72\1\uffff\3\72\1\u02ca\1\72\1\uffff\1\u02cf\1\u02d0\2\72\1\uffff\3\72\1\uffff\1\72\1\uffff\1\u02d8\1\u02d9\1\72\1\u02dc\1\72\1\uffff\2\72\1\u02e1\1\uffff\1\u02e2\1\uffff\1\72\1\u02e4\1\72\1\uffff\3\72\1\u02ea\1\u02ec\2\72\1\u02ef\1\uffff\1\u02f0\1\uffff\1\u02f1\1\72\1\uffff\2\72\1\u02f5\4\uffff\1\72\2\uffff\1\72\1\uffff\1\72\1\u02f9\1\uffff\1\72\1\u02fb\3\72\1\uffff\1\u0300\2\72\1\u0303\1\uffff\1\u0304\2\72\1\u0307\2\72\1\u030a\1\u030b\1\72\2\uffff\1\u030e\1\72\1\u0310\1\uffff\1\72\1\u0312\2\72\1\u0315\4\72\1\u031b\3\72\1\uffff\1\u031f\1\uffff\3\72\1\uffff\2\72\1\u0325\1\uffff\1\u0326\1\uffff\1\u0327\2\72\1\uffff\1\u032a\1\u032b\2\72\1\uffff\3\72\1\u0331\2\uffff\4\72\1\u0336\2\72\2\uffff\1\u0339\1\72\1\uffff\1\u033b\1\u033c\2\72\2\uffff\1\72\1\uffff\1\u0340\3\72\1\u0344\1\uffff\1\u0345\1\uffff\2\72\3\uffff\1\72\1\u0349\1\72\1\uffff\1\72\1\u034c\1\u034d\1\uffff\1\72\1\uffff\4\72\1\uffff\2\72\2\uffff\1\u0355\1\72\1\uffff\2\72\2\uffff\1\u0359\1\72\1\uffff\1\72\1\uffff\1\72\1\uffff\1\u035d\1\72\1\uffff\1\u0360\1\72\1\u0362\2\72\1\uffff\2\72\1\u0367\1\uffff\2\72\1\u036a\2\72\3\uffff\1\u036d\1\72\2\uffff\1\72\1\u0370\3\72\1\uffff\2\72\1\u0376\1\72\1\uffff\1\72\1\u0379\1\uffff\1\72\2\uffff\1\72\1\u037c\1\u037d\1\uffff\3\72\2\uffff\1\u0381\1\72\1\u0383\1\uffff\1\u0384\1\u0385\2\uffff\1\72\1\u0387\1\u0388\1\u0389\3\72\1\uffff\1\u038d\1\u038e\1\u038f\1\uffff\3\72\1\uffff\2\72\1\uffff\1\72\1\uffff\1\72\1\u0397\2\72\1\uffff\2\72\1\uffff\1\72\1\u039d\1\uffff\1\72\1\u039f\1\uffff\5\72\1\uffff\1\72\1\u03a7\1\uffff\1\u03a8\1\u03a9\2\uffff\1\u03aa\1\u03ab\1\u03ad\1\uffff\1\u03ae\3\uffff\1\72\3\uffff\1\u03b0\1\72\1\u03b2\3\uffff\1\u03b3\4\72\1\u03b8\1\72\1\uffff\2\72\1\u03bd\1\u03be\1\72\1\uffff\1\u03c0\1\uffff\1\72\1\u03c2\1\72\1\u03c4\1\72\1\u03c6\1\u03c7\5\uffff\1\u03c8\2\uffff\1\72\1\uffff\1\u03ca\2\uffff\1\72\1\u03cd\1\u03ce\1\72\1\uffff\1\u03d0\1\72\1\u03d3\1\u03d4\2\uffff\1\72\1\uffff\1\u03d6\1\uffff\1\72\1\uffff\1\72\3\uffff\1\72\1\uffff\1\72\1\u03db\2\uffff\1\72\1\uffff\1\u03dd\1\u03de\2\uffff\1\72\1\uffff\1\u03e1\3\72\1\uffff\1\u03e5\2\uffff\1\u03e6\1\u03e7\1\uffff\3\72\3\uffff\6\72\1\u03f1\2\72\1\uffff\2\72\1\u03f6\1\72\1\uffff\2\72\1\u03fa\1\uffff";
    static final String DFA15_eofS =
        "\u03fb\uffff";
    static final String DFA15_minS =
        "\1\0\1\147\2\141\1\uffff\1\162\1\151\1\146\1\141\1\56\2\141\1\143\1\uffff\1\145\1\uffff\1\157\1\75\3\uffff\2\141\1\uffff\2\141\1\154\1\156\1\75\1\157\2\uffff\1\46\1\75\1\141\1\145\1\uffff\1\145\1\75\1\74\2\75\1\101\1\uffff\1\111\1\105\2\60\1\uffff\2\0\1\52\2\uffff\1\160\2\60\1\156\1\uffff\1\164\2\141\1\144\1\145\1\154\1\155\1\146\1\162\1\157\1\145\2\141\1\154\1\142\1\uffff\1\141\1\156\2\157\1\145\1\164\1\145\1\60\1\156\1\60\1\145\1\150\1\60\2\141\1\142\1\143\1\171\2\uffff\1\154\1\141\1\156\1\147\1\157\1\162\1\154\1\145\1\143\1\141\2\60\2\144\1\151\1\143\1\uffff\1\146\1\167\1\uffff\1\154\1\160\5\uffff\1\141\1\155\1\141\1\165\1\143\1\162\1\164\1\154\1\145\1\151\1\uffff\1\160\1\163\1\155\1\157\1\156\1\141\1\142\1\60\1\155\1\142\1\163\1\141\1\143\1\162\1\160\1\60\1\154\3\uffff\1\60\1\155\7\uffff\1\141\1\154\1\156\1\145\1\uffff\1\162\15\uffff\1\124\1\116\3\uffff\1\60\5\uffff\1\154\1\165\1\164\1\141\1\145\1\157\2\uffff\1\157\1\145\1\60\1\151\1\147\1\160\1\162\2\145\1\156\1\151\1\160\1\164\1\145\1\60\1\155\1\154\1\145\1\147\1\66\1\164\1\154\1\163\1\60\1\156\1\167\1\60\1\144\1\143\1\154\1\141\1\143\1\162\1\60\1\uffff\1\145\1\163\1\uffff\1\162\1\145\1\uffff\1\145\1\166\1\60\1\62\1\162\1\145\1\153\1\171\1\157\1\164\1\145\1\165\2\145\1\162\1\141\1\151\1\154\2\144\1\145\1\164\1\155\1\151\1\60\1\164\1\151\1\uffff\1\165\1\uffff\1\162\1\157\1\60\1\147\1\60\1\141\1\145\1\143\1\141\1\156\1\144\1\60\1\151\1\160\1\156\1\143\1\156\1\60\1\150\1\163\1\150\1\153\2\156\1\162\1\164\1\60\1\153\2\60\1\164\1\143\1\157\1\154\1\60\1\156\1\145\1\154\1\uffff\1\145\1\137\1\145\1\143\1\154\1\145\1\143\1\157\1\60\1\155\1\157\1\164\1\141\1\uffff\1\141\1\145\1\60\1\145\1\uffff\1\142\1\60\1\151\1\165\1\144\1\160\1\157\1\60\1\115\1\162\1\151\1\164\1\151\1\154\1\143\1\60\2\162\1\157\1\uffff\1\144\2\145\1\164\1\60\1\145\2\60\1\141\1\164\1\154\1\167\1\60\1\141\1\uffff\1\60\2\144\1\60\1\64\1\165\1\164\1\145\1\uffff\1\165\1\163\1\60\1\uffff\1\151\1\153\1\60\1\153\1\165\1\157\1\154\1\uffff\1\162\1\145\1\141\1\162\1\154\1\145\1\uffff\1\60\1\141\1\154\2\60\1\165\2\60\1\151\1\162\1\154\1\143\1\162\1\171\1\170\1\157\1\141\1\60\1\157\2\60\1\151\1\143\1\uffff\1\165\1\156\1\155\1\145\1\164\1\uffff\1\156\1\uffff\1\171\1\163\1\162\1\165\2\60\1\uffff\1\155\1\154\1\164\1\165\1\151\1\147\1\uffff\1\145\1\157\2\60\1\151\1\60\1\157\1\145\1\uffff\1\145\2\uffff\1\60\1\162\1\141\1\165\1\144\1\uffff\1\163\1\60\1\145\1\163\1\137\1\162\1\60\1\164\1\165\1\143\1\60\1\144\1\uffff\1\60\1\162\1\171\1\164\1\160\1\163\1\uffff\1\60\1\145\1\uffff\1\164\1\145\1\60\1\163\1\60\1\uffff\1\101\1\164\1\145\1\60\1\141\2\151\1\164\1\uffff\1\145\1\151\1\167\1\145\1\60\1\62\1\60\1\uffff\1\144\2\uffff\1\162\1\60\1\145\1\141\1\uffff\1\164\1\uffff\3\60\1\uffff\1\60\1\162\2\60\1\154\1\60\1\uffff\1\156\1\60\1\uffff\1\137\1\164\1\155\1\141\1\60\2\164\1\167\1\60\1\163\1\uffff\1\162\1\157\2\uffff\1\164\2\uffff\1\162\1\166\2\164\1\156\2\60\1\156\1\143\1\uffff\1\155\1\60\2\uffff\1\163\1\171\1\162\1\137\1\145\1\163\1\141\1\137\2\163\1\151\1\154\1\uffff\1\60\1\uffff\1\60\1\156\1\145\1\60\1\162\1\156\1\145\1\60\1\162\1\uffff\1\60\1\162\1\uffff\1\156\1\uffff\1\164\1\60\1\162\1\uffff\1\171\1\143\1\156\1\60\1\146\1\uffff\2\60\1\167\1\141\1\uffff\1\154\1\163\1\164\1\uffff\1\145\1\uffff\2\60\1\145\1\60\1\163\1\uffff\1\162\1\145\1\60\1\uffff\1\60\1\uffff\1\123\1\60\1\163\1\uffff\1\154\1\141\1\144\2\60\1\164\1\156\1\60\1\uffff\1\60\1\uffff\1\60\1\151\1\uffff\1\163\1\162\1\60\4\uffff\1\145\2\uffff\1\145\1\uffff\1\147\1\60\1\uffff\1\167\1\60\1\145\1\160\1\150\1\uffff\1\60\2\151\1\60\1\uffff\1\60\1\171\1\143\1\60\2\145\2\60\1\151\2\uffff\1\60\1\145\1\60\1\uffff\1\163\1\60\1\145\1\155\1\60\1\163\1\164\2\144\1\60\1\137\1\160\1\164\1\uffff\1\60\1\uffff\1\145\1\164\1\162\1\uffff\1\162\1\165\1\60\1\uffff\1\60\1\uffff\1\60\1\147\1\145\1\uffff\2\60\1\150\1\147\1\uffff\1\164\1\141\1\157\1\60\2\uffff\1\162\1\156\1\171\1\151\1\60\1\156\1\144\2\uffff\1\60\1\145\1\uffff\2\60\1\156\1\144\2\uffff\1\113\1\uffff\1\60\1\154\1\157\1\156\1\60\1\uffff\1\60\1\uffff\1\171\1\145\3\uffff\1\157\1\60\1\145\1\uffff\1\163\2\60\1\uffff\1\151\1\uffff\3\163\1\151\1\uffff\1\157\1\163\2\uffff\1\60\1\153\1\uffff\1\163\1\144\2\uffff\1\60\1\156\1\uffff\1\137\1\uffff\1\151\1\uffff\1\60\1\141\1\uffff\1\60\1\145\1\60\1\157\1\160\1\uffff\1\146\1\164\1\60\1\uffff\1\156\1\145\1\60\2\145\3\uffff\1\60\1\143\2\uffff\1\145\1\60\1\151\1\164\1\162\1\uffff\1\157\1\147\1\60\1\166\1\uffff\1\147\1\60\1\uffff\1\144\2\uffff\1\147\2\60\1\uffff\1\171\1\162\1\164\2\uffff\1\60\1\162\1\60\1\uffff\2\60\2\uffff\1\164\3\60\1\160\1\156\1\145\1\uffff\3\60\1\uffff\1\147\1\167\1\157\1\uffff\1\153\1\163\1\uffff\1\163\1\uffff\1\167\1\60\1\154\1\157\1\uffff\1\164\1\162\1\uffff\1\156\1\60\1\uffff\1\164\1\60\1\uffff\1\157\1\145\1\155\1\156\1\145\1\uffff\1\145\1\60\1\uffff\2\60\2\uffff\3\60\1\uffff\1\60\3\uffff\1\150\3\uffff\1\60\1\163\1\60\3\uffff\1\60\1\151\1\156\1\145\1\151\1\60\1\156\1\uffff\1\141\1\162\2\60\1\164\1\uffff\1\60\1\uffff\1\156\1\60\1\157\1\60\1\147\2\60\5\uffff\1\60\2\uffff\1\157\1\uffff\1\60\2\uffff\1\164\2\60\1\172\1\uffff\1\60\1\147\2\60\2\uffff\1\154\1\uffff\1\60\1\uffff\1\156\1\uffff\1\137\3\uffff\1\165\1\uffff\1\150\1\60\2\uffff\1\145\1\uffff\2\60\2\uffff\1\171\1\uffff\1\60\1\160\1\164\1\157\1\uffff\1\60\2\uffff\2\60\1\uffff\1\141\1\137\1\165\3\uffff\1\147\2\164\1\145\1\154\1\137\1\60\2\142\1\uffff\1\151\1\162\1\60\1\145\1\uffff\1\141\1\153\1\60\1\uffff";
    static final String DFA15_maxS =
        "\1\uffff\1\163\1\164\1\167\1\uffff\2\162\1\167\1\160\1\56\1\157\2\164\1\uffff\1\157\1\uffff\1\171\1\75\3\uffff\1\165\1\162\1\uffff\1\157\1\162\1\170\1\160\1\76\1\165\2\uffff\2\75\2\151\1\uffff\1\145\2\75\1\76\1\174\1\172\1\uffff\1\111\1\105\1\170\1\124\1\uffff\2\uffff\1\57\2\uffff\1\160\2\172\1\156\1\uffff\1\166\1\162\1\141\1\172\1\145\1\154\2\155\1\162\1\157\1\170\1\163\1\141\1\165\1\142\1\uffff\1\157\1\164\2\157\1\145\1\164\1\145\1\172\1\156\1\172\1\145\1\150\1\172\1\166\1\141\1\166\1\143\1\172\2\uffff\1\157\1\164\1\156\1\147\1\157\1\162\1\154\1\145\1\143\1\141\2\172\1\144\1\156\1\167\1\143\1\uffff\1\163\1\167\1\uffff\1\154\1\160\5\uffff\1\141\1\165\1\141\1\165\1\143\1\162\1\164\1\162\1\145\1\160\1\uffff\1\171\1\163\1\155\1\171\1\156\1\165\1\142\1\172\1\155\1\142\1\163\1\160\1\165\1\162\1\160\1\172\1\155\3\uffff\1\172\1\155\7\uffff\1\163\1\154\1\156\1\145\1\uffff\1\162\15\uffff\1\124\1\116\3\uffff\1\124\5\uffff\1\157\1\165\1\164\1\141\1\145\1\157\2\uffff\1\157\1\145\1\172\1\151\1\164\1\160\1\162\2\145\1\156\1\151\1\160\1\164\1\145\1\172\1\155\1\154\1\145\1\147\1\66\1\164\1\154\1\163\1\172\1\156\1\167\1\172\1\144\1\143\1\154\1\141\1\160\1\162\1\172\1\uffff\1\145\1\163\1\uffff\1\162\1\145\1\uffff\1\145\1\166\1\172\1\62\1\162\1\145\1\153\1\171\1\157\1\164\1\145\2\165\1\145\1\165\1\141\1\151\1\154\2\144\1\145\1\164\1\155\1\151\1\172\1\164\1\151\1\uffff\1\165\1\uffff\1\162\1\157\1\172\1\147\1\172\1\141\1\145\1\143\1\141\1\156\1\144\1\172\1\151\1\160\1\156\1\164\1\156\1\172\1\150\1\163\1\150\1\153\2\156\1\162\1\164\1\172\1\153\2\172\1\164\2\157\1\154\1\172\1\156\1\145\1\154\1\uffff\1\145\1\151\1\145\1\143\1\154\1\145\1\143\1\157\1\172\1\155\1\157\1\164\1\141\1\uffff\1\141\1\145\1\172\1\145\1\uffff\1\142\1\172\1\151\1\165\1\144\1\160\1\157\1\172\1\115\1\162\1\151\1\164\1\151\1\162\1\143\1\172\2\162\1\157\1\uffff\1\144\2\145\1\164\1\172\1\145\2\172\1\141\1\164\1\154\1\167\1\172\1\141\1\uffff\1\172\2\144\1\172\1\64\1\165\1\164\1\145\1\uffff\1\165\1\163\1\172\1\uffff\1\151\1\153\1\172\1\153\1\165\1\157\1\154\1\uffff\1\162\1\145\1\141\1\162\1\154\1\145\1\uffff\1\172\1\141\1\154\2\172\1\165\2\172\1\151\1\162\1\154\1\143\1\162\1\171\1\170\1\157\1\141\1\172\1\157\2\172\1\151\1\143\1\uffff\1\165\1\156\1\155\1\145\1\164\1\uffff\1\156\1\uffff\1\171\1\163\1\162\1\165\2\172\1\uffff\1\155\1\157\1\164\1\165\1\151\1\147\1\uffff\1\145\1\157\2\172\1\151\1\172\1\157\1\145\1\uffff\1\145\2\uffff\1\172\1\162\1\141\1\165\1\144\1\uffff\1\163\1\172\1\145\1\163\1\137\1\162\1\172\1\164\1\165\1\143\1\172\1\144\1\uffff\1\172\1\162\1\171\1\164\1\160\1\163\1\uffff\1\172\1\145\1\uffff\1\164\1\145\1\172\1\163\1\172\1\uffff\1\101\1\164\1\145\1\172\1\141\2\151\1\164\1\uffff\1\145\1\151\1\167\1\145\1\172\1\62\1\172\1\uffff\1\144\2\uffff\1\162\1\172\1\145\1\141\1\uffff\1\164\1\uffff\3\172\1\uffff\1\172\1\162\2\172\1\154\1\172\1\uffff\1\156\1\172\1\uffff\1\137\1\164\1\155\1\141\1\172\2\164\1\167\1\172\1\163\1\uffff\1\162\1\157\2\uffff\1\164\2\uffff\1\162\1\166\2\164\1\156\2\172\1\156\1\143\1\uffff\1\155\1\172\2\uffff\1\163\1\171\1\162\1\137\1\145\1\163\1\141\1\145\2\163\1\151\1\154\1\uffff\1\172\1\uffff\1\172\1\156\1\145\1\172\1\162\1\156\1\145\1\172\1\162\1\uffff\1\172\1\162\1\uffff\1\156\1\uffff\1\164\1\172\1\162\1\uffff\1\171\1\143\1\156\1\172\1\154\1\uffff\2\172\1\167\1\141\1\uffff\1\154\1\163\1\164\1\uffff\1\151\1\uffff\2\172\1\145\1\172\1\163\1\uffff\1\162\1\151\1\172\1\uffff\1\172\1\uffff\1\123\1\172\1\163\1\uffff\1\164\1\141\1\144\2\172\1\164\1\156\1\172\1\uffff\1\172\1\uffff\1\172\1\151\1\uffff\1\163\1\162\1\172\4\uffff\1\145\2\uffff\1\145\1\uffff\1\147\1\172\1\uffff\1\167\1\172\1\145\1\171\1\150\1\uffff\1\172\2\151\1\172\1\uffff\1\172\1\171\1\143\1\172\2\145\2\172\1\163\2\uffff\1\172\1\145\1\172\1\uffff\1\163\1\172\1\145\1\155\1\172\1\163\1\164\1\144\1\165\1\172\1\137\1\160\1\164\1\uffff\1\172\1\uffff\1\145\1\164\1\162\1\uffff\1\162\1\165\1\172\1\uffff\1\172\1\uffff\1\172\1\147\1\145\1\uffff\2\172\1\150\1\147\1\uffff\1\164\1\141\1\157\1\172\2\uffff\1\162\1\156\1\171\1\151\1\172\1\156\1\144\2\uffff\1\172\1\145\1\uffff\2\172\1\156\1\144\2\uffff\1\113\1\uffff\1\172\1\154\1\157\1\156\1\172\1\uffff\1\172\1\uffff\1\171\1\145\3\uffff\1\157\1\172\1\145\1\uffff\1\163\2\172\1\uffff\1\151\1\uffff\3\163\1\151\1\uffff\1\157\1\163\2\uffff\1\172\1\153\1\uffff\1\163\1\144\2\uffff\1\172\1\156\1\uffff\1\137\1\uffff\1\151\1\uffff\1\172\1\141\1\uffff\1\172\1\145\1\172\1\157\1\160\1\uffff\1\146\1\164\1\172\1\uffff\1\156\1\145\1\172\2\145\3\uffff\1\172\1\143\2\uffff\1\145\1\172\1\151\1\164\1\162\1\uffff\1\157\1\147\1\172\1\166\1\uffff\1\147\1\172\1\uffff\1\144\2\uffff\1\147\2\172\1\uffff\1\171\1\162\1\164\2\uffff\1\172\1\162\1\172\1\uffff\2\172\2\uffff\1\164\3\172\1\160\1\156\1\145\1\uffff\3\172\1\uffff\1\147\1\167\1\157\1\uffff\1\153\1\163\1\uffff\1\163\1\uffff\1\167\1\172\1\154\1\157\1\uffff\1\164\1\162\1\uffff\1\156\1\172\1\uffff\1\164\1\172\1\uffff\1\157\1\151\1\155\1\156\1\145\1\uffff\1\145\1\172\1\uffff\2\172\2\uffff\3\172\1\uffff\1\172\3\uffff\1\150\3\uffff\1\172\1\163\1\172\3\uffff\1\172\1\151\1\156\1\145\1\151\1\172\1\156\1\uffff\1\141\1\162\2\172\1\164\1\uffff\1\172\1\uffff\1\156\1\172\1\157\1\172\1\147\2\172\5\uffff\1\172\2\uffff\1\157\1\uffff\1\172\2\uffff\1\164\3\172\1\uffff\1\172\1\147\2\172\2\uffff\1\154\1\uffff\1\172\1\uffff\1\156\1\uffff\1\137\3\uffff\1\165\1\uffff\1\150\1\172\2\uffff\1\145\1\uffff\2\172\2\uffff\1\171\1\uffff\1\172\1\160\1\164\1\157\1\uffff\1\172\2\uffff\2\172\1\uffff\1\141\1\137\1\165\3\uffff\1\147\2\164\1\145\1\154\1\137\1\172\2\142\1\uffff\1\151\1\162\1\172\1\145\1\uffff\1\141\1\153\1\172\1\uffff";
    static final String DFA15_acceptS =
        "\4\uffff\1\4\10\uffff\1\21\1\uffff\1\24\2\uffff\1\33\1\34\1\35\2\uffff\1\47\6\uffff\1\63\1\64\4\uffff\1\u0097\6\uffff\1\u00da\4\uffff\1\u00e4\3\uffff\1\u00e9\1\u00ea\4\uffff\1\u00e4\17\uffff\1\4\22\uffff\1\12\1\u009a\20\uffff\1\21\2\uffff\1\24\2\uffff\1\u00b5\1\32\1\33\1\34\1\35\12\uffff\1\47\21\uffff\1\60\1\u00b4\1\u00ad\2\uffff\1\63\1\64\1\u00ca\1\u00d4\1\117\1\u00b6\1\120\4\uffff\1\u0097\1\uffff\1\u00b3\1\u00d9\1\u00b8\1\u00d7\1\u00b7\1\u00ba\1\u00d8\1\u00b9\1\u00c9\1\u00d3\1\u00d5\1\u00d6\1\u00da\2\uffff\1\u00e1\1\u00e2\1\u00e5\1\uffff\1\u00e3\1\u00e6\1\u00e7\1\u00e8\1\u00e9\6\uffff\1\67\1\70\42\uffff\1\37\2\uffff\1\66\2\uffff\1\151\33\uffff\1\20\1\uffff\1\75\46\uffff\1\155\15\uffff\1\u00a3\4\uffff\1\u00c0\23\uffff\1\165\16\uffff\1\101\10\uffff\1\u00ac\3\uffff\1\u0093\7\uffff\1\u00bd\6\uffff\1\u008d\27\uffff\1\177\5\uffff\1\u00bc\1\uffff\1\u00bf\6\uffff\1\u00a1\6\uffff\1\146\10\uffff\1\51\1\uffff\1\113\1\153\5\uffff\1\u00de\14\uffff\1\u00a9\6\uffff\1\62\2\uffff\1\131\5\uffff\1\u00db\10\uffff\1\u00af\7\uffff\1\u00cd\1\uffff\1\133\1\154\4\uffff\1\u00be\1\uffff\1\23\3\uffff\1\u009e\6\uffff\1\7\2\uffff\1\u008a\12\uffff\1\16\2\uffff\1\105\1\137\1\uffff\1\13\1\30\11\uffff\1\u00ce\2\uffff\1\144\1\103\14\uffff\1\u00a4\1\uffff\1\u0083\11\uffff\1\42\2\uffff\1\167\1\uffff\1\125\3\uffff\1\72\5\uffff\1\u0098\4\uffff\1\56\3\uffff\1\u00d0\1\uffff\1\u00b1\5\uffff\1\174\3\uffff\1\u0080\1\uffff\1\u00a5\3\uffff\1\6\10\uffff\1\45\1\uffff\1\u00a8\2\uffff\1\163\3\uffff\1\110\1\u00a6\1\123\1\u00dd\1\uffff\1\u0081\1\u0099\1\uffff\1\u0091\2\uffff\1\u009b\5\uffff\1\107\4\uffff\1\26\11\uffff\1\u00cc\1\157\3\uffff\1\14\15\uffff\1\27\1\uffff\1\40\3\uffff\1\u0085\3\uffff\1\164\1\uffff\1\115\3\uffff\1\u00cf\4\uffff\1\162\4\uffff\1\134\1\172\7\uffff\1\127\1\135\2\uffff\1\156\4\uffff\1\u009d\1\u0092\1\uffff\1\1\5\uffff\1\112\1\uffff\1\u00b0\2\uffff\1\15\1\u00a2\1\41\3\uffff\1\3\3\uffff\1\17\1\uffff\1\10\4\uffff\1\132\2\uffff\1\11\1\u0084\2\uffff\1\u0089\2\uffff\1\176\1\116\2\uffff\1\u0090\1\uffff\1\u00a7\1\uffff\1\122\2\uffff\1\u0096\5\uffff\1\u00c7\3\uffff\1\36\5\uffff\1\114\1\u00ab\1\121\2\uffff\1\106\1\142\5\uffff\1\u0086\4\uffff\1\175\2\uffff\1\57\1\uffff\1\u00c8\1\65\3\uffff\1\u00bb\3\uffff\1\u009c\1\u00a0\3\uffff\1\u008f\2\uffff\1\5\1\130\7\uffff\1\102\3\uffff\1\150\3\uffff\1\u0095\2\uffff\1\111\1\uffff\1\u008b\4\uffff\1\u008c\2\uffff\1\50\2\uffff\1\u00ae\2\uffff\1\161\5\uffff\1\71\2\uffff\1\76\2\uffff\1\u0087\1\u00dc\3\uffff\1\2\1\uffff\1\141\1\u009f\1\143\1\uffff\1\124\1\31\1\u0094\3\uffff\1\152\1\55\1\77\7\uffff\1\u00e0\5\uffff\1\u00cb\1\uffff\1\173\7\uffff\1\74\1\136\1\170\1\44\1\53\1\uffff\1\61\1\u00c6\1\uffff\1\43\1\uffff\1\126\1\171\4\uffff\1\140\4\uffff\1\46\1\54\1\uffff\1\160\1\uffff\1\166\1\uffff\1\u008e\1\uffff\1\u00c5\1\147\1\u0082\1\uffff\1\100\2\uffff\1\u00aa\1\u00c2\1\uffff\1\u00df\2\uffff\1\25\1\73\1\uffff\1\52\4\uffff\1\104\1\uffff\1\u00b2\1\22\2\uffff\1\u00d1\3\uffff\1\u00d2\1\145\1\u0088\11\uffff\1\u00c4\4\uffff\1\u00c1\3\uffff\1\u00c3";
    static final String DFA15_specialS =
        "\1\2\60\uffff\1\0\1\1\u03c8\uffff}>";
    static final String[] DFA15_transitionS = {
            "\11\65\2\64\2\65\1\64\22\65\1\64\1\41\1\61\3\65\1\40\1\62\1\36\1\37\1\27\1\46\1\15\1\34\1\11\1\63\1\56\11\57\1\23\1\65\1\47\1\21\1\50\1\44\1\65\1\60\1\54\4\60\1\55\23\60\1\22\1\65\1\24\1\52\1\60\1\65\1\14\1\6\1\25\1\16\1\32\1\3\1\5\1\20\1\1\1\60\1\43\1\10\1\30\1\35\1\7\1\13\1\60\1\12\1\2\1\31\1\33\1\42\1\26\2\60\1\45\1\4\1\51\1\17\1\53\uff81\65",
            "\1\71\5\uffff\1\66\1\67\4\uffff\1\70",
            "\1\101\1\uffff\1\77\1\uffff\1\73\2\uffff\1\75\1\76\5\uffff\1\102\1\100\3\uffff\1\74",
            "\1\110\3\uffff\1\107\3\uffff\1\105\2\uffff\1\106\2\uffff\1\103\2\uffff\1\104\4\uffff\1\111",
            "",
            "\1\113",
            "\1\114\2\uffff\1\115\2\uffff\1\116\2\uffff\1\117",
            "\1\124\7\uffff\1\122\1\uffff\1\125\1\uffff\1\127\1\uffff\1\126\1\120\1\121\1\123",
            "\1\134\3\uffff\1\130\3\uffff\1\132\5\uffff\1\133\1\131",
            "\1\135",
            "\1\141\3\uffff\1\140\11\uffff\1\137",
            "\1\142\3\uffff\1\144\3\uffff\1\147\2\uffff\1\150\2\uffff\1\145\2\uffff\1\143\1\uffff\1\146",
            "\1\156\1\153\7\uffff\1\155\1\uffff\1\154\4\uffff\1\152\1\151",
            "",
            "\1\160\11\uffff\1\161",
            "",
            "\1\163\11\uffff\1\164",
            "\1\165",
            "",
            "",
            "",
            "\1\176\6\uffff\1\174\3\uffff\1\172\2\uffff\1\173\1\175\4\uffff\1\177",
            "\1\u0081\6\uffff\1\u0082\1\u0080\10\uffff\1\u0083",
            "",
            "\1\u0085\3\uffff\1\u0087\3\uffff\1\u0089\1\uffff\1\u0088\3\uffff\1\u0086",
            "\1\u008b\7\uffff\1\u008d\2\uffff\1\u008e\2\uffff\1\u008c\2\uffff\1\u008a",
            "\1\u008f\1\u0093\1\u0091\3\uffff\1\u0092\5\uffff\1\u0090",
            "\1\u0095\1\uffff\1\u0094",
            "\1\u0097\1\u0096",
            "\1\u0099\5\uffff\1\u009a",
            "",
            "",
            "\1\u009e\26\uffff\1\u009d",
            "\1\u00a0",
            "\1\u00a3\7\uffff\1\u00a2",
            "\1\u00a5\3\uffff\1\u00a4",
            "",
            "\1\u00a7",
            "\1\u00a8",
            "\1\u00ab\1\u00aa",
            "\1\u00ad\1\u00ae",
            "\1\u00b0\76\uffff\1\u00b1",
            "\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u00b5",
            "\1\u00b6",
            "\12\u00ba\15\uffff\1\u00bb\3\uffff\1\u00bb\1\uffff\1\u00bb\6\uffff\1\u00bb\15\uffff\1\u00b8\25\uffff\1\u00b7",
            "\12\u00ba\15\uffff\1\u00bb\3\uffff\1\u00bb\1\uffff\1\u00bb\6\uffff\1\u00bb",
            "",
            "\0\u00bc",
            "\0\u00bc",
            "\1\u00bd\4\uffff\1\u00be",
            "",
            "",
            "\1\u00c0",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\5\72\1\u00c5\2\72\1\u00c2\1\u00c4\5\72\1\u00c1\5\72\1\u00c3\4\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00c8",
            "",
            "\1\u00ca\1\uffff\1\u00c9",
            "\1\u00cc\15\uffff\1\u00cd\2\uffff\1\u00cb",
            "\1\u00ce",
            "\1\u00cf\25\uffff\1\u00d0",
            "\1\u00d1",
            "\1\u00d2",
            "\1\u00d3",
            "\1\u00d4\6\uffff\1\u00d5",
            "\1\u00d6",
            "\1\u00d7",
            "\1\u00d8\22\uffff\1\u00d9",
            "\1\u00da\21\uffff\1\u00db",
            "\1\u00dc",
            "\1\u00de\10\uffff\1\u00dd",
            "\1\u00df",
            "",
            "\1\u00e0\15\uffff\1\u00e1",
            "\1\u00e3\5\uffff\1\u00e2",
            "\1\u00e4",
            "\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "\1\u00e8",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\4\72\1\u00e9\25\72",
            "\1\u00eb",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\5\72\1\u00ec\24\72",
            "\1\u00ee",
            "\1\u00ef",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u00f2\22\uffff\1\u00f3\1\uffff\1\u00f1",
            "\1\u00f4",
            "\1\u00f5\23\uffff\1\u00f6",
            "\1\u00f7",
            "\1\u00f9\1\u00f8",
            "",
            "",
            "\1\u00fb\2\uffff\1\u00fa",
            "\1\u0103\5\uffff\1\u0101\2\uffff\1\u00fe\1\uffff\1\u0100\3\uffff\1\u0102\1\u00fc\1\uffff\1\u00fd\1\u00ff",
            "\1\u0104",
            "\1\u0105",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108",
            "\1\u0109",
            "\1\u010a",
            "\1\u010b",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u010d\7\72",
            "\1\u010f",
            "\1\u0111\11\uffff\1\u0110",
            "\1\u0112\2\uffff\1\u0113\12\uffff\1\u0114",
            "\1\u0115",
            "",
            "\1\u0117\14\uffff\1\u0116",
            "\1\u0118",
            "",
            "\1\u0119",
            "\1\u011a",
            "",
            "",
            "",
            "",
            "",
            "\1\u011b",
            "\1\u011c\1\u011e\6\uffff\1\u011d",
            "\1\u011f",
            "\1\u0120",
            "\1\u0121",
            "\1\u0122",
            "\1\u0123",
            "\1\u0124\5\uffff\1\u0125",
            "\1\u0126",
            "\1\u0128\6\uffff\1\u0127",
            "",
            "\1\u012c\1\uffff\1\u012a\5\uffff\1\u0129\1\u012b",
            "\1\u012d",
            "\1\u012e",
            "\1\u0130\11\uffff\1\u012f",
            "\1\u0131",
            "\1\u0132\23\uffff\1\u0133",
            "\1\u0134",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0136",
            "\1\u0137",
            "\1\u0138",
            "\1\u0139\1\uffff\1\u013a\1\uffff\1\u013c\12\uffff\1\u013b",
            "\1\u013d\1\u013e\20\uffff\1\u013f",
            "\1\u0140",
            "\1\u0141",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\3\72\1\u0142\26\72",
            "\1\u0145\1\u0144",
            "",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\15\72\1\u0147\5\72\1\u0146\6\72",
            "\1\u0149",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\u014a\21\uffff\1\u014b",
            "\1\u014c",
            "\1\u014d",
            "\1\u014e",
            "",
            "\1\u014f",
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
            "",
            "",
            "\1\u0150",
            "\1\u0151",
            "",
            "",
            "",
            "\12\u00ba\15\uffff\1\u00bb\3\uffff\1\u00bb\1\uffff\1\u00bb\6\uffff\1\u00bb",
            "",
            "",
            "",
            "",
            "",
            "\1\u0153\2\uffff\1\u0152",
            "\1\u0154",
            "\1\u0155",
            "\1\u0156",
            "\1\u0157",
            "\1\u0158",
            "",
            "",
            "\1\u0159",
            "\1\u015a",
            "\12\72\7\uffff\32\72\4\uffff\1\u015b\1\uffff\32\72",
            "\1\u015d",
            "\1\u015f\12\uffff\1\u0160\1\uffff\1\u015e",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163",
            "\1\u0164",
            "\1\u0165",
            "\1\u0166",
            "\1\u0167",
            "\1\u0168",
            "\1\u0169",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\14\72\1\u016a\15\72",
            "\1\u016c",
            "\1\u016d",
            "\1\u016e",
            "\1\u016f",
            "\1\u0170",
            "\1\u0171",
            "\1\u0172",
            "\1\u0173",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0175",
            "\1\u0176",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0177\7\72",
            "\1\u0179",
            "\1\u017a",
            "\1\u017b",
            "\1\u017c",
            "\1\u017e\14\uffff\1\u017d",
            "\1\u017f",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0181",
            "\1\u0182",
            "",
            "\1\u0183",
            "\1\u0184",
            "",
            "\1\u0185",
            "\1\u0186",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0188",
            "\1\u0189",
            "\1\u018a",
            "\1\u018b",
            "\1\u018c",
            "\1\u018d",
            "\1\u018e",
            "\1\u018f",
            "\1\u0190",
            "\1\u0191\17\uffff\1\u0192",
            "\1\u0193",
            "\1\u0195\2\uffff\1\u0194",
            "\1\u0196",
            "\1\u0197",
            "\1\u0198",
            "\1\u0199",
            "\1\u019a",
            "\1\u019b",
            "\1\u019c",
            "\1\u019d",
            "\1\u019e",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01a0",
            "\1\u01a1",
            "",
            "\1\u01a2",
            "",
            "\1\u01a3",
            "\1\u01a4",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01a6",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01a8",
            "\1\u01a9",
            "\1\u01aa",
            "\1\u01ab",
            "\1\u01ac",
            "\1\u01ad",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01af",
            "\1\u01b0",
            "\1\u01b1",
            "\1\u01b2\20\uffff\1\u01b3",
            "\1\u01b4",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01b6",
            "\1\u01b7",
            "\1\u01b8",
            "\1\u01b9",
            "\1\u01ba",
            "\1\u01bb",
            "\1\u01bc",
            "\1\u01bd",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01bf",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01c2",
            "\1\u01c4\13\uffff\1\u01c3",
            "\1\u01c5",
            "\1\u01c6",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01c8",
            "\1\u01c9",
            "\1\u01ca",
            "",
            "\1\u01cb",
            "\1\u01cd\11\uffff\1\u01cc",
            "\1\u01ce",
            "\1\u01cf",
            "\1\u01d0",
            "\1\u01d1",
            "\1\u01d2",
            "\1\u01d3",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01d5",
            "\1\u01d6",
            "\1\u01d7",
            "\1\u01d8",
            "",
            "\1\u01d9",
            "\1\u01da",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01dc",
            "",
            "\1\u01dd",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01df",
            "\1\u01e0",
            "\1\u01e1",
            "\1\u01e2",
            "\1\u01e3",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01e5",
            "\1\u01e6",
            "\1\u01e7",
            "\1\u01e8",
            "\1\u01e9",
            "\1\u01eb\5\uffff\1\u01ea",
            "\1\u01ec",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01ee",
            "\1\u01ef",
            "\1\u01f0",
            "",
            "\1\u01f1",
            "\1\u01f2",
            "\1\u01f3",
            "\1\u01f4",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01f6",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01f9",
            "\1\u01fa",
            "\1\u01fb",
            "\1\u01fc",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u01fe",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0200",
            "\1\u0201",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0202\7\72",
            "\1\u0204",
            "\1\u0205",
            "\1\u0206",
            "\1\u0207",
            "",
            "\1\u0208",
            "\1\u0209",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u020b",
            "\1\u020c",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u020e",
            "\1\u020f",
            "\1\u0210",
            "\1\u0211",
            "",
            "\1\u0212",
            "\1\u0213",
            "\1\u0214",
            "\1\u0215",
            "\1\u0216",
            "\1\u0217",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0219",
            "\1\u021a",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u021d",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0220",
            "\1\u0221",
            "\1\u0222",
            "\1\u0223",
            "\1\u0224",
            "\1\u0225",
            "\1\u0226",
            "\1\u0227",
            "\1\u0228",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u022a",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u022b\7\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u022e",
            "\1\u022f",
            "",
            "\1\u0230",
            "\1\u0231",
            "\1\u0232",
            "\1\u0233",
            "\1\u0234",
            "",
            "\1\u0235",
            "",
            "\1\u0236",
            "\1\u0237",
            "\1\u0238",
            "\1\u0239",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u023b\7\72",
            "",
            "\1\u023d",
            "\1\u023f\2\uffff\1\u023e",
            "\1\u0240",
            "\1\u0241",
            "\1\u0242",
            "\1\u0243",
            "",
            "\1\u0244",
            "\1\u0245",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\4\72\1\u0248\15\72\1\u0247\7\72",
            "\1\u024a",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u024c",
            "\1\u024d",
            "",
            "\1\u024e",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0250",
            "\1\u0251",
            "\1\u0252",
            "\1\u0253",
            "",
            "\1\u0254",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0256",
            "\1\u0257",
            "\1\u0258",
            "\1\u0259",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u025b",
            "\1\u025c",
            "\1\u025d",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u025f",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0261",
            "\1\u0262",
            "\1\u0263",
            "\1\u0264",
            "\1\u0265",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0267",
            "",
            "\1\u0268",
            "\1\u0269",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u026b",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u026d",
            "\1\u026e",
            "\1\u026f",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0271",
            "\1\u0272",
            "\1\u0273",
            "\1\u0274",
            "",
            "\1\u0275",
            "\1\u0276",
            "\1\u0277",
            "\1\u0278",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u027a",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u027c",
            "",
            "",
            "\1\u027d",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u027f",
            "\1\u0280",
            "",
            "\1\u0281",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0286",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0289",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u028b",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u028c\7\72",
            "",
            "\1\u028e",
            "\1\u028f",
            "\1\u0290",
            "\1\u0291",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0292\7\72",
            "\1\u0294",
            "\1\u0295",
            "\1\u0296",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u0297\7\72",
            "\1\u0299",
            "",
            "\1\u029a",
            "\1\u029b",
            "",
            "",
            "\1\u029c",
            "",
            "",
            "\1\u029d",
            "\1\u029e",
            "\1\u029f",
            "\1\u02a0",
            "\1\u02a1",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02a4",
            "\1\u02a5",
            "",
            "\1\u02a6",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u02a8",
            "\1\u02a9",
            "\1\u02aa",
            "\1\u02ab",
            "\1\u02ac",
            "\1\u02ad",
            "\1\u02ae",
            "\1\u02b0\5\uffff\1\u02af",
            "\1\u02b1",
            "\1\u02b2",
            "\1\u02b3",
            "\1\u02b4",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u02b6\7\72",
            "\1\u02b8",
            "\1\u02b9",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\4\72\1\u02ba\25\72",
            "\1\u02bc",
            "\1\u02bd",
            "\1\u02be",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02c0",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02c2",
            "",
            "\1\u02c3",
            "",
            "\1\u02c4",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02c6",
            "",
            "\1\u02c7",
            "\1\u02c8",
            "\1\u02c9",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02cd\2\uffff\1\u02cb\2\uffff\1\u02cc",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u02ce\7\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02d1",
            "\1\u02d2",
            "",
            "\1\u02d3",
            "\1\u02d4",
            "\1\u02d5",
            "",
            "\1\u02d7\3\uffff\1\u02d6",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02da",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\17\72\1\u02db\12\72",
            "\1\u02dd",
            "",
            "\1\u02de",
            "\1\u02e0\3\uffff\1\u02df",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u02e3",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02e5",
            "",
            "\1\u02e6\7\uffff\1\u02e7",
            "\1\u02e8",
            "\1\u02e9",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\3\72\1\u02eb\26\72",
            "\1\u02ed",
            "\1\u02ee",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02f2",
            "",
            "\1\u02f3",
            "\1\u02f4",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "",
            "\1\u02f6",
            "",
            "",
            "\1\u02f7",
            "",
            "\1\u02f8",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u02fa",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u02fc",
            "\1\u02fe\10\uffff\1\u02fd",
            "\1\u02ff",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0301",
            "\1\u0302",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0305",
            "\1\u0306",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0308",
            "\1\u0309",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u030d\11\uffff\1\u030c",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u030f",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0311",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0313",
            "\1\u0314",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0316",
            "\1\u0317",
            "\1\u0318",
            "\1\u0319\20\uffff\1\u031a",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u031c",
            "\1\u031d",
            "\1\u031e",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0320",
            "\1\u0321",
            "\1\u0322",
            "",
            "\1\u0323",
            "\1\u0324",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0328",
            "\1\u0329",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u032c",
            "\1\u032d",
            "",
            "\1\u032e",
            "\1\u032f",
            "\1\u0330",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u0332",
            "\1\u0333",
            "\1\u0334",
            "\1\u0335",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0337",
            "\1\u0338",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u033a",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u033d",
            "\1\u033e",
            "",
            "",
            "\1\u033f",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0341",
            "\1\u0342",
            "\1\u0343",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0346",
            "\1\u0347",
            "",
            "",
            "",
            "\1\u0348",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u034a",
            "",
            "\1\u034b",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u034e",
            "",
            "\1\u034f",
            "\1\u0350",
            "\1\u0351",
            "\1\u0352",
            "",
            "\1\u0353",
            "\1\u0354",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0356",
            "",
            "\1\u0357",
            "\1\u0358",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u035a",
            "",
            "\1\u035b",
            "",
            "\1\u035c",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u035e",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\u035f\1\uffff\32\72",
            "\1\u0361",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0363",
            "\1\u0364",
            "",
            "\1\u0365",
            "\1\u0366",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0368",
            "\1\u0369",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u036b",
            "\1\u036c",
            "",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u036e",
            "",
            "",
            "\1\u036f",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0371",
            "\1\u0372",
            "\1\u0373",
            "",
            "\1\u0374",
            "\1\u0375",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0377",
            "",
            "\1\u0378",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u037a",
            "",
            "",
            "\1\u037b",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u037e",
            "\1\u037f",
            "\1\u0380",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0382",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u0386",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u038a",
            "\1\u038b",
            "\1\u038c",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u0390",
            "\1\u0391",
            "\1\u0392",
            "",
            "\1\u0393",
            "\1\u0394",
            "",
            "\1\u0395",
            "",
            "\1\u0396",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u0398",
            "\1\u0399",
            "",
            "\1\u039a",
            "\1\u039b",
            "",
            "\1\u039c",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u039e",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u03a0",
            "\1\u03a1\3\uffff\1\u03a2",
            "\1\u03a3",
            "\1\u03a4",
            "\1\u03a5",
            "",
            "\1\u03a6",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u03ac\7\72",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "\1\u03af",
            "",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03b1",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03b4",
            "\1\u03b5",
            "\1\u03b6",
            "\1\u03b7",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03b9",
            "",
            "\1\u03ba",
            "\1\u03bb",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u03bc\7\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03bf",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u03c1",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03c3",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03c5",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u03c9",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u03cb",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u03cc\7\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03cf",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03d1",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u03d2\7\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u03d5",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u03d7",
            "",
            "\1\u03d8",
            "",
            "",
            "",
            "\1\u03d9",
            "",
            "\1\u03da",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u03dc",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\1\u03df",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\22\72\1\u03e0\7\72",
            "\1\u03e2",
            "\1\u03e3",
            "\1\u03e4",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "",
            "\1\u03e8",
            "\1\u03e9",
            "\1\u03ea",
            "",
            "",
            "",
            "\1\u03eb",
            "\1\u03ec",
            "\1\u03ed",
            "\1\u03ee",
            "\1\u03ef",
            "\1\u03f0",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03f2",
            "\1\u03f3",
            "",
            "\1\u03f4",
            "\1\u03f5",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            "\1\u03f7",
            "",
            "\1\u03f8",
            "\1\u03f9",
            "\12\72\7\uffff\32\72\4\uffff\1\72\1\uffff\32\72",
            ""
    };

    static final short[] DFA15_eot = DFA.unpackEncodedString(DFA15_eotS);
    static final short[] DFA15_eof = DFA.unpackEncodedString(DFA15_eofS);
    static final char[] DFA15_min = DFA.unpackEncodedStringToUnsignedChars(DFA15_minS);
    static final char[] DFA15_max = DFA.unpackEncodedStringToUnsignedChars(DFA15_maxS);
    static final short[] DFA15_accept = DFA.unpackEncodedString(DFA15_acceptS);
    static final short[] DFA15_special = DFA.unpackEncodedString(DFA15_specialS);
    static final short[][] DFA15_transition;

    static {
        int numStates = DFA15_transitionS.length;
        DFA15_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA15_transition[i] = DFA.unpackEncodedString(DFA15_transitionS[i]);
        }
    }

    class DFA15 extends DFA {

        public DFA15(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 15;
            this.eot = DFA15_eot;
            this.eof = DFA15_eof;
            this.min = DFA15_min;
            this.max = DFA15_max;
            this.accept = DFA15_accept;
            this.special = DFA15_special;
            this.transition = DFA15_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | T__138 | T__139 | T__140 | T__141 | T__142 | T__143 | T__144 | T__145 | T__146 | T__147 | T__148 | T__149 | T__150 | T__151 | T__152 | T__153 | T__154 | T__155 | T__156 | T__157 | T__158 | T__159 | T__160 | T__161 | T__162 | T__163 | T__164 | T__165 | T__166 | T__167 | T__168 | T__169 | T__170 | T__171 | T__172 | T__173 | T__174 | T__175 | T__176 | T__177 | T__178 | T__179 | T__180 | T__181 | T__182 | T__183 | T__184 | T__185 | T__186 | T__187 | T__188 | T__189 | T__190 | T__191 | T__192 | T__193 | T__194 | T__195 | T__196 | T__197 | T__198 | T__199 | T__200 | T__201 | T__202 | T__203 | T__204 | T__205 | T__206 | T__207 | T__208 | T__209 | T__210 | T__211 | T__212 | T__213 | T__214 | T__215 | T__216 | T__217 | T__218 | T__219 | T__220 | T__221 | T__222 | T__223 | T__224 | T__225 | T__226 | T__227 | T__228 | T__229 | T__230 | T__231 | T__232 | T__233 | T__234 | T__235 | T__236 | T__237 | RULE_HEX | RULE_BIN | RULE_SIZE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA15_49 = input.LA(1);

                        s = -1;
                        if ( ((LA15_49>='\u0000' && LA15_49<='\uFFFF')) ) {s = 188;}

                        else s = 53;

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA15_50 = input.LA(1);

                        s = -1;
                        if ( ((LA15_50>='\u0000' && LA15_50<='\uFFFF')) ) {s = 188;}

                        else s = 53;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA15_0 = input.LA(1);

                        s = -1;
                        if ( (LA15_0=='i') ) {s = 1;}

                        else if ( (LA15_0=='s') ) {s = 2;}

                        else if ( (LA15_0=='f') ) {s = 3;}

                        else if ( (LA15_0=='{') ) {s = 4;}

                        else if ( (LA15_0=='g') ) {s = 5;}

                        else if ( (LA15_0=='b') ) {s = 6;}

                        else if ( (LA15_0=='o') ) {s = 7;}

                        else if ( (LA15_0=='l') ) {s = 8;}

                        else if ( (LA15_0=='.') ) {s = 9;}

                        else if ( (LA15_0=='r') ) {s = 10;}

                        else if ( (LA15_0=='p') ) {s = 11;}

                        else if ( (LA15_0=='a') ) {s = 12;}

                        else if ( (LA15_0==',') ) {s = 13;}

                        else if ( (LA15_0=='d') ) {s = 14;}

                        else if ( (LA15_0=='}') ) {s = 15;}

                        else if ( (LA15_0=='h') ) {s = 16;}

                        else if ( (LA15_0=='=') ) {s = 17;}

                        else if ( (LA15_0=='[') ) {s = 18;}

                        else if ( (LA15_0==':') ) {s = 19;}

                        else if ( (LA15_0==']') ) {s = 20;}

                        else if ( (LA15_0=='c') ) {s = 21;}

                        else if ( (LA15_0=='w') ) {s = 22;}

                        else if ( (LA15_0=='*') ) {s = 23;}

                        else if ( (LA15_0=='m') ) {s = 24;}

                        else if ( (LA15_0=='t') ) {s = 25;}

                        else if ( (LA15_0=='e') ) {s = 26;}

                        else if ( (LA15_0=='u') ) {s = 27;}

                        else if ( (LA15_0=='-') ) {s = 28;}

                        else if ( (LA15_0=='n') ) {s = 29;}

                        else if ( (LA15_0=='(') ) {s = 30;}

                        else if ( (LA15_0==')') ) {s = 31;}

                        else if ( (LA15_0=='&') ) {s = 32;}

                        else if ( (LA15_0=='!') ) {s = 33;}

                        else if ( (LA15_0=='v') ) {s = 34;}

                        else if ( (LA15_0=='k') ) {s = 35;}

                        else if ( (LA15_0=='?') ) {s = 36;}

                        else if ( (LA15_0=='z') ) {s = 37;}

                        else if ( (LA15_0=='+') ) {s = 38;}

                        else if ( (LA15_0=='<') ) {s = 39;}

                        else if ( (LA15_0=='>') ) {s = 40;}

                        else if ( (LA15_0=='|') ) {s = 41;}

                        else if ( (LA15_0=='^') ) {s = 42;}

                        else if ( (LA15_0=='~') ) {s = 43;}

                        else if ( (LA15_0=='B') ) {s = 44;}

                        else if ( (LA15_0=='G') ) {s = 45;}

                        else if ( (LA15_0=='0') ) {s = 46;}

                        else if ( ((LA15_0>='1' && LA15_0<='9')) ) {s = 47;}

                        else if ( (LA15_0=='A'||(LA15_0>='C' && LA15_0<='F')||(LA15_0>='H' && LA15_0<='Z')||LA15_0=='_'||LA15_0=='j'||LA15_0=='q'||(LA15_0>='x' && LA15_0<='y')) ) {s = 48;}

                        else if ( (LA15_0=='\"') ) {s = 49;}

                        else if ( (LA15_0=='\'') ) {s = 50;}

                        else if ( (LA15_0=='/') ) {s = 51;}

                        else if ( ((LA15_0>='\t' && LA15_0<='\n')||LA15_0=='\r'||LA15_0==' ') ) {s = 52;}

                        else if ( ((LA15_0>='\u0000' && LA15_0<='\b')||(LA15_0>='\u000B' && LA15_0<='\f')||(LA15_0>='\u000E' && LA15_0<='\u001F')||(LA15_0>='#' && LA15_0<='%')||LA15_0==';'||LA15_0=='@'||LA15_0=='\\'||LA15_0=='`'||(LA15_0>='\u007F' && LA15_0<='\uFFFF')) ) {s = 53;}

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 15, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}