package org.ptl.lang.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalPtlLexer extends Lexer {
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
            // InternalPtl.g:11:7: ( '=' )
            // InternalPtl.g:11:9: '='
            {
            match('='); 

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
            // InternalPtl.g:12:7: ( 'enum' )
            // InternalPtl.g:12:9: 'enum'
            {
            match("enum"); 


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
            // InternalPtl.g:13:7: ( 'address' )
            // InternalPtl.g:13:9: 'address'
            {
            match("address"); 


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
            // InternalPtl.g:14:7: ( 'implies' )
            // InternalPtl.g:14:9: 'implies'
            {
            match("implies"); 


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
            // InternalPtl.g:15:7: ( 'or' )
            // InternalPtl.g:15:9: 'or'
            {
            match("or"); 


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
            // InternalPtl.g:16:7: ( 'and' )
            // InternalPtl.g:16:9: 'and'
            {
            match("and"); 


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
            // InternalPtl.g:17:7: ( 'one' )
            // InternalPtl.g:17:9: 'one'
            {
            match("one"); 


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
            // InternalPtl.g:18:7: ( 'level' )
            // InternalPtl.g:18:9: 'level'
            {
            match("level"); 


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
            // InternalPtl.g:20:7: ( 'component' )
            // InternalPtl.g:20:9: 'component'
            {
            match("component"); 


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
            // InternalPtl.g:21:7: ( 'components' )
            // InternalPtl.g:21:9: 'components'
            {
            match("components"); 


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
            // InternalPtl.g:22:7: ( 'table' )
            // InternalPtl.g:22:9: 'table'
            {
            match("table"); 


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
            // InternalPtl.g:23:7: ( 'block' )
            // InternalPtl.g:23:9: 'block'
            {
            match("block"); 


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
            // InternalPtl.g:24:7: ( 'page' )
            // InternalPtl.g:24:9: 'page'
            {
            match("page"); 


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
            // InternalPtl.g:25:7: ( 'invalid' )
            // InternalPtl.g:25:9: 'invalid'
            {
            match("invalid"); 


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
            // InternalPtl.g:26:7: ( 'value' )
            // InternalPtl.g:26:9: 'value'
            {
            match("value"); 


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
            // InternalPtl.g:27:7: ( 'flag' )
            // InternalPtl.g:27:9: 'flag'
            {
            match("flag"); 


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
            // InternalPtl.g:28:7: ( 'software' )
            // InternalPtl.g:28:9: 'software'
            {
            match("software"); 


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
            // InternalPtl.g:29:7: ( 'reserved' )
            // InternalPtl.g:29:9: 'reserved'
            {
            match("reserved"); 


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
            // InternalPtl.g:30:7: ( 'ignored' )
            // InternalPtl.g:30:9: 'ignored'
            {
            match("ignored"); 


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
            // InternalPtl.g:31:7: ( 'state' )
            // InternalPtl.g:31:9: 'state'
            {
            match("state"); 


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
            // InternalPtl.g:32:7: ( 'input' )
            // InternalPtl.g:32:9: 'input'
            {
            match("input"); 


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
            // InternalPtl.g:33:7: ( 'output' )
            // InternalPtl.g:33:9: 'output'
            {
            match("output"); 


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
            // InternalPtl.g:34:7: ( 'error' )
            // InternalPtl.g:34:9: 'error'
            {
            match("error"); 


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
            // InternalPtl.g:35:7: ( 'warning' )
            // InternalPtl.g:35:9: 'warning'
            {
            match("warning"); 


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
            // InternalPtl.g:36:7: ( 'info' )
            // InternalPtl.g:36:9: 'info'
            {
            match("info"); 


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
            // InternalPtl.g:37:7: ( 'ignore' )
            // InternalPtl.g:37:9: 'ignore'
            {
            match("ignore"); 


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
            // InternalPtl.g:38:7: ( 'some' )
            // InternalPtl.g:38:9: 'some'
            {
            match("some"); 


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
            // InternalPtl.g:39:7: ( 'all' )
            // InternalPtl.g:39:9: 'all'
            {
            match("all"); 


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
            // InternalPtl.g:40:7: ( 'no' )
            // InternalPtl.g:40:9: 'no'
            {
            match("no"); 


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
            // InternalPtl.g:41:7: ( 'import' )
            // InternalPtl.g:41:9: 'import'
            {
            match("import"); 


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
            // InternalPtl.g:42:7: ( 'severity' )
            // InternalPtl.g:42:9: 'severity'
            {
            match("severity"); 


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
            // InternalPtl.g:43:7: ( 'format' )
            // InternalPtl.g:43:9: 'format'
            {
            match("format"); 


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
            // InternalPtl.g:44:7: ( '{' )
            // InternalPtl.g:44:9: '{'
            {
            match('{'); 

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
            // InternalPtl.g:45:7: ( 'granule' )
            // InternalPtl.g:45:9: 'granule'
            {
            match("granule"); 


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
            // InternalPtl.g:46:7: ( 'bits' )
            // InternalPtl.g:46:9: 'bits'
            {
            match("bits"); 


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
            // InternalPtl.g:47:7: ( '..' )
            // InternalPtl.g:47:9: '..'
            {
            match(".."); 


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
            // InternalPtl.g:48:7: ( '}' )
            // InternalPtl.g:48:9: '}'
            {
            match('}'); 

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
            // InternalPtl.g:49:7: ( 'root' )
            // InternalPtl.g:49:9: 'root'
            {
            match("root"); 


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
            // InternalPtl.g:50:7: ( 'pages' )
            // InternalPtl.g:50:9: 'pages'
            {
            match("pages"); 


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
            // InternalPtl.g:51:7: ( 'stride' )
            // InternalPtl.g:51:9: 'stride'
            {
            match("stride"); 


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
            // InternalPtl.g:52:7: ( 'blocks' )
            // InternalPtl.g:52:9: 'blocks'
            {
            match("blocks"); 


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
            // InternalPtl.g:53:7: ( 'at' )
            // InternalPtl.g:53:9: 'at'
            {
            match("at"); 


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
            // InternalPtl.g:54:7: ( ',' )
            // InternalPtl.g:54:9: ','
            {
            match(','); 

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
            // InternalPtl.g:55:7: ( 'descriptor' )
            // InternalPtl.g:55:9: 'descriptor'
            {
            match("descriptor"); 


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
            // InternalPtl.g:56:7: ( 'holds' )
            // InternalPtl.g:56:9: 'holds'
            {
            match("holds"); 


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
            // InternalPtl.g:57:7: ( 'overlays' )
            // InternalPtl.g:57:9: 'overlays'
            {
            match("overlays"); 


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
            // InternalPtl.g:58:7: ( '[' )
            // InternalPtl.g:58:9: '['
            {
            match('['); 

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
            // InternalPtl.g:59:7: ( ']' )
            // InternalPtl.g:59:9: ']'
            {
            match(']'); 

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
            // InternalPtl.g:60:7: ( ':' )
            // InternalPtl.g:60:9: ':'
            {
            match(':'); 

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
            // InternalPtl.g:61:7: ( 'claims' )
            // InternalPtl.g:61:9: 'claims'
            {
            match("claims"); 


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
            // InternalPtl.g:62:7: ( 'on' )
            // InternalPtl.g:62:9: 'on'
            {
            match("on"); 


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
            // InternalPtl.g:63:7: ( 'claim' )
            // InternalPtl.g:63:9: 'claim'
            {
            match("claim"); 


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
            // InternalPtl.g:64:7: ( 'shared' )
            // InternalPtl.g:64:9: 'shared'
            {
            match("shared"); 


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
            // InternalPtl.g:65:7: ( 'with' )
            // InternalPtl.g:65:9: 'with'
            {
            match("with"); 


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
            // InternalPtl.g:66:7: ( 'ownership' )
            // InternalPtl.g:66:9: 'ownership'
            {
            match("ownership"); 


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
            // InternalPtl.g:67:7: ( 'initially' )
            // InternalPtl.g:67:9: 'initially'
            {
            match("initially"); 


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
            // InternalPtl.g:68:7: ( '*' )
            // InternalPtl.g:68:9: '*'
            {
            match('*'); 

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
            // InternalPtl.g:69:7: ( 'transition' )
            // InternalPtl.g:69:9: 'transition'
            {
            match("transition"); 


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
            // InternalPtl.g:70:7: ( 'initiator' )
            // InternalPtl.g:70:9: 'initiator'
            {
            match("initiator"); 


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
            // InternalPtl.g:71:7: ( 'completer' )
            // InternalPtl.g:71:9: 'completer'
            {
            match("completer"); 


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
            // InternalPtl.g:72:7: ( '->' )
            // InternalPtl.g:72:9: '->'
            {
            match("->"); 


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
            // InternalPtl.g:73:7: ( 'invariant' )
            // InternalPtl.g:73:9: 'invariant'
            {
            match("invariant"); 


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
            // InternalPtl.g:74:7: ( 'not' )
            // InternalPtl.g:74:9: 'not'
            {
            match("not"); 


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
            // InternalPtl.g:75:7: ( '(' )
            // InternalPtl.g:75:9: '('
            {
            match('('); 

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
            // InternalPtl.g:76:7: ( ')' )
            // InternalPtl.g:76:9: ')'
            {
            match(')'); 

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
            // InternalPtl.g:77:7: ( 'in' )
            // InternalPtl.g:77:9: 'in'
            {
            match("in"); 


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
            // InternalPtl.g:78:7: ( 'exactly' )
            // InternalPtl.g:78:9: 'exactly'
            {
            match("exactly"); 


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
            // InternalPtl.g:79:7: ( 'most' )
            // InternalPtl.g:79:9: 'most'
            {
            match("most"); 


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
            // InternalPtl.g:80:7: ( 'of' )
            // InternalPtl.g:80:9: 'of'
            {
            match("of"); 


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
            // InternalPtl.g:81:7: ( 'encoding' )
            // InternalPtl.g:81:9: 'encoding'
            {
            match("encoding"); 


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
            // InternalPtl.g:82:7: ( 'encoded' )
            // InternalPtl.g:82:9: 'encoded'
            {
            match("encoded"); 


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
            // InternalPtl.g:83:7: ( '.' )
            // InternalPtl.g:83:9: '.'
            {
            match('.'); 

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
            // InternalPtl.g:84:7: ( '-' )
            // InternalPtl.g:84:9: '-'
            {
            match('-'); 

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
            // InternalPtl.g:85:7: ( 'lpa2' )
            // InternalPtl.g:85:9: 'lpa2'
            {
            match("lpa2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "RULE_HEX"
    public final void mRULE_HEX() throws RecognitionException {
        try {
            int _type = RULE_HEX;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalPtl.g:9246:10: ( '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+ )
            // InternalPtl.g:9246:12: '0x' ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
            {
            match("0x"); 

            // InternalPtl.g:9246:17: ( '0' .. '9' | 'a' .. 'f' | 'A' .. 'F' | '_' )+
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
            // InternalPtl.g:9248:10: ( '0b' ( '0' | '1' | '_' )+ )
            // InternalPtl.g:9248:12: '0b' ( '0' | '1' | '_' )+
            {
            match("0b"); 

            // InternalPtl.g:9248:17: ( '0' | '1' | '_' )+
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
            // InternalPtl.g:9250:11: ( ( '0' .. '9' )+ ( 'K' | 'M' | 'G' | 'T' ) )
            // InternalPtl.g:9250:13: ( '0' .. '9' )+ ( 'K' | 'M' | 'G' | 'T' )
            {
            // InternalPtl.g:9250:13: ( '0' .. '9' )+
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
            	    // InternalPtl.g:9250:14: '0' .. '9'
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
            // InternalPtl.g:9252:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* )
            // InternalPtl.g:9252:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            {
            // InternalPtl.g:9252:11: ( '^' )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0=='^') ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalPtl.g:9252:11: '^'
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

            // InternalPtl.g:9252:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
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
            // InternalPtl.g:9254:10: ( ( '0' .. '9' )+ )
            // InternalPtl.g:9254:12: ( '0' .. '9' )+
            {
            // InternalPtl.g:9254:12: ( '0' .. '9' )+
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
            	    // InternalPtl.g:9254:13: '0' .. '9'
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
            // InternalPtl.g:9256:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalPtl.g:9256:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalPtl.g:9256:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
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
                    // InternalPtl.g:9256:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalPtl.g:9256:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
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
                    	    // InternalPtl.g:9256:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPtl.g:9256:28: ~ ( ( '\\\\' | '\"' ) )
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
                    // InternalPtl.g:9256:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalPtl.g:9256:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
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
                    	    // InternalPtl.g:9256:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPtl.g:9256:61: ~ ( ( '\\\\' | '\\'' ) )
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
            // InternalPtl.g:9258:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalPtl.g:9258:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalPtl.g:9258:24: ( options {greedy=false; } : . )*
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
            	    // InternalPtl.g:9258:52: .
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
            // InternalPtl.g:9260:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalPtl.g:9260:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalPtl.g:9260:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>='\u0000' && LA11_0<='\t')||(LA11_0>='\u000B' && LA11_0<='\f')||(LA11_0>='\u000E' && LA11_0<='\uFFFF')) ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    // InternalPtl.g:9260:24: ~ ( ( '\\n' | '\\r' ) )
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

            // InternalPtl.g:9260:40: ( ( '\\r' )? '\\n' )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0=='\n'||LA13_0=='\r') ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalPtl.g:9260:41: ( '\\r' )? '\\n'
                    {
                    // InternalPtl.g:9260:41: ( '\\r' )?
                    int alt12=2;
                    int LA12_0 = input.LA(1);

                    if ( (LA12_0=='\r') ) {
                        alt12=1;
                    }
                    switch (alt12) {
                        case 1 :
                            // InternalPtl.g:9260:41: '\\r'
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
            // InternalPtl.g:9262:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalPtl.g:9262:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalPtl.g:9262:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
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
            // InternalPtl.g:9264:16: ( . )
            // InternalPtl.g:9264:18: .
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
        // InternalPtl.g:1:8: ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | RULE_HEX | RULE_BIN | RULE_SIZE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt15=85;
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
                // InternalPtl.g:1:460: RULE_HEX
                {
                mRULE_HEX(); 

                }
                break;
            case 77 :
                // InternalPtl.g:1:469: RULE_BIN
                {
                mRULE_BIN(); 

                }
                break;
            case 78 :
                // InternalPtl.g:1:478: RULE_SIZE
                {
                mRULE_SIZE(); 

                }
                break;
            case 79 :
                // InternalPtl.g:1:488: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 80 :
                // InternalPtl.g:1:496: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 81 :
                // InternalPtl.g:1:505: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 82 :
                // InternalPtl.g:1:517: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 83 :
                // InternalPtl.g:1:533: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 84 :
                // InternalPtl.g:1:549: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 85 :
                // InternalPtl.g:1:557: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA15 dfa15 = new DFA15(this);
    static final String DFA15_eotS =
        "\2\uffff\17\55\1\uffff\1\55\1\123\2\uffff\2\55\4\uffff\1\135\2\uffff\1\55\2\143\1\50\1\uffff\3\50\3\uffff\3\55\1\uffff\3\55\1\161\1\55\1\167\1\55\1\171\1\173\3\55\1\177\24\55\1\u0097\1\uffff\1\55\4\uffff\2\55\10\uffff\1\55\3\uffff\1\143\5\uffff\5\55\1\u00a1\1\u00a2\1\uffff\5\55\1\uffff\1\55\1\uffff\1\u00aa\1\uffff\3\55\1\uffff\26\55\1\u00c4\1\uffff\4\55\1\u00c9\4\55\2\uffff\4\55\1\u00d3\2\55\1\uffff\4\55\1\u00da\5\55\1\u00e1\1\u00e3\1\55\1\u00e5\2\55\1\u00e8\5\55\1\u00ee\1\55\1\u00f0\1\uffff\3\55\1\u00f4\1\uffff\1\55\1\u00f7\6\55\1\u00fe\1\uffff\5\55\1\u0105\1\uffff\2\55\1\u0109\1\u010a\1\55\1\u010d\1\uffff\1\u010e\1\uffff\1\u010f\1\uffff\2\55\1\uffff\1\u0112\4\55\1\uffff\1\55\1\uffff\2\55\1\u011a\1\uffff\2\55\1\uffff\3\55\1\u0120\2\55\1\uffff\1\55\1\u0126\1\u0127\2\55\1\u012a\1\uffff\2\55\1\u012d\2\uffff\1\55\1\u012f\3\uffff\1\u0130\1\55\1\uffff\1\u0132\1\55\1\u0134\4\55\1\uffff\1\55\1\u013a\1\u013b\1\u013c\1\u013d\1\uffff\1\u013e\3\55\1\u0142\2\uffff\2\55\1\uffff\2\55\1\uffff\1\55\2\uffff\1\55\1\uffff\1\55\1\uffff\1\55\1\u014b\1\u014c\1\55\1\u014e\5\uffff\3\55\1\uffff\1\u0152\4\55\1\u0157\1\u0158\1\u0159\2\uffff\1\55\1\uffff\1\u015b\1\u015c\1\u015d\1\uffff\1\u015e\1\u0160\1\u0161\1\55\3\uffff\1\55\4\uffff\1\u0164\2\uffff\1\u0165\1\u0166\3\uffff";
    static final String DFA15_eofS =
        "\u0167\uffff";
    static final String DFA15_minS =
        "\1\0\1\uffff\1\156\1\144\1\147\1\146\1\145\1\154\1\141\1\151\2\141\1\154\2\145\1\141\1\157\1\uffff\1\162\1\56\2\uffff\1\145\1\157\4\uffff\1\76\2\uffff\1\157\2\60\1\101\1\uffff\2\0\1\52\3\uffff\1\143\1\162\1\141\1\uffff\2\144\1\154\1\60\1\160\1\60\1\156\2\60\1\164\1\145\1\156\1\60\1\166\1\141\1\155\1\141\1\142\1\141\1\157\1\164\1\147\1\154\1\141\1\162\1\146\1\141\1\166\1\141\1\163\1\157\1\162\1\164\1\60\1\uffff\1\141\4\uffff\1\163\1\154\10\uffff\1\163\3\uffff\1\60\5\uffff\1\155\2\157\1\143\1\162\2\60\1\uffff\1\154\1\141\1\165\1\157\1\164\1\uffff\1\157\1\uffff\1\60\1\uffff\1\160\1\162\1\145\1\uffff\1\145\1\62\1\160\1\151\1\154\1\156\1\143\1\163\1\145\1\165\1\147\1\155\1\164\1\145\1\164\1\151\1\145\1\162\1\145\1\164\1\156\1\150\1\60\1\uffff\1\156\1\143\1\144\1\164\1\60\1\144\1\162\1\164\1\145\2\uffff\1\151\1\162\1\154\1\164\1\60\1\151\1\162\1\uffff\1\165\1\154\1\162\1\154\1\60\1\154\1\155\1\145\1\163\1\153\2\60\1\145\1\60\1\141\1\167\1\60\1\145\1\144\1\162\1\145\1\162\1\60\1\151\1\60\1\uffff\1\165\1\162\1\163\1\60\1\uffff\1\145\1\60\1\154\1\163\1\145\1\164\2\151\1\60\1\uffff\1\141\1\145\1\164\1\141\1\163\1\60\1\uffff\1\156\1\145\2\60\1\151\1\60\1\uffff\1\60\1\uffff\1\60\1\uffff\1\164\1\141\1\uffff\1\60\1\145\1\151\1\144\1\166\1\uffff\1\156\1\uffff\1\154\1\151\1\60\1\uffff\1\156\1\144\1\uffff\1\171\2\163\1\60\1\144\1\141\1\uffff\1\154\2\60\1\171\1\150\1\60\1\uffff\1\145\1\164\1\60\2\uffff\1\164\1\60\3\uffff\1\60\1\162\1\uffff\1\60\1\164\1\60\1\145\1\147\1\145\1\160\1\uffff\1\147\4\60\1\uffff\1\60\1\156\1\154\1\157\1\60\2\uffff\1\163\1\151\1\uffff\1\156\1\145\1\uffff\1\151\2\uffff\1\145\1\uffff\1\171\1\uffff\1\144\2\60\1\164\1\60\5\uffff\1\164\1\171\1\162\1\uffff\1\60\1\160\1\164\1\162\1\157\3\60\2\uffff\1\157\1\uffff\3\60\1\uffff\3\60\1\156\3\uffff\1\162\4\uffff\1\60\2\uffff\2\60\3\uffff";
    static final String DFA15_maxS =
        "\1\uffff\1\uffff\1\170\1\164\1\156\1\167\1\160\1\157\1\162\1\154\2\141\1\157\1\164\1\157\1\151\1\157\1\uffff\1\162\1\56\2\uffff\1\145\1\157\4\uffff\1\76\2\uffff\1\157\1\170\1\124\1\172\1\uffff\2\uffff\1\57\3\uffff\1\165\1\162\1\141\1\uffff\2\144\1\154\1\172\1\160\1\172\1\156\2\172\1\164\1\145\1\156\1\172\1\166\1\141\1\155\1\141\1\142\1\141\1\157\1\164\1\147\1\154\1\141\1\162\1\155\1\162\1\166\1\141\1\163\1\157\1\162\1\164\1\172\1\uffff\1\141\4\uffff\1\163\1\154\10\uffff\1\163\3\uffff\1\124\5\uffff\1\155\2\157\1\143\1\162\2\172\1\uffff\1\157\1\141\1\165\1\157\1\164\1\uffff\1\157\1\uffff\1\172\1\uffff\1\160\1\162\1\145\1\uffff\1\145\1\62\1\160\1\151\1\154\1\156\1\143\1\163\1\145\1\165\1\147\1\155\1\164\1\145\1\164\1\151\1\145\1\162\1\145\1\164\1\156\1\150\1\172\1\uffff\1\156\1\143\1\144\1\164\1\172\1\144\1\162\1\164\1\145\2\uffff\1\151\2\162\1\164\1\172\1\151\1\162\1\uffff\1\165\1\154\1\162\1\154\1\172\1\157\1\155\1\145\1\163\1\153\2\172\1\145\1\172\1\141\1\167\1\172\1\145\1\144\1\162\1\145\1\162\1\172\1\151\1\172\1\uffff\1\165\1\162\1\163\1\172\1\uffff\1\151\1\172\1\154\1\163\1\145\1\164\2\151\1\172\1\uffff\1\141\1\145\1\164\1\141\1\163\1\172\1\uffff\1\156\1\145\2\172\1\151\1\172\1\uffff\1\172\1\uffff\1\172\1\uffff\1\164\1\141\1\uffff\1\172\1\145\1\151\1\144\1\166\1\uffff\1\156\1\uffff\1\154\1\151\1\172\1\uffff\1\156\1\144\1\uffff\1\171\2\163\1\172\1\144\1\141\1\uffff\1\164\2\172\1\171\1\150\1\172\1\uffff\1\145\1\164\1\172\2\uffff\1\164\1\172\3\uffff\1\172\1\162\1\uffff\1\172\1\164\1\172\1\145\1\147\1\145\1\160\1\uffff\1\147\4\172\1\uffff\1\172\1\156\1\154\1\157\1\172\2\uffff\1\163\1\151\1\uffff\1\156\1\145\1\uffff\1\151\2\uffff\1\145\1\uffff\1\171\1\uffff\1\144\2\172\1\164\1\172\5\uffff\1\164\1\171\1\162\1\uffff\1\172\1\160\1\164\1\162\1\157\3\172\2\uffff\1\157\1\uffff\3\172\1\uffff\3\172\1\156\3\uffff\1\162\4\uffff\1\172\2\uffff\2\172\3\uffff";
    static final String DFA15_acceptS =
        "\1\uffff\1\1\17\uffff\1\42\2\uffff\1\46\1\54\2\uffff\1\60\1\61\1\62\1\72\1\uffff\1\101\1\102\4\uffff\1\117\3\uffff\1\124\1\125\1\1\3\uffff\1\117\42\uffff\1\42\1\uffff\1\45\1\111\1\46\1\54\2\uffff\1\60\1\61\1\62\1\72\1\76\1\112\1\101\1\102\1\uffff\1\114\1\115\1\120\1\uffff\1\116\1\121\1\122\1\123\1\124\7\uffff\1\53\5\uffff\1\103\1\uffff\1\5\1\uffff\1\64\3\uffff\1\106\27\uffff\1\36\11\uffff\1\6\1\35\7\uffff\1\7\31\uffff\1\100\4\uffff\1\2\11\uffff\1\32\6\uffff\1\113\6\uffff\1\44\1\uffff\1\16\1\uffff\1\21\2\uffff\1\34\5\uffff\1\47\1\uffff\1\67\3\uffff\1\105\2\uffff\1\30\6\uffff\1\26\6\uffff\1\10\3\uffff\1\65\1\14\2\uffff\1\15\1\50\1\20\2\uffff\1\25\7\uffff\1\56\5\uffff\1\37\5\uffff\1\33\1\27\2\uffff\1\11\2\uffff\1\63\1\uffff\1\52\1\41\1\uffff\1\51\1\uffff\1\66\5\uffff\1\110\1\104\1\3\1\4\1\17\3\uffff\1\24\10\uffff\1\31\1\43\1\uffff\1\107\3\uffff\1\57\4\uffff\1\22\1\40\1\23\1\uffff\1\77\1\71\1\74\1\70\1\uffff\1\12\1\75\2\uffff\1\13\1\73\1\55";
    static final String DFA15_specialS =
        "\1\0\43\uffff\1\2\1\1\u0141\uffff}>";
    static final String[] DFA15_transitionS = {
            "\11\50\2\47\2\50\1\47\22\50\1\47\1\50\1\44\4\50\1\45\1\35\1\36\1\33\1\50\1\25\1\34\1\23\1\46\1\40\11\41\1\32\2\50\1\1\3\50\32\43\1\30\1\50\1\31\1\42\1\43\1\50\1\3\1\11\1\7\1\26\1\2\1\14\1\22\1\27\1\4\2\43\1\6\1\37\1\20\1\5\1\12\1\43\1\16\1\15\1\10\1\43\1\13\1\17\3\43\1\21\1\50\1\24\uff82\50",
            "",
            "\1\52\3\uffff\1\53\5\uffff\1\54",
            "\1\56\7\uffff\1\60\1\uffff\1\57\5\uffff\1\61",
            "\1\64\5\uffff\1\62\1\63",
            "\1\72\7\uffff\1\66\3\uffff\1\65\2\uffff\1\67\1\70\1\71",
            "\1\73\12\uffff\1\74",
            "\1\76\2\uffff\1\75",
            "\1\77\20\uffff\1\100",
            "\1\102\2\uffff\1\101",
            "\1\103",
            "\1\104",
            "\1\105\2\uffff\1\106",
            "\1\111\2\uffff\1\112\6\uffff\1\107\4\uffff\1\110",
            "\1\113\11\uffff\1\114",
            "\1\115\7\uffff\1\116",
            "\1\117",
            "",
            "\1\121",
            "\1\122",
            "",
            "",
            "\1\126",
            "\1\127",
            "",
            "",
            "",
            "",
            "\1\134",
            "",
            "",
            "\1\140",
            "\12\144\15\uffff\1\145\3\uffff\1\145\1\uffff\1\145\6\uffff\1\145\15\uffff\1\142\25\uffff\1\141",
            "\12\144\15\uffff\1\145\3\uffff\1\145\1\uffff\1\145\6\uffff\1\145",
            "\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\0\146",
            "\0\146",
            "\1\147\4\uffff\1\150",
            "",
            "",
            "",
            "\1\153\21\uffff\1\152",
            "\1\154",
            "\1\155",
            "",
            "\1\156",
            "\1\157",
            "\1\160",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\162",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\5\55\1\165\2\55\1\166\6\55\1\164\5\55\1\163\4\55",
            "\1\170",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\4\55\1\172\25\55",
            "\1\174",
            "\1\175",
            "\1\176",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0080",
            "\1\u0081",
            "\1\u0082",
            "\1\u0083",
            "\1\u0084",
            "\1\u0085",
            "\1\u0086",
            "\1\u0087",
            "\1\u0088",
            "\1\u0089",
            "\1\u008a",
            "\1\u008b",
            "\1\u008c\6\uffff\1\u008d",
            "\1\u008e\20\uffff\1\u008f",
            "\1\u0090",
            "\1\u0091",
            "\1\u0092",
            "\1\u0093",
            "\1\u0094",
            "\1\u0095",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\23\55\1\u0096\6\55",
            "",
            "\1\u0098",
            "",
            "",
            "",
            "",
            "\1\u0099",
            "\1\u009a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\u009b",
            "",
            "",
            "",
            "\12\144\15\uffff\1\145\3\uffff\1\145\1\uffff\1\145\6\uffff\1\145",
            "",
            "",
            "",
            "",
            "",
            "\1\u009c",
            "\1\u009d",
            "\1\u009e",
            "\1\u009f",
            "\1\u00a0",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00a3\2\uffff\1\u00a4",
            "\1\u00a5",
            "\1\u00a6",
            "\1\u00a7",
            "\1\u00a8",
            "",
            "\1\u00a9",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00ab",
            "\1\u00ac",
            "\1\u00ad",
            "",
            "\1\u00ae",
            "\1\u00af",
            "\1\u00b0",
            "\1\u00b1",
            "\1\u00b2",
            "\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "\1\u00b6",
            "\1\u00b7",
            "\1\u00b8",
            "\1\u00b9",
            "\1\u00ba",
            "\1\u00bb",
            "\1\u00bc",
            "\1\u00bd",
            "\1\u00be",
            "\1\u00bf",
            "\1\u00c0",
            "\1\u00c1",
            "\1\u00c2",
            "\1\u00c3",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00c5",
            "\1\u00c6",
            "\1\u00c7",
            "\1\u00c8",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00ca",
            "\1\u00cb",
            "\1\u00cc",
            "\1\u00cd",
            "",
            "",
            "\1\u00ce",
            "\1\u00cf",
            "\1\u00d0\5\uffff\1\u00d1",
            "\1\u00d2",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00d4",
            "\1\u00d5",
            "",
            "\1\u00d6",
            "\1\u00d7",
            "\1\u00d8",
            "\1\u00d9",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00dc\2\uffff\1\u00db",
            "\1\u00dd",
            "\1\u00de",
            "\1\u00df",
            "\1\u00e0",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\22\55\1\u00e2\7\55",
            "\1\u00e4",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00e6",
            "\1\u00e7",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00e9",
            "\1\u00ea",
            "\1\u00eb",
            "\1\u00ec",
            "\1\u00ed",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00ef",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00f1",
            "\1\u00f2",
            "\1\u00f3",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00f6\3\uffff\1\u00f5",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u00f8",
            "\1\u00f9",
            "\1\u00fa",
            "\1\u00fb",
            "\1\u00fc",
            "\1\u00fd",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u00ff",
            "\1\u0100",
            "\1\u0101",
            "\1\u0102",
            "\1\u0103",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\22\55\1\u0104\7\55",
            "",
            "\1\u0106",
            "\1\u0107",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\22\55\1\u0108\7\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u010b",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\22\55\1\u010c\7\55",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u0110",
            "\1\u0111",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0113",
            "\1\u0114",
            "\1\u0115",
            "\1\u0116",
            "",
            "\1\u0117",
            "",
            "\1\u0118",
            "\1\u0119",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u011b",
            "\1\u011c",
            "",
            "\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0121",
            "\1\u0122",
            "",
            "\1\u0123\7\uffff\1\u0124",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\3\55\1\u0125\26\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0128",
            "\1\u0129",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\1\u012b",
            "\1\u012c",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\1\u012e",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0131",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0133",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0135",
            "\1\u0136",
            "\1\u0137",
            "\1\u0138",
            "",
            "\1\u0139",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u013f",
            "\1\u0140",
            "\1\u0141",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\1\u0143",
            "\1\u0144",
            "",
            "\1\u0145",
            "\1\u0146",
            "",
            "\1\u0147",
            "",
            "",
            "\1\u0148",
            "",
            "\1\u0149",
            "",
            "\1\u014a",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u014d",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "",
            "",
            "",
            "\1\u014f",
            "\1\u0150",
            "\1\u0151",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0153",
            "\1\u0154",
            "\1\u0155",
            "\1\u0156",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\1\u015a",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\22\55\1\u015f\7\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\1\u0162",
            "",
            "",
            "",
            "\1\u0163",
            "",
            "",
            "",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "\12\55\7\uffff\32\55\4\uffff\1\55\1\uffff\32\55",
            "",
            "",
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
            return "1:1: Tokens : ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | RULE_HEX | RULE_BIN | RULE_SIZE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA15_0 = input.LA(1);

                        s = -1;
                        if ( (LA15_0=='=') ) {s = 1;}

                        else if ( (LA15_0=='e') ) {s = 2;}

                        else if ( (LA15_0=='a') ) {s = 3;}

                        else if ( (LA15_0=='i') ) {s = 4;}

                        else if ( (LA15_0=='o') ) {s = 5;}

                        else if ( (LA15_0=='l') ) {s = 6;}

                        else if ( (LA15_0=='c') ) {s = 7;}

                        else if ( (LA15_0=='t') ) {s = 8;}

                        else if ( (LA15_0=='b') ) {s = 9;}

                        else if ( (LA15_0=='p') ) {s = 10;}

                        else if ( (LA15_0=='v') ) {s = 11;}

                        else if ( (LA15_0=='f') ) {s = 12;}

                        else if ( (LA15_0=='s') ) {s = 13;}

                        else if ( (LA15_0=='r') ) {s = 14;}

                        else if ( (LA15_0=='w') ) {s = 15;}

                        else if ( (LA15_0=='n') ) {s = 16;}

                        else if ( (LA15_0=='{') ) {s = 17;}

                        else if ( (LA15_0=='g') ) {s = 18;}

                        else if ( (LA15_0=='.') ) {s = 19;}

                        else if ( (LA15_0=='}') ) {s = 20;}

                        else if ( (LA15_0==',') ) {s = 21;}

                        else if ( (LA15_0=='d') ) {s = 22;}

                        else if ( (LA15_0=='h') ) {s = 23;}

                        else if ( (LA15_0=='[') ) {s = 24;}

                        else if ( (LA15_0==']') ) {s = 25;}

                        else if ( (LA15_0==':') ) {s = 26;}

                        else if ( (LA15_0=='*') ) {s = 27;}

                        else if ( (LA15_0=='-') ) {s = 28;}

                        else if ( (LA15_0=='(') ) {s = 29;}

                        else if ( (LA15_0==')') ) {s = 30;}

                        else if ( (LA15_0=='m') ) {s = 31;}

                        else if ( (LA15_0=='0') ) {s = 32;}

                        else if ( ((LA15_0>='1' && LA15_0<='9')) ) {s = 33;}

                        else if ( (LA15_0=='^') ) {s = 34;}

                        else if ( ((LA15_0>='A' && LA15_0<='Z')||LA15_0=='_'||(LA15_0>='j' && LA15_0<='k')||LA15_0=='q'||LA15_0=='u'||(LA15_0>='x' && LA15_0<='z')) ) {s = 35;}

                        else if ( (LA15_0=='\"') ) {s = 36;}

                        else if ( (LA15_0=='\'') ) {s = 37;}

                        else if ( (LA15_0=='/') ) {s = 38;}

                        else if ( ((LA15_0>='\t' && LA15_0<='\n')||LA15_0=='\r'||LA15_0==' ') ) {s = 39;}

                        else if ( ((LA15_0>='\u0000' && LA15_0<='\b')||(LA15_0>='\u000B' && LA15_0<='\f')||(LA15_0>='\u000E' && LA15_0<='\u001F')||LA15_0=='!'||(LA15_0>='#' && LA15_0<='&')||LA15_0=='+'||(LA15_0>=';' && LA15_0<='<')||(LA15_0>='>' && LA15_0<='@')||LA15_0=='\\'||LA15_0=='`'||LA15_0=='|'||(LA15_0>='~' && LA15_0<='\uFFFF')) ) {s = 40;}

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA15_37 = input.LA(1);

                        s = -1;
                        if ( ((LA15_37>='\u0000' && LA15_37<='\uFFFF')) ) {s = 102;}

                        else s = 40;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA15_36 = input.LA(1);

                        s = -1;
                        if ( ((LA15_36>='\u0000' && LA15_36<='\uFFFF')) ) {s = 102;}

                        else s = 40;

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